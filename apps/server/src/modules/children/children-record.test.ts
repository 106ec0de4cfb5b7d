import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { childDto, childrenCountsDto, circumstanceDto, type ChildCreateInput } from '@vte/contracts';
import { createTestApp, type Session, type TestApp } from '../../test/harness';
import { LY_SON } from '../org';

// The child record through the API: create, read with a purpose, edit, move, and the attacks
// (bad input, other locality, other role). Sub-records and erasure: children-subrecords.test.ts.

let t: TestApp;
let worker: Session; // commune worker of the đặc khu Lý Sơn
let otherWorker: Session; // commune worker of Kon Tum (another locality)
let KON_TUM: string;

const girl = (over: Partial<ChildCreateInput> = {}): ChildCreateInput => ({
  fullName: 'Nguyễn Thị Ánh',
  dob: '2015-04-02',
  dobPrecision: 'day',
  sex: 'F',
  ethnicityCode: '01',
  personalId: '051315000123',
  unitId: LY_SON.specialZoneId,
  hamlet: 'Thôn Đông',
  address: 'Số 3, đường Trung tâm',
  guardians: [{ relation: 'me', fullName: 'Trần Thị Bình', phone: '0905 123 456' }],
  ...over,
});

beforeAll(async () => {
  t = await createTestApp();
  KON_TUM = (await t.db.execute<{ id: string }>(sql`select id from admin_unit where name = 'Kon Tum'`))
    .rows[0]!.id;
  worker = await t.userSession('commune_worker', { scopeUnitId: LY_SON.specialZoneId });
  otherWorker = await t.userSession('commune_worker', { scopeUnitId: KON_TUM });
});
afterAll(() => t.close());

const create = (body: ChildCreateInput, session = worker) =>
  t.post('/api/children', childDto, { session, body });
const countChildren = async () =>
  Number((await t.db.execute<{ n: string }>(sql`select count(*) as n from child`)).rows[0]!.n);
const auditRows = async (entityId: string) =>
  (
    await t.db.execute<{ action: string; entity: string; before: unknown; after: unknown; unit_id: string }>(
      sql`select action, entity, before, after, unit_id from audit_log where entity_id = ${entityId} order by id`,
    )
  ).rows;

describe('create and read', () => {
  it('creates a child with the first residence and guardians, audited without personal text', async () => {
    const r = await create(girl());
    expect(r.status).toBe(201);
    const c = r.body;
    expect(c).toMatchObject({
      fullName: 'Nguyễn Thị Ánh',
      personalId: '051315000123',
      personalIdKind: 'cccd12',
      idVerification: 'chua_xac_thuc',
      idBirthProvince: 'Quảng Ngãi',
      unit: { id: LY_SON.specialZoneId, name: 'Lý Sơn' },
      version: 1,
      status: 'active',
    });
    expect(c.residences).toHaveLength(1);
    expect(c.residences[0]).toMatchObject({ validTo: null, hamlet: 'Thôn Đông', kind: 'hien_tai' });
    expect(c.guardians[0]).toMatchObject({ relation: 'me', fullName: 'Trần Thị Bình' });
    const audit = await auditRows(c.id);
    expect(audit.map((a) => a.action)).toEqual(['create']);
    const logged = JSON.stringify(audit);
    for (const personal of ['Ánh', '051315000123', 'Bình', 'Trung tâm', '2015-04-02'])
      expect(logged).not.toContain(personal);
  });

  it('opens the page only with a purpose, and audits the opening with it', async () => {
    const c = (await create(girl({ fullName: 'Lê Văn Bảo', sex: 'M', personalId: '051215000124' }))).body;
    expect((await t.refused('GET', `/api/children/${c.id}`, { session: worker })).status).toBe(400);
    const unknown = await t.refused('GET', `/api/children/${c.id}?purpose=to_mo`, { session: worker });
    expect(unknown.body.error.code).toBe('CHILD_CODE_UNKNOWN');
    const r = await t.get(`/api/children/${c.id}?purpose=ho_tro_can_thiep`, childDto, { session: worker });
    expect(r.body.fullName).toBe('Lê Văn Bảo');
    expect(r.body.ageToday).toBeGreaterThanOrEqual(10);
    const reads = (await auditRows(c.id)).filter((a) => a.action === 'read');
    expect(reads).toHaveLength(1);
    expect(reads[0]!.after).toEqual({ purpose: 'ho_tro_can_thiep' });
    expect(reads[0]!.unit_id).toBe(LY_SON.specialZoneId);
  });

  it('lists the data-quality issues: legacy ID, partial date, missing guardian under 14, over 16', async () => {
    const a = (
      await create(girl({ personalId: '212345678', dob: '2019-05-01', dobPrecision: 'year', guardians: [] }))
    ).body;
    expect(a.dob).toBe('2019-01-01');
    expect(a.personalIdKind).toBe('cmnd9');
    expect(a.idVerification).toBe('sai_dinh_dang');
    expect(a.issues.map((i) => i.code).sort()).toEqual(['DOB_PARTIAL', 'GUARDIAN_MISSING', 'ID_LEGACY_CMND']);
    const b = (await create(girl({ personalId: null, dob: '2008-01-01', ethnicityCode: null }))).body;
    expect(b.issues.map((i) => i.code).sort()).toEqual(['ETHNICITY_MISSING', 'ID_MISSING', 'NOT_A_CHILD']);
  });
});

