import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { childrenCountsDto } from '@vte/contracts';
import { LY_SON } from '../org';
import { createTestApp, type Session, type TestApp } from '../../test/harness';
import { addChild } from '../../test/register-children';

// Live counts (DP.0101, DP.0301, DP.0304) for a unit and a day, through the API.
let t: TestApp;
let focal: Session;
let zoneWorker: Session;
let provinceViewer: Session;
let reporter: Session;
const P = LY_SON.provinceId;
const district = LY_SON.districtId;
const zone = LY_SON.specialZoneId;
let anVinh: string;
let konTum: string;

const counts = async (session: Session, unitId: string, date: string, byUnit = false) =>
  (
    await t.get(`/api/children/counts?unitId=${unitId}&date=${date}&byUnit=${byUnit}`, childrenCountsDto, {
      session,
    })
  ).body;

beforeAll(async () => {
  t = await createTestApp();
  const unitNamed = async (name: string) =>
    (await t.pool.query<{ id: string }>('select id from admin_unit where name = $1', [name])).rows[0]!.id;
  anVinh = await unitNamed('An Vĩnh');
  konTum = await unitNamed('Kon Tum');
  focal = await t.userSession('focal_officer', { scopeUnitId: district, agencyId: LY_SON.agency('noi-vu') });
  zoneWorker = await t.userSession('commune_worker', { scopeUnitId: zone });
  provinceViewer = await t.userSession('province_viewer', { scopeUnitId: P });
  reporter = await t.userSession('agency_reporter', {
    scopeUnitId: district,
    agencyId: LY_SON.agency('gddt'),
  });
  const at = (unitId: string, from = '2015-01-01') => [{ unitId, from }];
  // Turns 16 on 30/6/2025: counted on the 29th, not on his birthday.
  await addChild(t.pool, { provinceId: P, dob: '2009-06-30', sex: 'M', residences: at(district) });
  // Two (3 on 30/6/2025) and almost three: the band changes on the birthday.
  await addChild(t.pool, { provinceId: P, dob: '2022-06-30', sex: 'F', residences: at(district) });
  await addChild(t.pool, { provinceId: P, dob: '2022-07-01', sex: 'F', residences: at(district) });
  // Recorded in An Vĩnh (dissolved 2020): the district's, then the special zone's, without retyping.
  await addChild(t.pool, {
    provinceId: P,
    dob: '2015-03-10',
    sex: 'M',
    residences: at(anVinh),
    circumstances: [
      { group: 'a', from: '2024-01-01' },
      { group: 'c', from: '2025-01-01' },
    ],
  });
  // A circumstance ended before the day does not count; one starting after it neither.
  await addChild(t.pool, {
    provinceId: P,
    dob: '2012-01-01',
    sex: 'F',
    residences: at(district),
    circumstances: [
      { group: 'a', from: '2020-01-01', to: '2025-05-31' },
      { group: 'b', from: '2025-07-15' },
    ],
  });
  // Moved in from Kon Tum on 1/4/2025.
  await addChild(t.pool, {
    provinceId: P,
    dob: '2018-05-05',
    sex: 'M',
    residences: [
      { unitId: konTum, from: '2018-05-05', to: '2025-03-31' },
      { unitId: district, from: '2025-04-01' },
    ],
    circumstances: [{ group: 'b', from: '2018-05-05' }],
  });
  // Not counted: merged and erased records; a child without a date of birth is reported apart.
  await addChild(t.pool, { provinceId: P, dob: '2016-01-01', status: 'merged', residences: at(district) });
  await addChild(t.pool, { provinceId: P, dob: '2016-01-01', status: 'erased', residences: at(district) });
  await addChild(t.pool, { provinceId: P, dob: null, residences: at(district) });
  // In Kon Tum until the merger: Quảng Ngãi's from 1/7/2025.
  await addChild(t.pool, { provinceId: konTum, dob: '2019-09-09', sex: 'F', residences: at(konTum) });
});
afterAll(() => t.close());

