import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { childDto, childrenCountsDto, circumstanceDto, type ChildrenCountsDto } from '@vte/contracts';
import { LY_SON } from '../org';
import { createTestApp, type Session, type TestApp } from '../../test/harness';
import { addChild } from '../../test/register-children';

// The counts' derived state (migration 0024): child_residence.child_special follows the child's
// circumstances whoever writes them (API, merge, erasure), so the special children read from the
// partial index are the ones the circumstances say; moves on the day and predecessor units.
let t: TestApp;
let worker: Session;
let viewer: Session;
const P = LY_SON.provinceId;
const district = LY_SON.districtId;
const zone = LY_SON.specialZoneId;
let anHai: string;
let anBinh: string;

const counts = async (unitId: string, date: string, byUnit = false): Promise<ChildrenCountsDto> =>
  (
    await t.get(`/api/children/counts?unitId=${unitId}&date=${date}&byUnit=${byUnit}`, childrenCountsDto, {
      session: viewer,
    })
  ).body;
const group = (c: ChildrenCountsDto, code: string) =>
  c.byGroup.find((g) => g.groupCode === code)?.children ?? 0;

/** Residence rows whose flag disagrees with the circumstances: always none. */
const flagDrift = async () =>
  (
    await t.pool.query<{ n: number }>(`select count(*)::int as n from child_residence r
      where r.child_special <> exists (select 1 from child_circumstance c
        where c.province_id = r.province_id and c.child_id = r.child_id)`)
  ).rows[0]!.n;

beforeAll(async () => {
  t = await createTestApp();
  const unitNamed = async (name: string) =>
    (await t.pool.query<{ id: string }>('select id from admin_unit where name = $1', [name])).rows[0]!.id;
  anHai = await unitNamed('An Hải');
  anBinh = await unitNamed('An Bình');
  worker = await t.userSession('commune_worker', { scopeUnitId: zone });
  viewer = await t.userSession('province_viewer', { scopeUnitId: P });
});
afterAll(() => t.close());

describe('children counts: special children', () => {
  it('counts a circumstance added through the API at once, and no more from the day after its end', async () => {
    const day = '2025-09-01';
    const child = await t.post('/api/children', childDto, {
      session: worker,
      body: {
        fullName: 'Phạm Thị Thu',
        dob: '2015-04-02',
        sex: 'F',
        unitId: zone,
        livesSince: '2025-07-01',
        ethnicityCode: '01',
      },
    });
    expect(child.status).toBe(201);
    const id = child.body.id;
    const before = await counts(zone, day);
    expect([before.children, before.special]).toEqual([1, 0]);
    const add = (fromDate: string) =>
      t.post(`/api/children/${id}/circumstances`, circumstanceDto, {
        session: worker,
        body: { groupCode: 'h', fromDate, source: 'Biên bản xác minh' },
      });
    const first = await add('2025-08-01');
    expect(first.status).toBe(201);
    const on = await counts(zone, day);
    expect([on.special, group(on, 'h')]).toEqual([1, 1]);
    // A second circumstance of the same group: still one child in the group.
    const second = await add('2025-08-15');
    expect(group(await counts(zone, day), 'h')).toBe(1);
    for (const c of [first.body, second.body])
      await t.patch(`/api/children/${id}/circumstances/${c.id}`, circumstanceDto, {
        session: worker,
        body: { toDate: day, endReason: 'Đã được hỗ trợ' },
      });
    expect((await counts(zone, day)).special).toBe(1);
    expect((await counts(zone, '2025-09-02')).special).toBe(0);
    expect(await flagDrift()).toBe(0);
  });

  it('follows circumstances moved to another record (merge) and removed (erasure)', async () => {
    const a = await addChild(t.pool, {
      provinceId: P,
      dob: '2012-02-02',
      residences: [{ unitId: zone, from: '2025-07-01' }],
      circumstances: [{ group: 'd', from: '2025-07-01' }],
    });
    const b = await addChild(t.pool, {
      provinceId: P,
      dob: '2010-10-10',
      residences: [{ unitId: zone, from: '2025-07-01' }],
    });
    const day = '2025-09-01';
    const base = await counts(zone, day);
    // The merge's move of the sub-records: the circumstance now belongs to b (same count).
    await t.pool.query(`update child_circumstance set child_id = $2 where child_id = $1`, [a, b]);
    expect(await flagDrift()).toBe(0);
    const moved = await counts(zone, day);
    expect([moved.special, group(moved, 'd')]).toEqual([base.special, group(base, 'd')]);
    const cubeOfB = moved.cube.find((c) => c.sex === 'M' && c.band === '11-15')!;
    expect(cubeOfB.groups.d).toBe(1);
    await t.pool.query(`delete from child_circumstance where child_id = $1`, [b]);
    expect(await flagDrift()).toBe(0);
    expect((await counts(zone, day)).special).toBe(base.special - 1);
  });

  it('counts a child who moves on the day once: the old unit until the day before, the new from the day', async () => {
    await addChild(t.pool, {
      provinceId: P,
      dob: '2010-03-03',
      sex: 'F',
      residences: [
        { unitId: anHai, from: '2010-03-03', to: '2019-05-31' },
        { unitId: anBinh, from: '2019-06-01' },
      ],
      circumstances: [{ group: 'k', from: '2018-01-01' }],
    });
    const unitsOn = async (day: string) =>
      Object.fromEntries(
        (await counts(district, day, true)).units!.map((u) => [u.unitName, [u.children, u.special]]),
      );
    expect(await unitsOn('2019-05-31')).toEqual({ 'Xã An Hải': [1, 1] });
    expect(await unitsOn('2019-06-01')).toEqual({ 'Xã An Bình': [1, 1] });
    const prov = async (day: string) => {
      const c = await counts(P, day);
      return [c.children, c.special];
    };
    expect(await prov('2019-06-01')).toEqual(await prov('2019-05-31'));
  });

  it("counts a former commune's children for its successor, a new period getting the child's flag", async () => {
    // Recorded in An Bình (dissolved 2020), the district's until 30/6/2025, the special zone's after.
    const id = await addChild(t.pool, {
      provinceId: P,
      dob: '2016-12-12',
      residences: [{ unitId: anBinh, from: '2016-12-12' }],
      circumstances: [{ group: 'b', from: '2020-01-01' }],
    });
    const zoneBefore = await counts(zone, '2025-07-01');
    expect(group(zoneBefore, 'b')).toBeGreaterThanOrEqual(1);
    // A period opened after the circumstance exists carries the flag from the start (fill trigger).
    await t.pool.query(`update child_residence set valid_to = '2025-07-31' where child_id = $1`, [id]);
    await t.pool.query(
      `insert into child_residence (province_id, child_id, unit_id, valid_from) values ($1, $2, $3, '2025-08-01')`,
      [P, id, zone],
    );
    expect(await flagDrift()).toBe(0);
    expect(group(await counts(zone, '2025-08-01'), 'b')).toBe(group(zoneBefore, 'b'));
  });
});
