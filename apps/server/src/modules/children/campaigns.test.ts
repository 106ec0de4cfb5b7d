// Cleaning campaigns (issue 11 item 6): opening snapshots the records with problems, lists per unit
// and thôn, the 16th birthday computed on the day, refresh, visits, the phúc tra sample, and locality.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import {
  boardDto,
  campaignDto,
  campaignItemDto,
  checkPersonalId,
  hamletDto,
  refreshResultDto,
  sampleResultDto,
  z,
  type CampaignDto,
} from '@vte/contracts';
import { addDays } from '../../platform/dates';
import { createTestApp, type TestApp } from '../../test/harness';
import { LY_SON } from '../org';
import {
  addChild,
  allItems,
  buildWorld,
  campaignBody,
  count,
  openCampaign,
  today,
  type World,
} from './campaigns.test-support';

let t: TestApp;
let w: World;
let c: CampaignDto;

beforeAll(async () => {
  t = await createTestApp();
  w = await buildWorld(t);
  c = await openCampaign(t, w);
});
afterAll(() => t.close());

const problemsByName = async (query = '') =>
  Object.fromEntries((await allItems(t, w.focal, c.id, query)).map((i) => [i.fullName, i.currentProblems]));

describe('opening a campaign', () => {
  it('snapshots every record with a problem in the chosen units, and only those', async () => {
    const items = await allItems(t, w.focal, c.id);
    const p = Object.fromEntries(items.map((i) => [i.fullName, i.problems]));
    expect(p['Nguyễn Văn Đủ']).toBeUndefined();
    expect(p['Lý Văn Đảo']).toBeUndefined(); // another district's child
    expect(p['Trần Thị Chưa Số']).toEqual(['ID_MISSING']);
    expect(p['Lê Thị Sai Giới']).toEqual(['ID_SEX_CENTURY']);
    expect(p['Phạm Văn Sai Năm']).toEqual(['ID_BIRTH_YEAR']);
    expect(p['Võ Văn Cũ']).toEqual(['ID_LEGACY_CMND']);
    expect(p['Đặng Thị Thiếu']).toEqual(['ETHNICITY_MISSING', 'GUARDIAN_MISSING']);
    expect(p['Hồ Văn Năm Sinh']).toEqual(['DOB_PARTIAL']);
    expect(p['Ngô Văn Trùng']).toEqual(['SUSPECTED_DUPLICATE']);
    expect(p['Ngô Văn Trùng Hai']).toEqual(['SUSPECTED_DUPLICATE']);
    expect(items).toHaveLength(9 + 12);
    const state = Object.fromEntries(items.map((i) => [i.fullName, i.state]));
    expect(state['Trần Thị Chưa Số']).toBe('chua_co');
    expect(state['Phạm Văn Sai Năm']).toBe('sai_dinh_dang');
    expect(state['Đặng Thị Thiếu']).toBe('thieu_thong_tin');
  });

  it('keeps the default legal basis, editable, and audits the opening', async () => {
    expect(c.legalBasis).toBe('Công văn 2513/LĐTBXH-TTTT');
    expect(c.units.map((u) => u.name)).toEqual(['Xã Bình Châu', 'Xã Bình Hải']);
    const other = await openCampaign(t, w, { legalBasis: 'QĐ 3978/QĐ-BYT', unitIds: [w.communeB] });
    expect(other.legalBasis).toBe('QĐ 3978/QĐ-BYT');
    expect(
      await count(
        t,
        sql`select count(*) n from audit_log where entity = 'child_campaign' and entity_id = ${c.id} and action = 'create'`,
      ),
    ).toBe(1);
  });

  it('finds ID defects by the same rules as checkPersonalId', async () => {
    const cases: [string, 'M' | 'F', string, string][] = [
      ['051215999001', 'M', '2015-05-05', 'day'],
      ['051315999002', 'M', '2015-05-05', 'day'],
      ['051015999003', 'M', '2015-05-05', 'day'],
      ['051213999004', 'F', '2015-05-05', 'day'],
      ['051309999005', 'F', '2009-05-05', 'day'],
      ['051213999006', 'M', '2015-05-05', 'estimated'],
      ['05121599900X', 'M', '2015-05-05', 'day'],
    ];
    // In Lý Sơn, by its own focal officer: the campaign of the other tests stays as it is.
    for (const [pid, sex, dob, precision] of cases)
      await addChild(t, w, {
        name: `Kiểm tra ${pid}`,
        unit: 'lyson',
        pid,
        sex,
        dob,
        precision,
        pidKind: /^\d{12}$/.test(pid) ? 'cccd12' : null,
      });
    const body = campaignBody(w, { unitIds: [LY_SON.specialZoneId], name: 'Đối chiếu quy tắc' });
    const probe = (await t.post('/api/children/campaigns', campaignDto, { session: w.lySonFocal, body }))
      .body;
    const items = await allItems(t, w.lySonFocal, probe.id);
    for (const [pid, sex, dob, precision] of cases) {
      const expected = checkPersonalId(pid, { sex, dob, dobPrecision: precision as 'day' })
        .issues.filter((i) => i.severity === 'error')
        .map((i) => i.code);
      const got =
        items
          .find((i) => i.fullName === `Kiểm tra ${pid}`)
          ?.currentProblems.filter((p) => p.startsWith('ID_')) ?? [];
      expect([...new Set(got)].sort(), pid).toEqual([...new Set(expected)].sort());
    }
  });

  it('covers the predecessors of a chosen unit: Lý Sơn district’s children are found by the đặc khu', async () => {
    const id = await addChild(t, w, { name: 'Trương Văn Huyện Cũ', unit: 'lyson', pid: null, pidKind: null });
    await t.db.execute(sql`update child set unit_id = ${LY_SON.districtId} where id = ${id}`);
    const body = campaignBody(w, { unitIds: [LY_SON.specialZoneId], name: 'Đặc khu Lý Sơn' });
    const dk = (await t.post('/api/children/campaigns', campaignDto, { session: w.lySonFocal, body })).body;
    const found = (await allItems(t, w.lySonFocal, dk.id)).find((i) => i.childId === id);
    expect(found).toMatchObject({ unitId: LY_SON.specialZoneId, problems: ['ID_MISSING'] });
  });

  it('files a district’s records under its communes, so each commune worker sees her part', async () => {
    const whole = await openCampaign(t, w, { unitIds: [w.districtId], name: 'Cả huyện Bình Sơn' });
    const units = new Set((await allItems(t, w.focal, whole.id)).map((i) => i.unitId));
    expect(units).toEqual(new Set([w.communeA, w.communeB]));
    const mine = (await t.get('/api/children/campaigns', z.array(campaignDto), { session: w.workerA })).body;
    expect(mine.map((x) => x.id)).toContain(whole.id);
    const b = (await t.get(`/api/children/campaigns/${whole.id}/board`, boardDto, { session: w.workerA }))
      .body;
    expect(b.units.map((u) => u.unitId)).toEqual([w.communeA]);
    expect(b.totals.total).toBe(9);
  });

  it('refuses another district’s unit (404, audited, nothing saved), a commune worker (403) and bad input (400)', async () => {
    const before = await count(t, sql`select count(*) n from child_campaign`);
    const r = await t.refused('POST', '/api/children/campaigns', {
      session: w.focal,
      body: campaignBody(w, { unitIds: [w.communeA, LY_SON.specialZoneId] }),
    });
    expect(r.status).toBe(404);
    expect(r.body.error.message).toMatch(/phạm vi/);
    expect(
      await count(
        t,
        sql`select count(*) n from audit_log where entity = 'child_campaign' and after->>'refused' = 'out_of_scope'`,
      ),
    ).toBeGreaterThan(0);
    expect(
      (await t.refused('POST', '/api/children/campaigns', { session: w.workerA, body: campaignBody(w) }))
        .status,
    ).toBe(403);
    for (const bad of [
      { unitIds: [] },
      { endsOn: addDays(today, -1) },
      { name: 'Đợt\u0000' },
      { startsOn: '2026-02-30' },
    ]) {
      const b = await t.refused('POST', '/api/children/campaigns', {
        session: w.focal,
        body: campaignBody(w, bad),
      });
      expect(b.status).toBe(400);
      expect(b.body.error.message).toMatch(/không hợp lệ/);
    }
    expect(await count(t, sql`select count(*) n from child_campaign`)).toBe(before);
  });
});

