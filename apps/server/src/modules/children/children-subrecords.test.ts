import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import {
  childDto,
  childTombstoneDto,
  circumstanceDto,
  consentDto,
  guardianDto,
  riskDto,
  type ChildCreateInput,
} from '@vte/contracts';
import { buildApp } from '../../app';
import { createTestApp, type Session, type TestApp } from '../../test/harness';
import { LY_SON } from '../org';

// Guardians, circumstances, risks, consents; erasure and its tombstone; and the log stream.

let t: TestApp;
let worker: Session;
let otherWorker: Session;

const boy = (over: Partial<ChildCreateInput> = {}): ChildCreateInput => ({
  fullName: 'Võ Minh Khôi',
  dob: '2016-06-15',
  sex: 'M',
  ethnicityCode: '01',
  personalId: '051216000321',
  unitId: LY_SON.specialZoneId,
  hamlet: 'Thôn Tây',
  address: 'Tổ 4',
  guardians: [{ relation: 'cha', fullName: 'Võ Văn Hùng', phone: '0912345678' }],
  ...over,
});

beforeAll(async () => {
  t = await createTestApp();
  worker = await t.userSession('commune_worker', { scopeUnitId: LY_SON.specialZoneId });
  const kt = (await t.db.execute<{ id: string }>(sql`select id from admin_unit where name = 'Kon Tum'`))
    .rows[0]!.id;
  otherWorker = await t.userSession('commune_worker', { scopeUnitId: kt });
});
afterAll(() => t.close());

const create = async (over: Partial<ChildCreateInput> = {}) =>
  (await t.post('/api/children', childDto, { session: worker, body: boy(over) })).body;
const page = async (id: string) =>
  (await t.get(`/api/children/${id}?purpose=quan_ly`, childDto, { session: worker })).body;

describe('circumstances and risks', () => {
  it('adds a group with a sub-type of that group, ends it with an end date, audited before/after', async () => {
    const c = await create({ personalId: null });
    const added = await t.post(`/api/children/${c.id}/circumstances`, circumstanceDto, {
      session: worker,
      body: { groupCode: 'a', subtypeCode: '3.3', fromDate: '2024-02-01', source: 'Biên bản xác minh' },
    });
    expect(added.body).toMatchObject({ groupCode: 'a', subtypeCode: '3.3', toDate: null });
    const ended = await t.patch(`/api/children/${c.id}/circumstances/${added.body.id}`, circumstanceDto, {
      session: worker,
      body: { toDate: '2025-01-31', endReason: 'Được nhận làm con nuôi' },
    });
    expect(ended.body.toDate).toBe('2025-01-31');
    const audit = await t.db.execute<{ action: string; before: unknown; after: unknown }>(
      sql`select action, before, after from audit_log where entity = 'child_circumstance' and entity_id = ${added.body.id} order by id`,
    );
    expect(audit.rows.map((r) => r.action)).toEqual(['create', 'update']);
    expect(audit.rows[1]!.before).toMatchObject({ toDate: null, endReason: null });
    expect(audit.rows[1]!.after).toMatchObject({ toDate: '2025-01-31', endReason: '***' });
    expect((await page(c.id)).circumstances).toHaveLength(1);
  });

  it('refuses a sub-type of another group, unknown codes and an end before the start', async () => {
    const c = await create({ personalId: null });
    const url = `/api/children/${c.id}/circumstances`;
    const mismatch = await t.refused('POST', url, {
      session: worker,
      body: { groupCode: 'b', subtypeCode: '3.1', fromDate: '2024-01-01' },
    });
    expect(mismatch.body.error.code).toBe('CHILD_SUBTYPE_MISMATCH');
    const unknown = await t.refused('POST', url, {
      session: worker,
      body: { groupCode: 'z', fromDate: '2024-01-01' },
    });
    expect(unknown.body.error.code).toBe('CHILD_CODE_UNKNOWN');
    const order = await t.refused('POST', `/api/children/${c.id}/risks`, {
      session: worker,
      body: { riskCode: 'ho_ngheo', fromDate: '2024-05-01', toDate: '2024-01-01' },
    });
    expect(order.body.error.code).toBe('CHILD_DATE_ORDER');
    const future = await t.refused('POST', url, {
      session: worker,
      body: { groupCode: 'd', fromDate: '2099-01-01' },
    });
    expect(future.status).toBe(400);
    expect((await page(c.id)).circumstances).toEqual([]);
    expect((await page(c.id)).risks).toEqual([]);
  });

  it('adds and ends a risk', async () => {
    const c = await create({ personalId: null });
    const r = await t.post(`/api/children/${c.id}/risks`, riskDto, {
      session: worker,
      body: { riskCode: 'cha_me_di_xa', fromDate: '2025-03-01' },
    });
    await t.patch(`/api/children/${c.id}/risks/${r.body.id}`, riskDto, {
      session: worker,
      body: { toDate: '2025-12-31' },
    });
    expect((await page(c.id)).risks[0]).toMatchObject({ riskCode: 'cha_me_di_xa', toDate: '2025-12-31' });
  });
});