describe('bad input: 400 in Vietnamese, nothing saved', () => {
  it.each([
    ['a NUL in the name', { fullName: 'Nguyễn\u0000An' }],
    ['month 13', { dob: '2015-13-02' }],
    ['a date of birth in the future', { dob: '2099-01-01' }],
    ['a date of birth in 1890', { dob: '1890-01-01' }],
    ['an unknown sex', { sex: 'X' }],
    ['an unknown field', { religion: 'x' }],
    ['a name without letters', { fullName: '12345' }],
  ])('%s', async (_what, over) => {
    const before = await countChildren();
    const r = await t.apiRaw('POST', '/api/children', {
      session: worker,
      body: { ...girl({ personalId: null }), ...over },
    });
    expect(r.status).toBe(400);
    expect(r.body.error.message).toMatch(/[ạ-ỹđ]/);
    expect(await countChildren()).toBe(before);
  });

  it.each([
    ['letters in the ID', { personalId: '05131500O123' }, 'CHILD_ID_INVALID'],
    ['an ID whose digit 4 says boy', { personalId: '051215000999' }, 'CHILD_ID_INVALID'],
    ['an ID of another birth year', { personalId: '051314000999' }, 'CHILD_ID_INVALID'],
    ['an unknown ethnicity code', { ethnicityCode: '77' }, 'CHILD_CODE_UNKNOWN'],
    [
      'an unknown relation',
      { guardians: [{ relation: 'hang_xom_xa', fullName: 'Ai Đó' }] },
      'CHILD_CODE_UNKNOWN',
    ],
  ])('%s', async (_what, over, code) => {
    const before = await countChildren();
    const r = await t.refused('POST', '/api/children', {
      session: worker,
      body: girl(over as Partial<ChildCreateInput>),
    });
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe(code);
    expect(await countChildren()).toBe(before);
  });

  it('reports the ID findings with their codes', async () => {
    const r = await t.refused('POST', '/api/children', {
      session: worker,
      body: girl({ personalId: '051215000999' }),
    });
    expect(r.body.error.details).toEqual({
      issues: [expect.objectContaining({ code: 'ID_SEX_CENTURY', severity: 'error' })],
    });
  });

  it('refuses a unit outside the scope (403) and a unit that did not exist on the date (400)', async () => {
    const out = await t.refused('POST', '/api/children', {
      session: worker,
      body: girl({ personalId: null, unitId: KON_TUM }),
    });
    expect(out.status).toBe(403);
    const gone = await t.refused('POST', '/api/children', {
      session: worker,
      body: girl({ personalId: null, unitId: LY_SON.districtId }),
    });
    expect(gone.body.error.code).toBe('CHILD_UNIT_NOT_VALID');
  });
});