describe('lists and the board', () => {
  it('counts per unit and per thôn', async () => {
    const h = (
      await t.get(`/api/children/campaigns/${c.id}/hamlets`, z.array(hamletDto), { session: w.focal })
    ).body;
    const a = h.filter((x) => x.unitId === w.communeA);
    expect(Object.fromEntries(a.map((x) => [x.hamlet ?? '(không ghi)', x.total]))).toEqual({
      'Thôn Đông': 6,
      'Thôn Tây': 2,
      '(không ghi)': 1,
    });
    expect(h.find((x) => x.unitId === w.communeB)?.total).toBe(12);
    const west = await allItems(
      t,
      w.focal,
      c.id,
      `&unitId=${w.communeA}&hamlet=${encodeURIComponent('Thôn Tây')}`,
    );
    expect(west.map((i) => i.fullName).sort()).toEqual(['Lê Thị Sai Giới', 'Phạm Văn Sai Năm']);
  });

  it('a child leaves on his 16th birthday: NOT_A_CHILD from that day, computed, no batch', async () => {
    expect((await problemsByName())['Bùi Văn Sắp Lớn']).not.toContain('NOT_A_CHILD');
    expect((await problemsByName(`&asOf=${addDays(today, 1)}`))['Bùi Văn Sắp Lớn']).toContain('NOT_A_CHILD');
    const b = (
      await t.get(`/api/children/campaigns/${c.id}/board?asOf=${addDays(today, 1)}`, boardDto, {
        session: w.focal,
      })
    ).body;
    expect(b.problems.find((p) => p.code === 'NOT_A_CHILD')?.count).toBe(1);
  });

  it('shows a commune worker only her commune, and refuses the rest (404, audited write)', async () => {
    const b = (await t.get(`/api/children/campaigns/${c.id}/board`, boardDto, { session: w.workerA })).body;
    expect(b.units.map((u) => u.unitId)).toEqual([w.communeA]);
    expect(b.totals.total).toBe(9);
    expect(
      (
        await t.refused('GET', `/api/children/campaigns/${c.id}/items?unitId=${w.communeB}`, {
          session: w.workerA,
        })
      ).status,
    ).toBe(404);
    const itemB = (await allItems(t, w.focal, c.id, `&unitId=${w.communeB}`))[0]!;
    const r = await t.refused('POST', `/api/children/campaigns/${c.id}/items/${itemB.id}/visit`, {
      session: w.workerA,
      body: { result: 'dung' },
    });
    expect(r.status).toBe(404);
    expect(
      await count(
        t,
        sql`select count(*) n from audit_log where entity_id = ${itemB.id} and after->>'refused' = 'out_of_scope'`,
      ),
    ).toBe(1);
    expect(
      await count(
        t,
        sql`select count(*) n from child_campaign_item where id = ${itemB.id} and visit_result is not null`,
      ),
    ).toBe(0);
    // Lý Sơn's focal officer does not see the campaign at all; a leader has no campaign work.
    expect(
      (await t.refused('GET', `/api/children/campaigns/${c.id}/board`, { session: w.lySonFocal })).status,
    ).toBe(404);
    const seen = (await t.get('/api/children/campaigns', z.array(campaignDto), { session: w.lySonFocal }))
      .body;
    expect(seen.map((x) => x.id)).not.toContain(c.id);
    expect(
      (await t.refused('GET', `/api/children/campaigns/${c.id}/board`, { session: w.leader })).status,
    ).toBe(403);
  });
});

