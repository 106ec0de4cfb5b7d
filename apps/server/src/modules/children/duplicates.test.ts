import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  childMatchResultDto,
  duplicatePairDetailDto,
  duplicatePairDto,
  duplicatePairListDto,
  duplicateScanResultDto,
  mergeResultDto,
  undoResultDto,
} from '@vte/contracts';
import { createTestApp, type Session, type TestApp } from '../../test/harness';
import { LY_SON } from '../org';
import { addKid, auditOf, registerState, type Kid } from './duplicates.test-support';
import { onChildMerged, onMergeUndone, type MergeHookInfo } from './merge-hooks';

// Duplicates through the API: the forced search, the scan into the queue, the side-by-side read,
// merge and undo (row by row), "not the same child" remembered, and the attacks.

let t: TestApp;
let worker: Session; // commune worker of the đặc khu Lý Sơn (sees its predecessors too)
let anVinh: Session; // commune worker of An Vĩnh only
let otherWorker: Session; // Kon Tum
let leader: Session; // counts and masked lists only
let KON_TUM: string;
let AN_VINH: string;
let AN_HAI: string;
const unitNamed = async (name: string) =>
  (await t.pool.query<{ id: string }>(`select id from admin_unit where name = $1`, [name])).rows[0]!.id;

beforeAll(async () => {
  t = await createTestApp();
  [KON_TUM, AN_VINH, AN_HAI] = [
    await unitNamed('Kon Tum'),
    await unitNamed('An Vĩnh'),
    await unitNamed('An Hải'),
  ];
  worker = await t.userSession('commune_worker', { scopeUnitId: LY_SON.specialZoneId });
  anVinh = await t.userSession('commune_worker', { scopeUnitId: AN_VINH });
  otherWorker = await t.userSession('commune_worker', { scopeUnitId: KON_TUM });
  leader = await t.userSession('leader', { scopeUnitId: LY_SON.specialZoneId });
});
afterAll(() => t.close());

const parents = { mother: 'Phạm Thị Hoa', father: 'Nguyễn Văn Nam' };
const anh: Kid = { fullName: 'Nguyễn Thị Ánh', dob: '2015-03-07', ...parents, personalId: '051315000123' };
const scan = (unitId = LY_SON.specialZoneId, session = worker) =>
  t.post('/api/children/duplicates/scan', duplicateScanResultDto, { session, body: { unitId } });
const queue = async (session = worker) =>
  (await t.get('/api/children/duplicates', duplicatePairListDto, { session })).body.items;
const pairOf = async (x: string, y: string) =>
  (await queue()).find((p) => [p.a.id, p.b.id].sort().join() === [x, y].sort().join());

