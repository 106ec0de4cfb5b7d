import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { childSearchResultDto, type ChildListItemDto } from '@vte/contracts';
import { createTestApp, type Session, type TestApp } from '../../test/harness';
import { LY_SON } from '../org';
import { AS_OF, kid, konTum, seedKids } from './list.test-support';
import { TOTAL_CAP } from './list.service';
import { syntheticChildren } from './synthetic';
import { insertSyntheticBatch } from './synthetic.repo';

// The register list's indexes (migration 0026, docs/children.md "List, search and export"): name
// tokens (words whole, the last one typed as a prefix, a child's unit in its tokens), a name search
// that counts its matches in the same statement, and a scope's page and capped count read unit by
// unit from child_list_unit_idx.

let t: TestApp;
let worker: Session;
let national: Session;
let kt: { id: string; provinceId: string };
let farLan: ReturnType<typeof kid>;

type Page = {
  items: ChildListItemDto[];
  total: number | null;
  totalCapped: boolean;
  nextCursor: string | null;
};
const search = async (s: Session, body: object) => {
  const r = await t.post('/api/children/search', childSearchResultDto, {
    session: s,
    body: { asOf: AS_OF, ...body },
  });
  if (r.body.masked) throw new Error('expected full rows');
  return r.body as Page;
};
const names = (p: Page) => p.items.map((i) => i.fullName).sort();

const lan = kid({ fullName: 'Trương Thị Lan', father: 'Trương-Văn Hùng', mother: 'Đoàn Thị Xuân' });
const lanh = kid({ fullName: 'Trương Thị Lành' });
const tu = kid({ fullName: 'Lâm Văn Tư', mother: 'Phan Thị Thu' });
// Twelve children of one name, for a search whose matches fill more than a page.
const many = Array.from({ length: 12 }, (_, i) =>
  kid({ fullName: 'Quách Minh Khôi', dob: `2014-01-${String(i + 10).padStart(2, '0')}` }),
);

beforeAll(async () => {
  t = await createTestApp();
  kt = await konTum(t);
  // Kon Tum's namesakes, child and parent: outside the Lý Sơn worker's locality.
  farLan = kid({ fullName: 'Trương Thị Lan', unitId: kt.id, provinceId: kt.provinceId });
  const farParent = kid({
    fullName: 'Đinh Văn Tám',
    unitId: kt.id,
    provinceId: kt.provinceId,
    mother: 'Phan Thị Thu',
  });
  await seedKids(t, [lan, lanh, tu, ...many, farLan, farParent]);
  worker = await t.userSession('commune_worker', { scopeUnitId: LY_SON.specialZoneId });
  national = await t.userSession('focal_officer', { scopeUnitId: null });
});
afterAll(() => t.close());

describe('name tokens', () => {
  it('only the last word is a prefix; the others are whole words', async () => {
    expect(names(await search(worker, { q: 'truong thi la' }))).toEqual([
      'Trương Thị Lan',
      'Trương Thị Lành',
    ]);
    expect(names(await search(worker, { q: 'truong thi lan' }))).toEqual([
      'Trương Thị Lan',
      'Trương Thị Lành',
    ]);
    expect(names(await search(worker, { q: 'thi lanh truong' }))).toEqual(['Trương Thị Lành']);
    expect((await search(worker, { q: 'tru thi lan' })).items).toEqual([]);
  });

  it('a hyphen or other mark in a parent’s name splits words as in the typed search', async () => {
    expect(names(await search(worker, { q: 'truong van hung' }))).toEqual(['Trương Thị Lan']);
    expect(names(await search(worker, { q: 'doan thi xu' }))).toEqual(['Trương Thị Lan']);
  });

  it('a child’s and a parent’s namesakes in another locality stay out; a national user finds both', async () => {
    const ids = (await search(worker, { q: 'truong thi lan' })).items.map((i) => i.id);
    expect(ids.sort()).toEqual([lan.id, lanh.id].sort());
    expect(ids).not.toContain(farLan.id);
    expect((await search(worker, { q: 'phan thi thu' })).items.map((i) => i.id)).toEqual([tu.id]);
    const all = await search(national, { q: 'phan thi thu' });
    expect(names(all)).toEqual(['Lâm Văn Tư', 'Đinh Văn Tám']);
    expect((await search(national, { q: 'truong thi lan' })).total).toBe(3);
  });

  it('a child moved to another unit is found from its new locality only', async () => {
    const moved = (await seedKids(t, [kid({ fullName: 'Mạc Đăng Dung' })]))[0]!;
    expect(names(await search(worker, { q: 'mac dang dung' }))).toEqual(['Mạc Đăng Dung']);
    await t.pool.query('update child set unit_id = $1 where id = $2', [kt.id, moved.id]);
    expect((await search(worker, { q: 'mac dang dung' })).items).toEqual([]);
    expect((await search(national, { q: 'mac dang dung', unitId: kt.id })).items.map((i) => i.id)).toEqual([
      moved.id,
    ]);
  });
});

