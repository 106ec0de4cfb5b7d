// The campaign's files (issue 11 item 6): the check sheet per thôn out and back in, the police
// hand-over list out, the police answers in (diff, apply in one transaction, audited), and every
// hostile or forged file refused with nothing applied.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { policeApplyDto, policeDiffDto, visitUploadDto, type CampaignDto } from '@vte/contracts';
import { createTestApp, type TestApp } from '../../test/harness';
import { manyEntries } from '../../platform/documents/zip-fixtures.test-support';
import {
  allItems,
  buildWorld,
  count,
  download,
  fillSheet,
  openCampaign,
  readBook,
  uploadTo,
  type World,
} from './campaigns.test-support';

let t: TestApp;
let w: World;
let c: CampaignDto;
let policeFile: Buffer;

beforeAll(async () => {
  t = await createTestApp();
  w = await buildWorld(t);
  c = await openCampaign(t, w);
});
afterAll(() => t.close());

const url = (p: string) => `/api/children/campaigns/${c.id}/${p}`;
const reason = 'Rà soát tại hộ gia đình theo CV 2513';

describe('the household check sheet', () => {
  it('exports the open records of one thôn with result columns, carrying who, when and why (audited)', async () => {
    const r = await download(t, w.workerA, url('check-sheet.xlsx'), {
      unitId: w.communeA,
      hamlet: 'Thôn Tây',
      reason,
    });
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toContain('spreadsheetml');
    const ws = (await readBook(r.raw)).worksheets[0]!;
    expect(String(ws.getCell(4, 2).value)).toMatch(/Xuất bởi .* lúc .* Lý do: Rà soát/);
    expect(ws.getRow(6).values).toContain('Kết quả rà soát');
    expect(ws.getColumn(1).hidden).toBe(true);
    expect(ws.getCell(7, 11).dataValidation?.formulae?.[0]).toContain('Thông tin đúng');
    const names = [ws.getCell(7, 3).value, ws.getCell(8, 3).value].sort();
    expect(names).toEqual(['Lê Thị Sai Giới', 'Phạm Văn Sai Năm']);
    expect(ws.getCell(9, 3).value).toBeNull();
    const audit = await t.db.execute<{ after: { reason: string; rows: number; purpose: string } }>(
      sql`select after from audit_log where action = 'export' and entity_id = ${c.id}`,
    );
    expect(audit.rows[0]?.after).toMatchObject({ reason, rows: 2, purpose: 'lam_sach' });
  });

  it('needs a reason, and another commune’s unit is refused', async () => {
    expect(
      (await t.refused('POST', url('check-sheet.xlsx'), { session: w.workerA, body: { unitId: w.communeA } }))
        .status,
    ).toBe(400);
    const other = await t.refused('POST', url('check-sheet.xlsx'), {
      session: w.workerA,
      body: { unitId: w.communeB, reason },
    });
    expect(other.status).toBe(404);
    expect(
      (await t.refused('POST', url('check-sheet.xlsx'), { session: w.leader, body: { reason } })).status,
    ).toBe(403);
  });

  it('takes the filled sheet back: every result recorded, or none when a row is bad', async () => {
    const sheet = (await download(t, w.workerA, url('check-sheet.xlsx'), { unitId: w.communeA, reason })).raw;
    const bad = await fillSheet(sheet, {
      'Võ Văn Cũ': { 'Kết quả rà soát': 'Thông tin đúng' },
      'Đặng Thị Thiếu': { 'Kết quả rà soát': 'Đi vắng cả năm' },
    });
    const refused = await uploadTo(t, w.workerA, url('visits/upload'), 'phieu.xlsx', bad);
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe('CAMPAIGN_FILE_ROWS_REJECTED');
    expect(refused.body.error.details.rejected[0].message).toMatch(/Đi vắng cả năm/);
    expect(
      await count(t, sql`select count(*) n from child_campaign_item where visit_result is not null`),
    ).toBe(0);

    const good = await fillSheet(sheet, {
      'Võ Văn Cũ': { 'Kết quả rà soát': 'Thông tin đúng' },
      'Đặng Thị Thiếu': { 'Kết quả rà soát': 'Đã bổ sung, sửa thông tin', 'Ghi chú': 'Dân tộc Kinh' },
    });
    const r = await uploadTo(t, w.workerA, url('visits/upload'), 'phieu.xlsx', good);
    expect(r.status).toBe(200);
    expect(visitUploadDto.parse(r.body)).toEqual({ recorded: 2, skipped: 7 });
    const items = await allItems(t, w.workerA, c.id);
    expect(items.find((i) => i.fullName === 'Đặng Thị Thiếu')).toMatchObject({
      visitResult: 'da_bo_sung',
      visitNote: 'Dân tộc Kinh',
      state: 'da_ra_soat',
    });
  });
});