describe('forced search before a child is added', () => {
  let first: string;
  beforeAll(async () => {
    first = await addKid(t, anh);
  });

  it('finds the child typed without marks and in capitals, very likely, with its reasons', async () => {
    const r = await t.post('/api/children/match', childMatchResultDto, {
      session: worker,
      body: { fullName: 'NGUYEN THI ANH', dob: '2015-03-07', sex: 'F', motherName: 'pham thi hoa' },
    });
    expect(r.status).toBe(200);
    const hit = r.body.candidates.find((c) => c.id === first);
    expect(hit).toMatchObject({ kind: 'probable', band: 'very_likely', fullName: 'Nguyễn Thị Ánh' });
    expect(hit!.reasons).toEqual(expect.arrayContaining(['name_exact', 'dob_exact', 'parents_same']));
  });

  it('finds the same personal ID whatever the name, and shows a twin as a hint only', async () => {
    const twin = await addKid(t, { ...anh, fullName: 'Nguyễn Thị Ánh Dương', personalId: null });
    const r = await t.post('/api/children/match', childMatchResultDto, {
      session: worker,
      body: { fullName: 'Nguyễn Thị Ánh', dob: '2015-03-07', sex: 'F', motherName: parents.mother },
    });
    expect(r.body.twins.map((x) => x.id)).toContain(twin);
    expect(r.body.candidates.map((c) => c.id)).not.toContain(twin);
    const byId = await t.post('/api/children/match', childMatchResultDto, {
      session: worker,
      body: { fullName: 'Lê Văn Tèo', dob: '2016-01-01', personalId: '051 315 000 123' },
    });
    expect(byId.body.candidates[0]).toMatchObject({ id: first, kind: 'same_id', score: 1 });
  });

  it('answers nothing from another locality, 403 for a role without children.manage, 400 in Vietnamese', async () => {
    const other = await t.post('/api/children/match', childMatchResultDto, {
      session: otherWorker,
      body: { fullName: 'Nguyễn Thị Ánh', dob: '2015-03-07', personalId: '051315000123' },
    });
    expect(other.body.candidates).toEqual([]);
    const body = { fullName: 'Nguyễn Thị Ánh', dob: '2015-03-07' };
    expect((await t.refused('POST', '/api/children/match', { session: leader, body })).status).toBe(403);
    const bad = await t.refused('POST', '/api/children/match', {
      session: worker,
      body: { dob: '2015-13-45' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/[àáảãạăâđêôơư]/i);
  });
});

describe('scan, queue, side-by-side read', () => {
  let x: string;
  let y: string;
  let twinA: string;
  let twinB: string;
  beforeAll(async () => {
    x = await addKid(t, {
      fullName: 'Trần Bảo Ngọc',
      dob: '2014-02-11',
      mother: 'Lê Thị Mai',
      groups: ['a'],
    });
    y = await addKid(t, {
      fullName: 'TRAN BAO NGOC',
      dob: '2014-11-02',
      mother: 'Le Thi Mai',
      hamlet: 'Thôn Tây',
    });
    twinA = await addKid(t, { fullName: 'Võ Minh Khang', sex: 'M', dob: '2016-05-05', mother: 'Đỗ Thị Lan' });
    twinB = await addKid(t, { fullName: 'Võ Minh Khôi', sex: 'M', dob: '2016-05-05', mother: 'Đỗ Thị Lan' });
  });

  it('proposes the swapped-date pair, not the twins, and a second scan adds nothing', async () => {
    const r = await scan();
    expect(r.status).toBe(200);
    expect(r.body.found).toBeGreaterThanOrEqual(1);
    const pair = await pairOf(x, y);
    expect(pair).toMatchObject({ kind: 'probable', status: 'pending' });
    expect(pair!.reasons).toContain('dob_day_month_swapped');
    expect(await pairOf(twinA, twinB)).toBeUndefined();
    const before = (await queue()).length;
    await scan();
    expect((await queue()).length).toBe(before);
  });

  it('opens both records side by side, auditing each opening with the purpose lam_sach', async () => {
    const pair = (await pairOf(x, y))!;
    const r = await t.get(`/api/children/duplicates/${pair.id}`, duplicatePairDetailDto, { session: worker });
    expect([r.body.left.id, r.body.right.id].sort()).toEqual([x, y].sort());
    expect(r.body.left.guardians.length + r.body.right.guardians.length).toBe(2);
    for (const id of [x, y])
      expect(await auditOf(t, id)).toContainEqual(
        expect.objectContaining({
          action: 'read',
          entity: 'child',
          after: expect.objectContaining({ purpose: 'lam_sach' }),
        }),
      );
  });

  it('hides the pair from another locality (404, nothing audited as a read) and from a leader (403)', async () => {
    const pair = (await pairOf(x, y))!;
    const before = (await auditOf(t, x)).length;
    const r = await t.refused('GET', `/api/children/duplicates/${pair.id}`, { session: otherWorker });
    expect(r.status).toBe(404);
    expect(r.body.error.code).toBe('CHILD_DUPLICATE_NOT_FOUND');
    expect((await auditOf(t, x)).length).toBe(before);
    expect((await t.refused('GET', '/api/children/duplicates', { session: leader })).status).toBe(403);
    expect(
      (await t.get('/api/children/duplicates', duplicatePairListDto, { session: otherWorker })).body.items,
    ).toEqual([]);
    const scanOther = await t.refused('POST', '/api/children/duplicates/scan', {
      session: otherWorker,
      body: { unitId: LY_SON.specialZoneId },
    });
    expect(scanOther.status).toBe(404);
  });
});

describe('merge and undo', () => {
  it('merges field by field, moves every link, and undo restores every row exactly', async () => {
    const keep = await addKid(t, {
      fullName: 'Phạm Gia Huy',
      sex: 'M',
      dob: '2013-06-01',
      mother: 'Bùi Thị Thu',
    });
    const gone = await addKid(t, {
      fullName: 'PHAM GIA HUY',
      sex: 'M',
      dob: '2013-06-01',
      mother: 'Bui Thi Thu',
      father: 'Phạm Văn Long',
      personalId: '051213000777',
      groups: ['b'],
      residenceFrom: '2013-06-01',
    });
    await scan();
    const pair = (await pairOf(keep, gone))!;
    const before = await registerState(t, [keep, gone]);
    const r = await t.post(`/api/children/duplicates/${pair.id}/merge`, mergeResultDto, {
      session: worker,
      body: { survivorId: keep, fields: { personalId: gone } },
    });
    expect(r.status).toBe(200);
    const after = await registerState(t, [keep, gone]);
    const survivor = after.child!.find((c: any) => c.id === keep) as any;
    const merged = after.child!.find((c: any) => c.id === gone) as any;
    expect(survivor).toMatchObject({
      full_name: 'Phạm Gia Huy',
      personal_id: '051213000777',
      status: 'active',
    });
    expect(merged).toMatchObject({ status: 'merged', merged_into_id: keep });
    // The father and the group moved; the same mother stayed; the overlapping residence stayed.
    const guardians = after
      .child_guardian!.filter((g: any) => g.child_id === keep)
      .map((g: any) => g.relation);
    expect(guardians.sort()).toEqual(['cha', 'me']);
    expect(after.child_circumstance!.every((c: any) => c.child_id === keep)).toBe(true);
    expect(await pairOf(keep, gone)).toBeUndefined();
    expect(await auditOf(t, r.body.mergeId)).toEqual([
      expect.objectContaining({ action: 'create', entity: 'child_merge' }),
    ]);

    const u = await t.post(`/api/children/merges/${r.body.mergeId}/undo`, undoResultDto, {
      session: worker,
      body: {},
    });
    expect(u.status).toBe(200);
    expect(await registerState(t, [keep, gone])).toEqual(before);
    expect(await pairOf(keep, gone)).toMatchObject({ status: 'pending' });
    const again = await t.refused('POST', `/api/children/merges/${r.body.mergeId}/undo`, {
      session: worker,
      body: {},
    });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('CHILD_MERGE_UNDO_STALE');
  });

  it('refuses a bad choice (400, nothing saved), another locality (404, audited), a stale pair (409)', async () => {
    const a = await addKid(t, { fullName: 'Lê Hoàng Nam', sex: 'M', dob: '2012-09-09' });
    const b = await addKid(t, { fullName: 'Le Hoang Nam', sex: 'M', dob: '2012-09-09' });
    await scan();
    const pair = (await pairOf(a, b))!;
    const url = `/api/children/duplicates/${pair.id}/merge`;
    const before = await registerState(t, [a, b]);
    const bad = await t.refused('POST', url, {
      session: worker,
      body: { survivorId: a, fields: { fullName: KON_TUM } },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('CHILD_MERGE_CHOICE_INVALID');
    expect((await t.refused('POST', url, { session: worker, body: { survivorId: 'x' } })).status).toBe(400);
    const far = await t.refused('POST', url, { session: otherWorker, body: { survivorId: a } });
    expect(far.status).toBe(404);
    expect(await auditOf(t, pair.id)).toContainEqual(
      expect.objectContaining({ action: 'update', after: { refused: 'out_of_scope' } }),
    );
    expect((await t.refused('POST', url, { session: leader, body: { survivorId: a } })).status).toBe(403);
    expect(await registerState(t, [a, b])).toEqual(before);
    await t.post(url, mergeResultDto, { session: worker, body: { survivorId: a } });
    const stale = await t.refused('POST', url, { session: worker, body: { survivorId: b } });
    expect(stale.status).toBe(409);
    expect(stale.body.error.message).toMatch(/đã được xử lý/);
  });

  it('a pair across two units where the user sees only one is 404', async () => {
    const here = await addKid(t, {
      fullName: 'Đặng Thu Hà',
      dob: '2011-01-15',
      unitId: AN_VINH,
      residenceFrom: '2024-01-01',
    });
    const there = await addKid(t, {
      fullName: 'Dang Thu Ha',
      dob: '2011-01-15',
      unitId: AN_HAI,
      residenceFrom: '2024-01-01',
    });
    const [childA, childB] = [here, there].sort();
    const { rows } = await t.pool.query<{ id: string }>(
      `insert into child_duplicate (province_id, child_a, child_b, score, kind) values ($1, $2, $3, 0.95, 'probable') returning id`,
      [LY_SON.provinceId, childA, childB],
    );
    const id = rows[0]!.id;
    expect((await t.refused('GET', `/api/children/duplicates/${id}`, { session: anVinh })).status).toBe(404);
    expect(
      (
        await t.refused('POST', `/api/children/duplicates/${id}/merge`, {
          session: anVinh,
          body: { survivorId: here },
        })
      ).status,
    ).toBe(404);
    expect(
      (await t.get('/api/children/duplicates', duplicatePairListDto, { session: anVinh })).body.items,
    ).toEqual([]);
    expect(
      (await t.get(`/api/children/duplicates/${id}`, duplicatePairDetailDto, { session: worker })).status,
    ).toBe(200);
  });
});

describe('not the same child', () => {
  it('is remembered: never proposed again, also after a re-scan', async () => {
    const a = await addKid(t, { fullName: 'Hồ Ngọc Diệp', dob: '2017-04-04' });
    const b = await addKid(t, { fullName: 'Ho Ngoc Diep', dob: '2017-04-05' });
    await scan();
    const pair = (await pairOf(a, b))!;
    const r = await t.post(`/api/children/duplicates/${pair.id}/not-same`, duplicatePairDto, {
      session: worker,
      body: {},
    });
    expect(r.body.status).toBe('different');
    await scan();
    expect(await pairOf(a, b)).toBeUndefined();
    const { rows } = await t.pool.query(`select status from child_duplicate where id = $1`, [pair.id]);
    expect(rows).toEqual([{ status: 'different' }]);
    const merge = await t.refused('POST', `/api/children/duplicates/${pair.id}/merge`, {
      session: worker,
      body: { survivorId: a },
    });
    expect(merge.status).toBe(409);
  });
});

describe('links of later modules and stale pairs', () => {
  it('runs the merge hooks (cases, support) and gives the undo hook what the merge hook returned', async () => {
    const calls: string[] = [];
    onChildMerged('test-module', async (_tx, info: MergeHookInfo) => {
      calls.push(`merged ${info.mergedId}->${info.survivorId}`);
      return { moved: ['case-1'] };
    });
    onMergeUndone('test-module', async (_tx, info, moved) => {
      calls.push(`undone ${info.mergedId} ${JSON.stringify(moved)}`);
    });
    const a = await addKid(t, { fullName: 'Lý Thanh Tâm', dob: '2018-08-08' });
    const b = await addKid(t, { fullName: 'Ly Thanh Tam', dob: '2018-08-08' });
    await scan();
    const pair = (await pairOf(a, b))!;
    const m = await t.post(`/api/children/duplicates/${pair.id}/merge`, mergeResultDto, {
      session: worker,
      body: { survivorId: a },
    });
    await t.post(`/api/children/merges/${m.body.mergeId}/undo`, undoResultDto, { session: worker, body: {} });
    expect(calls).toEqual([`merged ${b}->${a}`, `undone ${b} {"moved":["case-1"]}`]);
  });

  it('a pair whose other side was merged through another pair is stale (409) and leaves the queue', async () => {
    const a = await addKid(t, { fullName: 'Trương Mỹ Lan', dob: '2019-02-02' });
    const b = await addKid(t, { fullName: 'Truong My Lan', dob: '2019-02-02' });
    const c = await addKid(t, { fullName: 'TRƯƠNG MỸ LAN', dob: '2019-02-03' });
    await scan();
    const ab = (await pairOf(a, b))!;
    const bc = (await pairOf(b, c))!;
    await t.post(`/api/children/duplicates/${ab.id}/merge`, mergeResultDto, {
      session: worker,
      body: { survivorId: a },
    });
    expect(await pairOf(b, c)).toBeUndefined();
    const r = await t.refused('POST', `/api/children/duplicates/${bc.id}/merge`, {
      session: worker,
      body: { survivorId: c },
    });
    expect(r.status).toBe(409);
    expect(r.body.error.code).toBe('CHILD_DUPLICATE_STALE');
  });
});

describe('attacks on undo and not-same', () => {
  it('another locality gets 404 (audited), a leader 403, and nothing changes', async () => {
    const a = await addKid(t, { fullName: 'Mai Anh Thư', dob: '2020-10-10' });
    const b = await addKid(t, { fullName: 'MAI ANH THU', dob: '2020-10-10' });
    await scan();
    const pair = (await pairOf(a, b))!;
    const notSame = `/api/children/duplicates/${pair.id}/not-same`;
    expect((await t.refused('POST', notSame, { session: otherWorker, body: {} })).status).toBe(404);
    expect((await t.refused('POST', notSame, { session: leader, body: {} })).status).toBe(403);
    const m = await t.post(`/api/children/duplicates/${pair.id}/merge`, mergeResultDto, {
      session: worker,
      body: { survivorId: a },
    });
    const state = await registerState(t, [a, b]);
    const undo = `/api/children/merges/${m.body.mergeId}/undo`;
    const far = await t.refused('POST', undo, { session: otherWorker, body: {} });
    expect(far.status).toBe(404);
    expect(far.body.error.code).toBe('CHILD_MERGE_NOT_FOUND');
    expect(await auditOf(t, m.body.mergeId)).toContainEqual(
      expect.objectContaining({ after: { refused: 'out_of_scope' } }),
    );
    expect((await t.refused('POST', undo, { session: leader, body: {} })).status).toBe(403);
    expect(await registerState(t, [a, b])).toEqual(state);
  });
});