describe('guardians and consents', () => {
  it('adds a guardian and ends one; a child under 14 without a current guardian is flagged', async () => {
    const c = await create({ personalId: null });
    const g = (await page(c.id)).guardians[0]!;
    await t.patch(`/api/children/${c.id}/guardians/${g.id}`, guardianDto, {
      session: worker,
      body: { validTo: '2025-01-01' },
    });
    expect((await page(c.id)).issues.map((i) => i.code)).toContain('GUARDIAN_MISSING');
    await t.post(`/api/children/${c.id}/guardians`, guardianDto, {
      session: worker,
      body: { relation: 'ong_ba', fullName: 'Võ Thị Lành', isPrimaryContact: true },
    });
    expect((await page(c.id)).issues.map((i) => i.code)).not.toContain('GUARDIAN_MISSING');
  });

  it('needs the child’s own consent to disclose from age 7 (Law 91/2025), not below', async () => {
    const nine = await create({ personalId: null });
    const consent = {
      purpose: 'truyen_thong',
      representativeName: 'Võ Văn Hùng',
      representativeRelation: 'cha',
      method: 'van_ban',
      givenOn: '2025-10-01',
    };
    const refused = await t.refused('POST', `/api/children/${nine.id}/consents`, {
      session: worker,
      body: consent,
    });
    expect(refused.body.error.code).toBe('CHILD_CONSENT_CHILD_REQUIRED');
    expect(refused.body.error.message).toMatch(/7 tuổi/);
    const ok = await t.post(`/api/children/${nine.id}/consents`, consentDto, {
      session: worker,
      body: { ...consent, givenByChild: true },
    });
    expect(ok.body.givenByChild).toBe(true);
    const withdrawn = await t.patch(`/api/children/${nine.id}/consents/${ok.body.id}`, consentDto, {
      session: worker,
      body: { withdrawnOn: '2025-11-01' },
    });
    expect(withdrawn.body.withdrawnOn).toBe('2025-11-01');
    const five = await create({ personalId: null, dob: '2021-01-01' });
    await t.post(`/api/children/${five.id}/consents`, consentDto, { session: worker, body: consent });
  });

  it('answers 404 to another locality’s writes, audited, and 404 for a sub-record of another child', async () => {
    const c = await create({ personalId: null });
    const other = await create({ personalId: null });
    const g = (await page(c.id)).guardians[0]!;
    const far = await t.refused('POST', `/api/children/${c.id}/guardians`, {
      session: otherWorker,
      body: { relation: 'me', fullName: 'Ai Đó' },
    });
    expect(far.status).toBe(404);
    const audited = await t.db.execute(
      sql`select 1 from audit_log where entity_id = ${c.id} and after->>'refused' = 'out_of_scope'`,
    );
    expect(audited.rows).toHaveLength(1);
    const wrong = await t.refused('PATCH', `/api/children/${other.id}/guardians/${g.id}`, {
      session: worker,
      body: { validTo: '2025-01-01' },
    });
    expect(wrong.body.error.code).toBe('CHILD_SUBRECORD_NOT_FOUND');
    const leader = await t.userSession('leader', { scopeUnitId: LY_SON.specialZoneId });
    const role = await t.refused('POST', `/api/children/${c.id}/risks`, {
      session: leader,
      body: { riskCode: 'khac', fromDate: '2025-01-01' },
    });
    expect(role.status).toBe(403);
  });
});

