import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../app';
import { createTestApp, type Session, type TestApp } from '../../test/harness';
import { LY_SON } from '../org';
import { PERSONAL_DATA_NOTICE } from './export.service';
import { AS_OF, kid, konTum, seedKids } from './list.test-support';

// POST /api/children/export: a stated reason, the columns asked for (ethnicity only on request), a
// heading with who, when and why, an audit row with the reason and the count; nothing in the logs.

let t: TestApp;
let worker: Session;
let leader: Session;
let logged: FastifyInstance;
const lines: string[] = [];

const REASON = 'Rà soát danh sách trẻ em khuyết tật để lập kế hoạch hỗ trợ năm 2026';

beforeAll(async () => {
  t = await createTestApp();
  const kt = await konTum(t);
  await seedKids(t, [
    kid({
      fullName: 'Nguyễn Văn An',
      dob: '2015-03-10',
      personalId: '051215000001',
      mother: 'Trần Thị Hoa',
      father: 'Nguyễn Văn Bình',
      groups: [{ code: 'd' }],
      ethnicityCode: '18',
    }),
    kid({ fullName: 'Lê Thị Bích', dob: '2019-11-02', sex: 'F', hamlet: 'Thôn Tây', mother: 'Phạm Thị Cúc' }),
    kid({ fullName: 'Trương Văn Cường', dob: '2009-01-01' }), // 17: not a child
    kid({ fullName: 'Hồ Văn Dũng', dob: '2014-02-02', unitId: kt.id, provinceId: kt.provinceId }),
  ]);
  worker = await t.userSession('commune_worker', { scopeUnitId: LY_SON.specialZoneId, username: 'cb.xa' });
  leader = await t.userSession('leader', { scopeUnitId: LY_SON.specialZoneId });
  // The same app with its logs kept: an export must not put a name, an ID or the reason in them.
  logged = await buildApp(
    { ...t.config, LOG_LEVEL: 'info' },
    { db: t.db, mode: 'external' },
    { write: (l) => void lines.push(l) },
  );
  await logged.ready();
});
afterAll(async () => {
  await logged.close();
  await t.close();
});

const exportAs = (s: Session, body: object) =>
  logged.inject({
    method: 'POST',
    url: '/api/children/export',
    headers: { cookie: s.cookie, 'x-csrf-token': s.csrf },
    payload: { asOf: AS_OF, ...body },
  });

async function sheetOf(buf: Buffer): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  const ws = wb.worksheets[0]!;
  const rows: string[][] = [];
  ws.eachRow({ includeEmpty: true }, (row) => {
    const values = (row.values as unknown[]).slice(1).map((v) => (v == null ? '' : String(v)));
    rows.push(values);
  });
  return rows;
}

const exportAudits = () =>
  t.pool.query<{
    actor_username: string;
    after: { reason: string; rows: number; fields: string[]; filters: object };
  }>(`select actor_username, after from audit_log where action = 'export' and entity = 'child' order by id`);

