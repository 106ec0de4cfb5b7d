import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { childSearchResultDto, type ChildListItemDto, type ChildMaskedItemDto } from '@vte/contracts';
import { createTestApp, type Session, type TestApp } from '../../test/harness';
import { LY_SON } from '../org';
import { AS_OF, kid, konTum, seedKids } from './list.test-support';
import { syntheticChildren } from './synthetic';
import { insertSyntheticBatch } from './synthetic.repo';

// POST /api/children/search: the register list with its filters, search by folded name, personal ID
// or a parent's name, keyset pages, masked rows for list-only roles, and the locality walls.

let t: TestApp;
let worker: Session;
let leader: Session;
let reporter: Session;
let admin: Session;
let kt: { id: string; provinceId: string };

const an = kid({
  fullName: 'Nguyễn Văn An',
  dob: '2015-03-10',
  personalId: '051215000001',
  father: 'Nguyễn Văn Bình',
  mother: 'Trần Thị Hoa',
  groups: [{ code: 'd' }],
  risks: ['ho_ngheo'],
});
// Digit 4 says a boy born in the 2000s; she is a girl: an invalid ID.
const anh = kid({
  fullName: 'Nguyễn Thị Ánh',
  dob: '2012-07-01',
  sex: 'F',
  personalId: '051212000002',
  hamlet: 'Thôn Tây',
  mother: 'Lê Thị Mai',
  ethnicityCode: '18',
});
// Sixteen on AS_OF: no longer a child that day, still one the day before.
const duc = kid({ fullName: 'Đặng Minh Đức', dob: '2010-06-15', mother: 'Hồ Thị Lan' });
// A baby whose orphan status ended before AS_OF.
const ha = kid({
  fullName: 'Phạm Thu Hà',
  dob: '2024-01-20',
  sex: 'F',
  groups: [{ code: 'a', to: '2025-12-31' }],
});
// Registered under the district before it became the special zone: found without retyping.
const bao = kid({
  fullName: 'Võ Quốc Bảo',
  dob: '2018-05-05',
  unitId: LY_SON.districtId,
  personalId: '051218000005',
});
const merged = kid({ fullName: 'Nguyễn Văn An', dob: '2015-03-10' });

const search = (s: Session, body: object) =>
  t.post('/api/children/search', childSearchResultDto, { session: s, body: { asOf: AS_OF, ...body } });
const full = async (s: Session, body: object) => {
  const r = await search(s, body);
  if (r.body.masked) throw new Error('expected full rows');
  return r.body as { items: ChildListItemDto[]; total: number | null; nextCursor: string | null };
};
const names = (items: { fullName: string }[]) => items.map((i) => i.fullName);

beforeAll(async () => {
  t = await createTestApp();
  kt = await konTum(t);
  const far = kid({
    fullName: 'Nguyễn Văn An',
    dob: '2015-03-10',
    unitId: kt.id,
    provinceId: kt.provinceId,
    personalId: '062215000009',
  });
  await seedKids(t, [an, anh, duc, ha, bao, merged, far]);
  await t.pool.query(`update child set status = 'merged' where id = $1`, [merged.id]);
  worker = await t.userSession('commune_worker', { scopeUnitId: LY_SON.specialZoneId });
  leader = await t.userSession('leader', { scopeUnitId: LY_SON.specialZoneId });
  reporter = await t.userSession('agency_reporter', { scopeUnitId: LY_SON.specialZoneId });
  admin = await t.userSession('admin', { scopeUnitId: null });
});
afterAll(() => t.close());