describe('the police step', () => {
  it('exports the hand-over list of ID problems and marks them sent', async () => {
    const r = await download(t, w.workerA, url('police-list.xlsx'), {
      unitId: w.communeA,
      reason: 'Gửi Công an xã xác thực',
    });
    expect(r.status).toBe(200);
    policeFile = r.raw;
    const ws = (await readBook(policeFile)).worksheets[0]!;
    expect(ws.getRow(6).values).toEqual(
      expect.arrayContaining([
        'STT',
        'Họ và tên',
        'Ngày sinh',
        'Giới tính',
        'Cha/mẹ/người giám hộ',
        'Nơi cư trú',
        'Số định danh hiện có',
        'Số định danh đúng',
        'Kết quả xác thực',
      ]),
    );
    const sent = (await allItems(t, w.workerA, c.id))
      .filter((i) => i.state === 'da_gui_cong_an')
      .map((i) => i.fullName);
    expect(sent.sort()).toEqual(
      ['Bùi Văn Sắp Lớn', 'Lê Thị Sai Giới', 'Phạm Văn Sai Năm', 'Trần Thị Chưa Số', 'Võ Văn Cũ'].sort(),
    );
  });

  it('shows the diff of the police answers, then applies it in one transaction, audited before/after', async () => {
    const filled = await fillSheet(policeFile, {
      'Trần Thị Chưa Số': { 'Số định danh đúng': '051 315 888 001', 'Kết quả xác thực': 'Đã xác thực' },
      'Lê Thị Sai Giới': { 'Số định danh đúng': '051315123460', 'Kết quả xác thực': 'đã xác thực' },
      'Phạm Văn Sai Năm': { 'Kết quả xác thực': 'Không khớp' },
    });
    const preview = await uploadTo(t, w.workerA, url('police/preview'), 'tra-ve.xlsx', filled);
    expect(preview.status).toBe(200);
    const diff = policeDiffDto.parse(preview.body);
    expect(diff.rejected).toEqual([]);
    expect(diff.unanswered).toBe(2);
    expect(diff.rows.map((r) => [r.fullName, r.oldId, r.newId, r.result]).sort()).toEqual(
      [
        ['Lê Thị Sai Giới', '051215123460', '051315123460', 'cong_an_xac_thuc'],
        ['Phạm Văn Sai Năm', '051214123456', null, 'cong_an_tra_lai'],
        ['Trần Thị Chưa Số', null, '051315888001', 'cong_an_xac_thuc'],
      ].sort(),
    );
    expect(await count(t, sql`select count(*) n from child where personal_id = '051315888001'`)).toBe(0);

    const applied = await uploadTo(t, w.workerA, url('police/apply'), 'tra-ve.xlsx', filled);
    expect(policeApplyDto.parse(applied.body)).toEqual({ applied: 3 });
    const kid = await t.db.execute<{ personal_id: string; id_verification: string; version: number }>(
      sql`select personal_id, id_verification, version from child where id = ${w.child['Trần Thị Chưa Số']}`,
    );
    expect(kid.rows[0]).toMatchObject({
      personal_id: '051315888001',
      id_verification: 'cong_an_xac_thuc',
      version: 2,
    });
    const returned = await t.db.execute<{ personal_id: string; id_verification: string }>(
      sql`select personal_id, id_verification from child where id = ${w.child['Phạm Văn Sai Năm']}`,
    );
    expect(returned.rows[0]).toEqual({ personal_id: '051214123456', id_verification: 'cong_an_tra_lai' });
    const audit = await t.db.execute<{ before: object; after: object }>(
      sql`select before, after from audit_log where entity = 'child' and entity_id = ${w.child['Trần Thị Chưa Số']}`,
    );
    expect(audit.rows[0]).toMatchObject({
      before: { personalId: null, idVerification: 'chua_co' },
      after: { personalId: '051315888001', idVerification: 'cong_an_xac_thuc', source: 'police_file' },
    });
    const items = await allItems(t, w.workerA, c.id);
    expect(items.find((i) => i.fullName === 'Trần Thị Chưa Số')).toMatchObject({
      state: 'cong_an_xac_thuc',
      currentProblems: [],
    });
  });

  it('rejects forged keys, another campaign’s keys, bad and taken IDs — and applies nothing', async () => {
    const other = await openCampaign(t, w, { unitIds: [w.communeB], name: 'Đợt khác' });
    const otherItem = (await allItems(t, w.focal, other.id))[0]!;
    const before = await t.db.execute(
      sql`select id, personal_id, id_verification, version from child order by id`,
    );
    const auditBefore = await count(t, sql`select count(*) n from audit_log where entity = 'child'`);
    const forged = await fillSheet(
      policeFile,
      {
        'Võ Văn Cũ': { 'Số định danh đúng': '051215123456', 'Kết quả xác thực': 'Đã xác thực' },
        'Bùi Văn Sắp Lớn': { 'Số định danh đúng': '05121577777A', 'Kết quả xác thực': 'Đã xác thực' },
        // A good row: not applied either, since the file is taken whole or not at all.
        'Trần Thị Chưa Số': { 'Số định danh đúng': '051315888002', 'Kết quả xác thực': 'Đã xác thực' },
        'Lê Thị Sai Giới': { 'Số định danh đúng': '051315123499', 'Kết quả xác thực': 'Đã xác thực' },
        'Phạm Văn Sai Năm': { 'Kết quả xác thực': 'Không khớp' },
      },
      { 'Lê Thị Sai Giới': otherItem.id, 'Phạm Văn Sai Năm': '00000000-0000-4000-8000-000000000000' },
    );
    for (const step of ['police/preview', 'police/apply']) {
      const r = await uploadTo(t, w.workerA, url(step), 'gia-mao.xlsx', forged);
      const rejected = step === 'police/apply' ? r.body.error.details.rejected : r.body.rejected;
      const messages = rejected.map((x: { message: string }) => x.message).join(' | ');
      expect(messages).toMatch(/Mã dòng không thuộc danh sách/);
      expect(messages).toMatch(/chữ số/);
      expect(messages).toMatch(/đã thuộc một hồ sơ trẻ em khác/);
      expect(rejected).toHaveLength(4);
    }
    expect(
      (await t.db.execute(sql`select id, personal_id, id_verification, version from child order by id`)).rows,
    ).toEqual(before.rows);
    expect(await count(t, sql`select count(*) n from audit_log where entity = 'child'`)).toBe(auditBefore);
  });

  it('refuses hostile files with a Vietnamese 4xx, and other roles and places', async () => {
    const cases: [string, Buffer, number][] = [
      ['tra-ve.xlsx', Buffer.from('không phải Excel'), 415],
      ['tra-ve.csv', Buffer.from('STT,Họ và tên\n1,A'), 415],
      ['tra-ve.xlsx', manyEntries(5000), 400],
      ['tra-ve.xlsx', Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(200)]), 400],
    ];
    for (const [name, data, status] of cases) {
      const r = await uploadTo(t, w.workerA, url('police/apply'), name, data);
      expect(r.status, name).toBe(status);
      expect(r.body.error.message).toMatch(/tệp|Tệp/);
    }
    const blank = (await download(t, w.focal, url('check-sheet.xlsx'), { unitId: w.communeB, reason })).raw;
    const noHeader = await uploadTo(t, w.focal, url('police/apply'), 'phieu.xlsx', blank);
    expect(noHeader.body.error.code).toBe('CAMPAIGN_FILE_NO_HEADER');
    expect((await uploadTo(t, w.leader, url('police/apply'), 'x.xlsx', policeFile)).status).toBe(403);
    expect((await uploadTo(t, w.lySonFocal, url('police/apply'), 'x.xlsx', policeFile)).status).toBe(404);
  });
});
