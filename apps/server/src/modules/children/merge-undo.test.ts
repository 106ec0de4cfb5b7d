import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { duplicatePairListDto, duplicateScanResultDto, mergeResultDto } from '@vte/contracts';
import { createTestApp, type Session, type TestApp } from '../../test/harness';
import { LY_SON } from '../org';
import { addKid, registerState } from './duplicates.test-support';

// Undo refused (409, nothing changed) once the register moved on: the merged record's personal ID
// taken by another child meanwhile, or the survivor edited after the merge.

let t: TestApp;
let worker: Session;

beforeAll(async () => {
  t = await createTestApp();
  worker = await t.userSession('commune_worker', { scopeUnitId: LY_SON.specialZoneId });
});
afterAll(() => t.close());

async function mergedPair(a: string, b: string, body: (a: string, b: string) => object) {
  await t.post('/api/children/duplicates/scan', duplicateScanResultDto, {
    session: worker,
    body: { unitId: LY_SON.specialZoneId },
  });
  const items = (await t.get('/api/children/duplicates', duplicatePairListDto, { session: worker })).body
    .items;
  const pair = items.find((p) => [p.a.id, p.b.id].sort().join() === [a, b].sort().join())!;
  const r = await t.post(`/api/children/duplicates/${pair.id}/merge`, mergeResultDto, {
    session: worker,
    body: body(a, b),
  });
  return r.body.mergeId;
}

const undo = (mergeId: string) =>
  t.refused('POST', `/api/children/merges/${mergeId}/undo`, { session: worker, body: {} });

describe('undo after the register moved on', () => {
  it("is refused when another child took the merged record's personal ID meanwhile", async () => {
    const a = await addKid(t, { fullName: 'Đinh Công Khải', sex: 'M', dob: '2014-12-12' });
    const b = await addKid(t, {
      fullName: 'Dinh Cong Khai',
      sex: 'M',
      dob: '2014-12-12',
      personalId: '051214000555',
    });
    const mergeId = await mergedPair(a, b, (x) => ({ survivorId: x }));
    const c = await addKid(t, {
      fullName: 'Võ Văn Lực',
      sex: 'M',
      dob: '2014-01-01',
      personalId: '051214000555',
    });
    const before = await registerState(t, [a, b, c]);
    const r = await undo(mergeId);
    expect(r.status).toBe(409);
    expect(r.body.error.code).toBe('CHILD_MERGE_UNDO_STALE');
    expect(await registerState(t, [a, b, c])).toEqual(before);
  });

  it('is refused once the survivor was edited after the merge', async () => {
    const a = await addKid(t, { fullName: 'Cao Thị Yến', dob: '2013-03-03' });
    const b = await addKid(t, { fullName: 'CAO THI YEN', dob: '2013-03-03' });
    const mergeId = await mergedPair(a, b, (x) => ({ survivorId: x }));
    await t.pool.query(`update child set notes = 'sửa sau khi gộp', version = version + 1 where id = $1`, [
      a,
    ]);
    const r = await undo(mergeId);
    expect(r.status).toBe(409);
    expect(r.body.error.message).toMatch(/hoàn tác/);
  });
});