describe('children counts', () => {
  it('counts children under 16 on the day: a child leaves on his 16th birthday, no batch', async () => {
    const before = await counts(focal, district, '2025-06-29');
    const on = await counts(focal, district, '2025-06-30');
    expect(before.children).toBe(on.children + 1);
    expect(on.children).toBe(5);
    expect(on.undated).toBe(1);
    expect(on.source).toBe('Sổ theo dõi trẻ em, tính đến 30/06/2025');
    expect(on.note).toMatch(/không chứa tên/);
  });

  it('puts a child in the age band of the day, changing on the birthday', async () => {
    const on = await counts(focal, district, '2025-06-30');
    const band = (k: string) => on.byAge.find((b) => b.band === k)!.children;
    expect([band('0-2'), band('3-5'), band('6-10'), band('11-15')]).toEqual([1, 1, 2, 1]);
    expect(on.bySex.find((s) => s.sex === 'F')!.children).toBe(3);
    const dp0101 = on.indicators.find((i) => i.code === 'DP.0101')!.cells;
    expect(dp0101).toMatchObject({
      '': 5,
      'sex=nam': 2,
      'sex=nu': 3,
      'age=0-5': 2,
      'age=6-10': 2,
      'age=11-15': 1,
    });
  });

  it('counts special circumstances valid on the day, a child once in DP.0301 and once per group', async () => {
    const on = await counts(focal, district, '2025-06-30');
    expect(on.special).toBe(2);
    expect(on.byGroup.map((g) => [g.groupCode, g.children])).toEqual([
      ['a', 1],
      ['b', 1],
      ['c', 1],
    ]);
    expect(on.specialRate).toBe(40);
    expect(on.indicators.find((i) => i.code === 'DP.0304')!.cells['']).toBe(40);
    const may = await counts(focal, district, '2025-05-01');
    expect(may.special).toBe(3);
  });

  it('follows residence over time: a child moved in counts from the move on', async () => {
    expect((await counts(focal, district, '2025-03-31')).bySex.find((s) => s.sex === 'M')!.children).toBe(2);
    expect((await counts(focal, district, '2025-04-01')).bySex.find((s) => s.sex === 'M')!.children).toBe(3);
  });

  it('follows successions: the district on 30/6/2025, the special zone from 1/7/2025', async () => {
    const zoneAfter = await counts(zoneWorker, zone, '2025-07-01');
    expect(zoneAfter.children).toBe(5);
    // The special zone asked for a day before it existed: the district it came from.
    expect((await counts(zoneWorker, zone, '2025-06-30')).children).toBe(5);
    const province = await counts(provinceViewer, P, '2025-06-30', true);
    expect(province.children).toBe(5);
    expect(province.units!.map((u) => [u.unitName, u.children])).toEqual([['Huyện Lý Sơn', 5]]);
    const after = await counts(provinceViewer, P, '2025-07-01', true);
    // Kon Tum merged into Quảng Ngãi on 1/7/2025: its child counts for the province from then.
    expect(after.children).toBe(6);
    expect(after.units!.map((u) => u.children).sort()).toEqual([1, 5]);
    const cube = after.units!.find((u) => u.children === 5)!.cube;
    expect(cube.find((c) => c.sex === 'M' && c.band === '6-10')).toMatchObject({
      children: 2,
      special: 2,
      groups: { a: 1, b: 1, c: 1 },
    });
  });

  it('follows changes of the record at once: a merge, a corrected date of birth, an undone merge', async () => {
    const id = await addChild(t.pool, {
      provinceId: P,
      dob: '2024-01-01',
      sex: 'F',
      residences: [{ unitId: district, from: '2024-01-01' }],
    });
    const n = async () =>
      (await counts(focal, district, '2025-06-30')).byAge.find((b) => b.band === '0-2')!.children;
    expect(await n()).toBe(2);
    await t.pool.query(`update child set status = 'merged' where id = $1`, [id]);
    expect(await n()).toBe(1);
    await t.pool.query(`update child set status = 'active', dob = '2016-01-01' where id = $1`, [id]);
    expect(await n()).toBe(1);
    expect((await counts(focal, district, '2025-06-30')).children).toBe(6);
    await t.pool.query(`delete from child_residence where child_id = $1`, [id]);
    await t.pool.query(`delete from child where id = $1`, [id]);
  });

  it('answers the same by POST, for any role with children.counts in scope', async () => {
    const r = await t.post('/api/children/counts', childrenCountsDto, {
      session: reporter,
      body: { unitId: district, date: '2025-06-30' },
    });
    expect(r.status).toBe(200);
    expect(r.body.children).toBe(5);
    expect(r.body.units).toBeNull();
  });

  it('refuses another locality (404), bad input (400 in Vietnamese) and anonymous callers', async () => {
    const other = await t.refused('GET', `/api/children/counts?unitId=${P}&date=2025-06-30`, {
      session: focal,
    });
    expect([other.status, other.body.error.code]).toEqual([404, 'CHILDREN_COUNTS_UNIT_NOT_FOUND']);
    const unknown = await t.refused(
      'GET',
      `/api/children/counts?unitId=${crypto.randomUUID()}&date=2025-06-30`,
      {
        session: provinceViewer,
      },
    );
    expect(unknown.status).toBe(404);
    for (const q of [
      `unitId=${district}&date=2025-02-30`,
      `unitId=${district}&date=1890-01-01`,
      'date=2025-01-01',
    ])
      expect((await t.refused('GET', `/api/children/counts?${q}`, { session: focal })).status).toBe(400);
    const bad = await t.apiRaw('POST', '/api/children/counts', {
      session: focal,
      body: { unitId: district, date: '2025-06-30', name: 'Nguyễn Văn A' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/[à-ỹ]/);
    expect((await t.refused('GET', `/api/children/counts?unitId=${district}&date=2025-06-30`)).status).toBe(
      401,
    );
  });
});