describe('visits and refresh', () => {
  it('records a household visit (commune worker), audited; bad input changes nothing', async () => {
    const item = (await allItems(t, w.workerA, c.id)).find((i) => i.fullName === 'Đặng Thị Thiếu')!;
    const url = `/api/children/campaigns/${c.id}/items/${item.id}/visit`;
    expect((await t.refused('POST', url, { session: w.workerA, body: { result: 'maybe' } })).status).toBe(
      400,
    );
    const r = await t.post(url, campaignItemDto, {
      session: w.workerA,
      body: { result: 'da_bo_sung', note: 'Mẹ cho biết dân tộc Kinh' },
    });
    expect(r.body).toMatchObject({
      visitResult: 'da_bo_sung',
      state: 'da_ra_soat',
      visitNote: 'Mẹ cho biết dân tộc Kinh',
    });
    expect(
      await count(
        t,
        sql`select count(*) n from audit_log where entity = 'child_campaign_item' and entity_id = ${item.id} and after->>'visitResult' = 'da_bo_sung'`,
      ),
    ).toBe(1);
  });

  it('refresh adds new problem records and marks fixed ones', async () => {
    const fixedId = w.child['Trần Thị Chưa Số']!;
    await t.db.execute(
      sql`update child set personal_id = '051315777001', personal_id_kind = 'cccd12' where id = ${fixedId}`,
    );
    await addChild(t, w, { name: 'Mai Văn Mới', unit: 'b', pid: null, pidKind: null });
    const r = await t.post(`/api/children/campaigns/${c.id}/refresh`, refreshResultDto, { session: w.focal });
    expect(r.body).toEqual({ added: 1, fixed: 1 });
    const items = await allItems(t, w.focal, c.id);
    expect(items.find((i) => i.childId === fixedId)).toMatchObject({
      state: 'da_cap_nhat',
      currentProblems: [],
    });
    expect(items.find((i) => i.fullName === 'Mai Văn Mới')?.problems).toEqual(['ID_MISSING']);
    expect(
      (await t.refused('POST', `/api/children/campaigns/${c.id}/refresh`, { session: w.workerA })).status,
    ).toBe(403);
  });
});