describe('duplicates of the personal ID across the register', () => {
  it('refuses an ID held in another province without saying where; in scope it names the child', async () => {
    const id = '062316000777';
    await create(
      girl({ personalId: id, dob: '2016-02-02', unitId: KON_TUM, livesSince: '2024-01-01' }),
      otherWorker,
    );
    const far = await t.refused('POST', '/api/children', {
      session: worker,
      body: girl({ personalId: id, dob: '2016-02-02' }),
    });
    expect(far.status).toBe(409);
    expect(far.body.error.code).toBe('CHILD_ID_DUPLICATE');
    expect(far.body.error.details).toBeUndefined();
    const near = (await create(girl({ personalId: '051316000778', dob: '2016-03-03' }))).body;
    const again = await t.refused('POST', '/api/children', {
      session: worker,
      body: girl({ personalId: '051316000778', dob: '2016-03-03' }),
    });
    expect(again.body.error.details).toEqual({ childId: near.id });
  });
});

describe('the same ID twice at once', () => {
  it('saves one and refuses the other with 409, never a 500', async () => {
    const body = girl({ personalId: '051317000888', dob: '2017-07-07' });
    const [a, b] = await Promise.all([
      t.apiRaw('POST', '/api/children', { session: worker, body }),
      t.apiRaw('POST', '/api/children', { session: worker, body }),
    ]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    expect([a, b].find((r) => r.status === 409)!.body.error.code).toBe('CHILD_ID_DUPLICATE');
  });
});

describe('update and move', () => {
  it('updates with the version and refuses a stale one (409)', async () => {
    const c = (await create(girl({ personalId: null, fullName: 'Phạm Thị Cúc' }))).body;
    const u = await t.patch(`/api/children/${c.id}`, childDto, {
      session: worker,
      body: { version: 1, fullName: 'Phạm Thị Thu Cúc', hamlet: 'Thôn Tây' },
    });
    expect(u.body).toMatchObject({ fullName: 'Phạm Thị Thu Cúc', version: 2, hamlet: 'Thôn Tây' });
    expect(u.body.residences[0]!.hamlet).toBe('Thôn Tây');
    const stale = await t.refused('PATCH', `/api/children/${c.id}`, {
      session: worker,
      body: { version: 1, notes: 'x' },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('CHILD_VERSION_CONFLICT');
    const empty = await t.refused('PATCH', `/api/children/${c.id}`, {
      session: worker,
      body: { version: 2 },
    });
    expect(empty.status).toBe(400);
    const audit = (await auditRows(c.id)).filter((a) => a.action === 'update');
    expect(audit).toHaveLength(1);
    expect(audit[0]!.after).toEqual({ fullName: '***', hamlet: '***' });
  });

  it('checks a new ID on edit: refused when taken, re-checked against the new date of birth', async () => {
    const taken = (await create(girl({ personalId: '051314000555', dob: '2014-02-02' }))).body;
    const c = (await create(girl({ personalId: null, dob: '2014-03-03' }))).body;
    const dup = await t.refused('PATCH', `/api/children/${c.id}`, {
      session: worker,
      body: { version: 1, personalId: taken.personalId },
    });
    expect(dup.body.error.code).toBe('CHILD_ID_DUPLICATE');
    const set = await t.patch(`/api/children/${c.id}`, childDto, {
      session: worker,
      body: { version: 1, personalId: '051314000556' },
    });
    expect(set.body).toMatchObject({
      personalId: '051314000556',
      idVerification: 'chua_xac_thuc',
      version: 2,
    });
    const wrongYear = await t.refused('PATCH', `/api/children/${c.id}`, {
      session: worker,
      body: { version: 2, dob: '2015-03-03' },
    });
    expect(wrongYear.body.error.code).toBe('CHILD_ID_INVALID');
  });

  it('moves: closes the open residence the day before and opens the new one', async () => {
    const c = (await create(girl({ personalId: null, livesSince: '2024-01-01', unitId: LY_SON.districtId })))
      .body;
    const m = await t.post(`/api/children/${c.id}/moves`, childDto, {
      session: worker,
      body: { version: 1, date: '2025-09-01', unitId: LY_SON.specialZoneId, hamlet: 'Thôn Bắc' },
    });
    expect(m.body.unit.id).toBe(LY_SON.specialZoneId);
    expect(m.body.residences.map((r) => [r.unit.id, r.validFrom, r.validTo])).toEqual([
      [LY_SON.districtId, '2024-01-01', '2025-08-31'],
      [LY_SON.specialZoneId, '2025-09-01', null],
    ]);
    const early = await t.refused('POST', `/api/children/${c.id}/moves`, {
      session: worker,
      body: { version: 2, date: '2025-09-01', unitId: LY_SON.specialZoneId },
    });
    expect(early.body.error.code).toBe('CHILD_MOVE_DATE_INVALID');
    const out = await t.refused('POST', `/api/children/${c.id}/moves`, {
      session: worker,
      body: { version: 2, date: '2025-10-01', unitId: KON_TUM },
    });
    expect(out.status).toBe(403);
  });
});

describe('unit succession: Lý Sơn district → đặc khu', () => {
  it('a child living in the district since 2020 is seen by the đặc khu’s workers without retyping', async () => {
    const c = (await create(girl({ personalId: null, livesSince: '2020-03-01', unitId: LY_SON.districtId })))
      .body;
    const colleague = await t.userSession('commune_worker', { scopeUnitId: LY_SON.specialZoneId });
    const r = await t.get(`/api/children/${c.id}?purpose=quan_ly`, childDto, { session: colleague });
    expect(r.body.unit.id).toBe(LY_SON.districtId);
    expect(r.body.residences).toHaveLength(1);
    expect(
      (await t.refused('GET', `/api/children/${c.id}?purpose=quan_ly`, { session: otherWorker })).status,
    ).toBe(404);
  });
  it('is counted under the đặc khu today, with a circumstance, without retyping', async () => {
    const count = async () =>
      (
        await t.post('/api/children/counts', childrenCountsDto, {
          session: worker,
          body: { unitId: LY_SON.specialZoneId, date: '2026-01-15' },
        })
      ).body;
    const before = await count();
    const c = (await create(girl({ personalId: null, livesSince: '2021-05-01', unitId: LY_SON.districtId })))
      .body;
    await t.post(`/api/children/${c.id}/circumstances`, circumstanceDto, {
      session: worker,
      body: { groupCode: 'd', fromDate: '2022-01-01' },
    });
    const after = await count();
    expect(after.children - before.children).toBe(1);
    expect(after.special - before.special).toBe(1);
  });
});

describe('other locality and other roles', () => {
  it('answers 404 to another locality, and audits the refused write', async () => {
    const c = (await create(girl({ personalId: null }))).body;
    const read = await t.refused('GET', `/api/children/${c.id}?purpose=quan_ly`, { session: otherWorker });
    expect(read.status).toBe(404);
    expect(read.body.error.code).toBe('CHILD_NOT_FOUND');
    const write = await t.refused('PATCH', `/api/children/${c.id}`, {
      session: otherWorker,
      body: { version: 1, notes: 'x' },
    });
    expect(write.status).toBe(404);
    const refused = (await auditRows(c.id)).filter((a) => JSON.stringify(a.after).includes('out_of_scope'));
    expect(refused).toHaveLength(1);
    expect(
      (await t.get(`/api/children/${c.id}?purpose=quan_ly`, childDto, { session: worker })).body.notes,
    ).toBeNull();
  });

  it('refuses records to roles with counts or masked lists only (403)', async () => {
    const c = (await create(girl({ personalId: null }))).body;
    for (const role of [
      'leader',
      'province_viewer',
      'agency_reporter',
      'police',
      'auditor',
      'admin',
    ] as const) {
      const s = await t.userSession(role, { scopeUnitId: role === 'admin' ? null : LY_SON.specialZoneId });
      expect(
        (await t.refused('GET', `/api/children/${c.id}?purpose=quan_ly`, { session: s })).status,
        role,
      ).toBe(403);
      expect(
        (await t.refused('POST', '/api/children', { session: s, body: girl({ personalId: null }) })).status,
        role,
      ).toBe(403);
    }
  });
});