describe('search', () => {
  it('finds a child by a name typed without diacritics, in capitals, by some of its words in any order, and while typing the last', async () => {
    for (const q of ['nguyen van an', 'NGUYEN VAN AN', 'van an', 'an nguyen van', 'nguyen van a'])
      expect(names((await full(worker, { q })).items)).toEqual(['Nguyễn Văn An']);
    expect(names((await full(worker, { q: 'dang minh duc', asOf: '2026-06-14' })).items)).toEqual([
      'Đặng Minh Đức',
    ]);
  });

  it('finds a child by personal ID typed with spaces, and by a parent’s name', async () => {
    expect(names((await full(worker, { q: '051 215 000 001' })).items)).toEqual(['Nguyễn Văn An']);
    expect(names((await full(worker, { q: 'tran thi hoa' })).items)).toEqual(['Nguyễn Văn An']);
    expect(names((await full(worker, { q: 'Lê Thị Mai' })).items)).toEqual(['Nguyễn Thị Ánh']);
    expect((await full(worker, { q: '062215000009' })).items).toEqual([]); // Kon Tum's child
  });

  it('a full row carries what the worker needs, field by field', async () => {
    const [row] = (await full(worker, { q: 'nguyen van an' })).items;
    expect(row).toEqual({
      id: an.id,
      fullName: 'Nguyễn Văn An',
      dob: '2015-03-10',
      dobPrecision: 'day',
      age: 11,
      sex: 'M',
      ethnicityCode: '01',
      personalId: '051215000001',
      idVerification: 'chua_xac_thuc',
      idProblem: null,
      unit: { id: LY_SON.specialZoneId, name: 'Lý Sơn' },
      hamlet: 'Thôn Đông',
      address: 'Số 1, Thôn Đông',
      groups: ['d'],
      risks: ['ho_ngheo'],
      guardians: [
        { relation: 'me', fullName: 'Trần Thị Hoa' },
        { relation: 'cha', fullName: 'Nguyễn Văn Bình' },
      ],
    });
  });
});

describe('filters', () => {
  it('without an age band lists the children under 16 on the date; the 16th birthday takes a child out', async () => {
    const today = names((await full(worker, {})).items);
    expect(today).not.toContain('Đặng Minh Đức');
    expect(today).toEqual(
      expect.arrayContaining(['Nguyễn Văn An', 'Nguyễn Thị Ánh', 'Phạm Thu Hà', 'Võ Quốc Bảo']),
    );
    expect(names((await full(worker, { asOf: '2026-06-14' })).items)).toContain('Đặng Minh Đức');
    expect(names((await full(worker, { ageBand: '16+' })).items)).toEqual(['Đặng Minh Đức']);
    expect(names((await full(worker, { ageBand: '0-3' })).items)).toEqual(['Phạm Thu Hà']);
    expect(names((await full(worker, { ageBand: '11-16' })).items)).toEqual([
      'Nguyễn Thị Ánh',
      'Nguyễn Văn An',
    ]);
  });

  it('merged records and other provinces never appear; the old district’s child is in the special zone', async () => {
    const r = await full(worker, { unitId: LY_SON.specialZoneId });
    expect(r.items.filter((i) => i.fullName === 'Nguyễn Văn An').map((i) => i.id)).toEqual([an.id]);
    expect(names(r.items)).toContain('Võ Quốc Bảo');
    expect(r.total).toBe(4);
  });

  it('by group and risk in force on the date, sex, hamlet, ethnicity and ID state', async () => {
    expect(names((await full(worker, { group: 'd' })).items)).toEqual(['Nguyễn Văn An']);
    expect(names((await full(worker, { group: '*' })).items)).toEqual(['Nguyễn Văn An']);
    expect(names((await full(worker, { group: 'a' })).items)).toEqual([]);
    expect(names((await full(worker, { group: 'a', asOf: '2025-06-01' })).items)).toEqual(['Phạm Thu Hà']);
    expect(names((await full(worker, { risk: '*' })).items)).toEqual(['Nguyễn Văn An']);
    expect(names((await full(worker, { sex: 'F' })).items)).toEqual(['Nguyễn Thị Ánh', 'Phạm Thu Hà']);
    expect(names((await full(worker, { hamlet: 'thon tay' })).items)).toEqual(['Nguyễn Thị Ánh']);
    expect(names((await full(worker, { ethnicity: '18' })).items)).toEqual(['Nguyễn Thị Ánh']);
    expect(names((await full(worker, { idProblem: 'missing' })).items)).toEqual(['Phạm Thu Hà']);
    const invalid = (await full(worker, { idProblem: 'invalid' })).items;
    expect(invalid.map((i) => [i.fullName, i.idProblem])).toEqual([['Nguyễn Thị Ánh', 'invalid']]);
    expect(names((await full(worker, { idVerification: 'chua_xac_thuc' })).items)).toEqual([
      'Nguyễn Thị Ánh',
      'Nguyễn Văn An',
      'Võ Quốc Bảo',
    ]);
  });
});