describe('a name search past one page', () => {
  it('page 1 carries the count of every match; the pages walk them all once', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let first: Page | undefined;
    do {
      const page = await search(worker, { q: 'quach minh khoi', limit: 5, ...(cursor ? { cursor } : {}) });
      if (!cursor) first = page;
      else expect(page.total).toBeNull();
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect([first?.total, first?.totalCapped, first?.items.length]).toEqual([12, false, 5]);
    expect(seen.sort()).toEqual(many.map((k) => k.id).sort());
  });
});

describe('a scope of two units, over the count cap', () => {
  beforeAll(async () => {
    const unit = (id: string, seed: number, count: number) =>
      syntheticChildren({
        seed,
        count,
        units: [{ id, provinceId: LY_SON.provinceId, name: 'Lý Sơn', hamlets: ['Thôn Bắc'] }],
        asOf: AS_OF,
        provinceCode: '051',
      });
    await insertSyntheticBatch(t.db, [
      ...unit(LY_SON.specialZoneId, 11, 700),
      ...unit(LY_SON.districtId, 12, 700),
    ]);
  });

  const expected = async (extra: string, args: unknown[]) =>
    (
      await t.pool.query<{ id: string }>(
        `select id from child where status = 'active' and unit_id = any($1)
           and dob <= $2::date - interval '6 years' and dob > $2::date - interval '11 years' ${extra}
         order by name_sort collate "C", id`,
        [[LY_SON.specialZoneId, LY_SON.districtId], AS_OF, ...args],
      )
    ).rows.map((r) => r.id);

  it('the unfiltered list says "over 1,000" instead of counting every child', async () => {
    const page = await search(worker, { limit: 20 });
    expect([page.total, page.totalCapped, page.items.length]).toEqual([TOTAL_CAP, true, 20]);
  });

  it('a filtered page merges the two units in name order, and its count is exact under the cap', async () => {
    const want = await expected(`and sex = $3 and personal_id is null`, ['F']);
    expect(want.length).toBeGreaterThan(0);
    expect(want.length).toBeLessThan(TOTAL_CAP);
    const page = await search(worker, { ageBand: '6-11', sex: 'F', idProblem: 'missing', limit: 50 });
    expect(page.items.map((i) => i.id)).toEqual(want.slice(0, 50));
    expect([page.total, page.totalCapped]).toEqual([want.length, false]);
  });

  it('a filter off the index (hamlet) gives the same rows as SQL', async () => {
    const want = await expected(`and hamlet = $3`, ['Thôn Bắc']);
    const page = await search(worker, { ageBand: '6-11', hamlet: 'thon bac', limit: 30 });
    expect(page.items.map((i) => i.id)).toEqual(want.slice(0, 30));
    expect(page.total).toBe(Math.min(want.length, TOTAL_CAP));
  });
});