describe('export', () => {
  it('writes the file with who, when, why and the personal-data notice, and audits the reason and count', async () => {
    lines.length = 0;
    const r = await exportAs(worker, { reason: REASON, unitId: LY_SON.specialZoneId });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toContain('spreadsheetml');
    expect(r.headers['content-disposition']).toContain(`danh-sach-tre-em-${AS_OF}.xlsx`);
    const rows = await sheetOf(r.rawPayload);
    const heading = rows
      .slice(0, 5)
      .map((x) => x[0])
      .join('\n');
    expect(heading).toContain('DANH SÁCH TRẺ EM');
    expect(heading).toContain(PERSONAL_DATA_NOTICE);
    expect(heading).toMatch(/Người xuất: .*\(cb\.xa\)/);
    expect(heading).toMatch(/Thời điểm xuất: \d{2}[:/]\d{2}/);
    expect(heading).toContain(`Lý do xuất: ${REASON}`);
    expect(heading).toContain('Số trẻ: 2');
    const header = rows.findIndex((x) => x[0] === 'STT');
    expect(rows[header]).toEqual([
      'STT',
      'Họ và tên',
      'Ngày sinh',
      'Giới tính',
      'Đơn vị',
      'Thôn/Tổ dân phố',
      'Cha, mẹ, người giám hộ',
      'Nhóm hoàn cảnh đặc biệt',
    ]);
    expect(rows.slice(header + 1)).toEqual([
      ['1', 'Lê Thị Bích', '02/11/2019', 'Nữ', 'Lý Sơn', 'Thôn Tây', 'Mẹ: Phạm Thị Cúc', ''],
      [
        '2',
        'Nguyễn Văn An',
        '10/03/2015',
        'Nam',
        'Lý Sơn',
        'Thôn Đông',
        'Mẹ: Trần Thị Hoa; Cha: Nguyễn Văn Bình',
        'Trẻ em khuyết tật',
      ],
    ]);
    expect(rows.flat().join(' ')).not.toMatch(/Kinh|Hrê|Dân tộc|051215000001/); // ethnicity and ID not asked for
    const audits = (await exportAudits()).rows;
    expect(audits.at(-1)).toEqual({
      actor_username: 'cb.xa',
      after: expect.objectContaining({
        reason: REASON,
        rows: 2,
        fields: ['fullName', 'dob', 'sex', 'unit', 'hamlet', 'guardians', 'groups'],
      }),
    });
    expect(lines.join('')).not.toMatch(/Nguyễn|Phạm Thị Cúc|Rà soát/);
  });

  it('ethnicity and the ID only when asked for; a name typed as the query stays out of the audit row', async () => {
    const r = await exportAs(worker, {
      reason: REASON,
      fields: ['fullName', 'ethnicity', 'personalId'],
      q: 'nguyen van an',
    });
    expect(r.statusCode).toBe(200);
    const rows = await sheetOf(r.rawPayload);
    const header = rows.findIndex((x) => x[0] === 'STT');
    expect(rows.slice(header)).toEqual([
      ['STT', 'Họ và tên', 'Dân tộc', 'Số định danh cá nhân'],
      ['1', 'Nguyễn Văn An', 'Hrê', '051215000001'],
    ]);
    const after = (await exportAudits()).rows.at(-1)!.after;
    expect(after.fields).toEqual(['fullName', 'ethnicity', 'personalId']);
    expect(JSON.stringify(after)).not.toMatch(/nguyen/i);
    expect(after.filters).toEqual(expect.objectContaining({ q: 'name' }));
  });

  it('without a reason, or with a short one, nothing is exported or audited', async () => {
    const before = (await exportAudits()).rows.length;
    for (const body of [
      {},
      { reason: 'xem' },
      { reason: REASON, fields: [] },
      { reason: REASON, fields: ['photo'] },
    ]) {
      const r = await exportAs(worker, body);
      expect([r.statusCode, r.json().error.code], JSON.stringify(body)).toEqual([400, 'VALIDATION']);
    }
    expect((await exportAudits()).rows.length).toBe(before);
  });

  it('a search by name, parent or ID — found, refused or malformed — leaves no trace in the logs', async () => {
    lines.length = 0;
    const search = (s: Session, payload: object) =>
      logged.inject({
        method: 'POST',
        url: '/api/children/search',
        headers: { cookie: s.cookie, 'x-csrf-token': s.csrf },
        payload,
      });
    expect((await search(worker, { q: 'Nguyễn Văn An' })).statusCode).toBe(200);
    expect((await search(worker, { q: 'Trần Thị Hoa' })).statusCode).toBe(200);
    expect((await search(worker, { q: '051215000001' })).statusCode).toBe(200);
    expect((await search(leader, { q: 'Nguyễn Văn An' })).statusCode).toBe(403);
    expect((await search(worker, { q: 'Nguyễn Văn An\u0000', sex: 'X' })).statusCode).toBe(400);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.join('')).not.toMatch(/Nguy|nguyen|Trần|Hoa|051215000001/i);
  });

  it('list-only and counts-only roles are refused; another locality’s unit is not found', async () => {
    expect((await exportAs(leader, { reason: REASON })).statusCode).toBe(403);
    const reporter = await t.userSession('agency_reporter', { scopeUnitId: LY_SON.specialZoneId });
    expect((await exportAs(reporter, { reason: REASON })).statusCode).toBe(403);
    const kt = await konTum(t);
    const r = await exportAs(worker, { reason: REASON, unitId: kt.id });
    expect([r.statusCode, r.json().error.code]).toEqual([404, 'CHILD_LIST_UNIT_NOT_FOUND']);
  });
});