describe('an empty PATCH changes nothing and answers 400', () => {
  it('on every PATCH route of the record', async () => {
    const c = await create({ personalId: null });
    const g = (await page(c.id)).guardians[0]!;
    const sub = async (path: string, body: object) =>
      (await t.apiRaw('POST', `/api/children/${c.id}/${path}`, { session: worker, body })).body.id as string;
    const ids = {
      guardians: g.id,
      circumstances: await sub('circumstances', { groupCode: 'd', fromDate: '2024-01-01' }),
      risks: await sub('risks', { riskCode: 'khac', fromDate: '2024-01-01' }),
      consents: await sub('consents', {
        purpose: 'khac',
        representativeName: 'Võ Văn Hùng',
        representativeRelation: 'cha',
        method: 'van_ban',
        givenOn: '2025-01-01',
      }),
    };
    const urls = [
      `/api/children/${c.id}`,
      ...Object.entries(ids).map(([p, id]) => `/api/children/${c.id}/${p}/${id}`),
    ];
    for (const [url, body] of [...urls.map((u) => [u, {}] as const), [urls[0]!, { version: 1 }] as const]) {
      const r = await t.apiRaw('PATCH', url, { session: worker, body });
      expect(r.status, url).toBe(400);
    }
    expect((await page(c.id)).version).toBe(1);
  });

  it('never resets a field it does not name (a primary contact stays one when ended)', async () => {
    const c = await create({
      personalId: null,
      guardians: [{ relation: 'me', fullName: 'Lê Thị Hoa', isPrimaryContact: true }],
    });
    const g = (await page(c.id)).guardians[0]!;
    const r = await t.patch(`/api/children/${c.id}/guardians/${g.id}`, guardianDto, {
      session: worker,
      body: { validTo: '2025-06-30' },
    });
    expect(r.body.isPrimaryContact).toBe(true);
  });
});

describe('erasure on a lawful request', () => {
  it('empties personal fields, removes sub-records, answers 404 after, and leaves an audited tombstone', async () => {
    const c = await create();
    await t.post(`/api/children/${c.id}/circumstances`, circumstanceDto, {
      session: worker,
      body: { groupCode: 'd', fromDate: '2024-01-01', evidence: 'Giấy xác nhận khuyết tật' },
    });
    const bad = await t.refused('POST', `/api/children/${c.id}/erase`, {
      session: worker,
      body: { requestRef: '' },
    });
    expect(bad.status).toBe(400);
    const r = await t.apiRaw('POST', `/api/children/${c.id}/erase`, {
      session: worker,
      body: { requestRef: 'Đơn yêu cầu số 12/2026', reason: 'Người đại diện yêu cầu xoá dữ liệu' },
    });
    expect(r.status).toBe(200);
    expect(
      (await t.refused('GET', `/api/children/${c.id}?purpose=quan_ly`, { session: worker })).status,
    ).toBe(404);
    const stored = await t.db.execute(sql`
      select (select row_to_json(c)::text from child c where id = ${c.id}) as child,
             (select count(*) from child_guardian where child_id = ${c.id}) as guardians,
             (select count(*) from child_circumstance where child_id = ${c.id}) as circumstances,
             (select string_agg(coalesce(hamlet, '') || coalesce(address, ''), '') from child_residence where child_id = ${c.id}) as places,
             (select string_agg(before::text || after::text, '') from audit_log where entity_id = ${c.id}) as audit`);
    const row = stored.rows[0] as Record<string, string>;
    expect(Number(row.guardians)).toBe(0);
    expect(Number(row.circumstances)).toBe(0);
    expect(row.places).toBe('');
    for (const personal of ['Khôi', 'khoi', '051216000321', '2016-06-15', 'Tổ 4', 'Hùng']) {
      expect(row.child, personal).not.toContain(personal);
      expect(row.audit ?? '', personal).not.toContain(personal);
    }
    expect(row.child).toContain('"status":"erased"');
    const auditor = await t.userSession('auditor', { scopeUnitId: LY_SON.specialZoneId });
    const tomb = await t.get(`/api/children/${c.id}/tombstone`, childTombstoneDto, { session: auditor });
    expect(tomb.body).toMatchObject({ status: 'erased', requestRef: 'Đơn yêu cầu số 12/2026' });
    expect((await t.refused('GET', `/api/children/${c.id}/tombstone`, { session: worker })).status).toBe(403);
    // The ID is free again for a correct record.
    await create({ fullName: 'Võ Minh Khôi' });
  });
});