describe('pages', () => {
  it('keyset pages walk the whole list once, in Vietnamese name order; the total comes with page 1', async () => {
    const unit = {
      id: LY_SON.specialZoneId,
      provinceId: LY_SON.provinceId,
      name: 'Đặc khu Lý Sơn',
      hamlets: ['Thôn Bắc'],
    };
    await insertSyntheticBatch(t.db, [
      ...syntheticChildren({ seed: 5, count: 40, units: [unit], asOf: AS_OF, provinceCode: '051' }),
    ]);
    const expected = await t.pool.query<{ id: string }>(
      `select id from child where status = 'active' and unit_id = any($1) and (dob is null or (dob <= $2 and dob > $2::date - interval '16 years'))
       order by name_sort collate "C", id`,
      [[LY_SON.specialZoneId, LY_SON.districtId], AS_OF],
    );
    const seen: string[] = [];
    let cursor: string | null = null;
    let first: number | null = null;
    do {
      const page = await full(worker, { limit: 7, ...(cursor ? { cursor } : {}) });
      if (!cursor) first = page.total;
      else expect(page.total).toBeNull();
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(expected.rows.map((r) => r.id));
    expect(first).toBe(expected.rows.length);
  });
});

describe('privacy by role', () => {
  it('a leader (list only) sees initials and the birth year: no ID, address, ethnicity or groups', async () => {
    const r = await search(leader, { unitId: LY_SON.specialZoneId, sex: 'F' });
    expect(r.body.masked).toBe(true);
    const items = r.body.items as ChildMaskedItemDto[];
    expect(items.find((i) => i.id === anh.id)).toEqual({
      id: anh.id,
      maskedName: 'N*** T*** Á.',
      birthYear: 2012,
      sex: 'F',
      unit: { id: LY_SON.specialZoneId, name: 'Lý Sơn' },
    });
    expect(JSON.stringify(r.body)).not.toMatch(/Ánh|051212000002|Thôn|"18"/);
  });

  it('a leader may not search by name or ID, nor filter by what the mask hides', async () => {
    for (const body of [
      { q: 'nguyen van an' },
      { q: '051215000001' },
      { ethnicity: '18' },
      { group: '*' },
      { hamlet: 'Thôn Đông' },
      { idProblem: 'missing' },
    ]) {
      const r = await t.refused('POST', '/api/children/search', { session: leader, body });
      expect([r.status, r.body.error.code]).toEqual([403, 'CHILD_LIST_FILTER_FORBIDDEN']);
    }
  });

  it('counts-only roles are refused the list', async () => {
    for (const s of [reporter, admin]) {
      const r = await t.refused('POST', '/api/children/search', { session: s, body: {} });
      expect([r.status, r.body.error.code]).toEqual([403, 'FORBIDDEN']);
    }
  });
});

describe('attacks', () => {
  it('another locality’s unit is not found, and its children never show', async () => {
    const r = await t.refused('POST', '/api/children/search', { session: worker, body: { unitId: kt.id } });
    expect([r.status, r.body.error.code]).toEqual([404, 'CHILD_LIST_UNIT_NOT_FOUND']);
    expect(r.body.error.message).toMatch(/Không tìm thấy đơn vị/);
    const unknown = await t.refused('POST', '/api/children/search', {
      session: worker,
      body: { unitId: '00000000-0000-4000-8000-000000000000' },
    });
    expect(unknown.status).toBe(404);
  });

  it('a forged cursor (another province’s child, or none) ends the list instead of leaking it', async () => {
    const far = await t.pool.query<{ id: string }>(`select id from child where unit_id = $1`, [kt.id]);
    for (const cursor of [
      `${kt.provinceId}:${far.rows[0]!.id}`,
      `${LY_SON.provinceId}:00000000-0000-4000-8000-000000000000`,
    ]) {
      const r = await full(worker, { cursor });
      expect(r.items).toEqual([]);
      expect(r.nextCursor).toBeNull();
    }
  });

  it('bad input is a 400 in Vietnamese', async () => {
    for (const body of [
      { unitId: 'not-a-uuid' },
      { ageBand: '0-99' },
      { sex: 'X' },
      { limit: 1000 },
      { q: 'a' },
      { q: 'Nguyễn\u0000' },
      { group: "a'; drop table child; --" },
      { cursor: 'abc' },
      { asOf: '2026-02-30' },
      { surprise: true },
    ]) {
      const r = await t.refused('POST', '/api/children/search', { session: worker, body });
      expect([r.status, r.body.error.code], JSON.stringify(body)).toEqual([400, 'VALIDATION']);
      expect(r.body.error.message).toMatch(/không hợp lệ/);
    }
  });

  it('a search is a POST: a name in the query string is not read', async () => {
    const r = await t.apiRaw('GET', '/api/children/search?q=nguyen', { session: worker });
    expect(r.status).toBeGreaterThanOrEqual(400);
    expect(JSON.stringify(r.body)).not.toContain('Nguyễn');
  });
});