describe('phúc tra sample', () => {
  it('draws 5 % with at least 10 rows per unit, reproducibly from the stored seed, once', async () => {
    const url = `/api/children/campaigns/${c.id}/sample`;
    expect((await t.refused('POST', url, { session: w.workerA, body: {} })).status).toBe(403);
    const r = (await t.post(url, sampleResultDto, { session: w.focal, body: {} })).body;
    const byUnit = Object.fromEntries(r.units.map((u) => [u.unitId, u]));
    expect(byUnit[w.communeA]).toMatchObject({ items: 9, drawn: 9 });
    expect(byUnit[w.communeB]).toMatchObject({ items: 13, drawn: 10 });
    const again = await t.db.execute<{ id: string }>(sql`
      select id from (select id, row_number() over (partition by unit_id order by md5(${r.seed} || id::text)) rn
        from child_campaign_item where campaign_id = ${c.id}) x where rn <= 10 order by id`);
    const drawn = (await allItems(t, w.focal, c.id, '&inSample=true')).map((i) => i.id).sort();
    expect(drawn).toEqual(again.rows.map((x) => x.id).sort());
    expect((await t.refused('POST', url, { session: w.focal, body: {} })).status).toBe(409);
    expect(
      (await t.get(`/api/children/campaigns/${c.id}`, campaignDto, { session: w.focal })).body.sample?.seed,
    ).toBe(r.seed);
  });

  it('records re-checks of sampled records only, and shows the error rate per unit', async () => {
    const items = await allItems(t, w.focal, c.id, `&unitId=${w.communeB}`);
    const [first, second] = items.filter((i) => i.inSample);
    const outside = items.find((i) => !i.inSample)!;
    const url = (id: string) => `/api/children/campaigns/${c.id}/items/${id}/recheck`;
    await t.post(url(first!.id), campaignItemDto, {
      session: w.focal,
      body: { result: 'sai', note: 'Sai tên thôn' },
    });
    await t.post(url(second!.id), campaignItemDto, { session: w.focal, body: { result: 'dung' } });
    expect(
      (await t.refused('POST', url(outside.id), { session: w.focal, body: { result: 'dung' } })).status,
    ).toBe(409);
    const b = (await t.get(`/api/children/campaigns/${c.id}/board`, boardDto, { session: w.focal })).body;
    expect(b.units.find((u) => u.unitId === w.communeB)).toMatchObject({
      sampled: 10,
      sampleChecked: 2,
      sampleErrors: 1,
      errorRate: 0.5,
    });
    expect(b.units.find((u) => u.unitId === w.communeA)?.errorRate).toBeNull();
  });

  it('drops a record erased on a lawful request from the lists', async () => {
    const id = w.child['Hồ Văn Năm Sinh']!;
    expect((await allItems(t, w.focal, c.id)).some((i) => i.childId === id)).toBe(true);
    await t.db.execute(sql`update child set status = 'erased', erased_at = now() where id = ${id}`);
    expect((await allItems(t, w.focal, c.id)).some((i) => i.childId === id)).toBe(false);
  });

  it('closing the campaign stops every change', async () => {
    const other = await openCampaign(t, w, { unitIds: [w.communeA], name: 'Đợt thử kết thúc' });
    await t.post(`/api/children/campaigns/${other.id}/close`, campaignDto, { session: w.focal });
    expect(
      (await t.refused('POST', `/api/children/campaigns/${other.id}/refresh`, { session: w.focal })).status,
    ).toBe(409);
  });
});