describe('erasure of a child that absorbed a duplicate', () => {
  it('erases the merged record too and empties the merge snapshot; the undo is then refused', async () => {
    const twin = { fullName: 'Huỳnh Thị Mơ', dob: '2017-09-09', sex: 'F' as const, personalId: null };
    const mother = [{ relation: 'me', fullName: 'Huỳnh Thị Lụa' }];
    const a = await create({ ...twin, guardians: mother });
    const b = await create({ ...twin, hamlet: 'Thôn Nam', guardians: mother });
    await t.apiRaw('POST', '/api/children/duplicates/scan', {
      session: worker,
      body: { unitId: LY_SON.specialZoneId },
    });
    const pairs = (await t.apiRaw('GET', '/api/children/duplicates', { session: worker })).body.items as {
      id: string;
      a: { id: string };
      b: { id: string };
    }[];
    const pair = pairs.find((p) => [p.a.id, p.b.id].sort().join() === [a.id, b.id].sort().join())!;
    const merge = await t.apiRaw('POST', `/api/children/duplicates/${pair.id}/merge`, {
      session: worker,
      body: { survivorId: a.id },
    });
    expect(merge.status).toBe(200);
    const erase = await t.apiRaw('POST', `/api/children/${a.id}/erase`, {
      session: worker,
      body: { requestRef: 'Đơn 7/2026', reason: 'Yêu cầu của người đại diện' },
    });
    expect(erase.status).toBe(200);
    const left = await t.db.execute<{ rows: string; merges: string }>(sql`
      select (select string_agg(row_to_json(c)::text, '') from child c where id in (${a.id}, ${b.id})) as rows,
             (select string_agg(snapshot::text, '') from child_merge where survivor_id = ${a.id}) as merges`);
    for (const personal of ['Mơ', 'Lụa', 'Thôn Nam', '2017-09-09']) {
      expect(left.rows[0]!.rows, personal).not.toContain(personal);
      expect(left.rows[0]!.merges, personal).not.toContain(personal);
    }
    const undo = await t.apiRaw('POST', `/api/children/merges/${merge.body.mergeId}/undo`, {
      session: worker,
      body: {},
    });
    expect(undo.status).toBe(409);
  });
});

describe('logs', () => {
  it('hold nothing personal from the record routes', async () => {
    const lines: string[] = [];
    const app = await buildApp(
      { ...t.config, LOG_LEVEL: 'info' },
      { db: t.db, mode: 'external' },
      {
        write: (l: string) => void lines.push(l),
      },
    );
    await app.ready();
    const headers = { cookie: worker.cookie, 'x-csrf-token': worker.csrf };
    const body = boy({ fullName: 'Đinh Thị Xuân', personalId: '051316000456', dob: '2016-01-01', sex: 'F' });
    const created = await app.inject({ method: 'POST', url: '/api/children', headers, payload: body });
    expect(created.statusCode).toBe(201);
    const id = created.json().id as string;
    await app.inject({ method: 'GET', url: `/api/children/${id}?purpose=quan_ly`, headers });
    await app.inject({ method: 'POST', url: '/api/children', headers, payload: body }); // duplicate ID: 409
    await app.inject({
      method: 'POST',
      url: '/api/children',
      headers,
      payload: { ...body, personalId: '0513X' },
    });
    await app.close();
    const log = lines.join('');
    expect(log.length).toBeGreaterThan(0);
    for (const personal of ['Xuân', 'Đinh', '051316000456', '0513X', '2016-01-01', 'Tổ 4', id])
      expect(log, personal).not.toContain(personal);
  });
});
