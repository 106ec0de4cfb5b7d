import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { duplicatePairListDto } from '@vte/contracts';
import { createTestApp, type Session, type TestApp } from '../../test/harness';
import { LY_SON } from '../org';
import { addKid } from './duplicates.test-support';
import { messyList, runJobs, uploadList } from './import.test-support';

// The scan after an import: a row the user imported as new beside a probable register match is
// proposed in the review queue; a pair decided "not the same child" is not proposed again.

let t: TestApp;
let worker: Session;

beforeAll(async () => {
  t = await createTestApp();
  worker = await t.userSession('commune_worker', { scopeUnitId: LY_SON.specialZoneId });
});
afterAll(() => t.close());

const api = (method: string, url: string, body?: unknown) =>
  t.apiRaw(method as 'GET', url, { session: worker, body }) as Promise<{ status: number; body: any }>;

async function importRows(name: string, rows: (string | number | null)[][]) {
  const up = await uploadList(
    t,
    worker,
    { unitId: LY_SON.specialZoneId, asOf: '2025-10-01' },
    {
      name,
      data: await messyList(rows),
    },
  );
  expect(up.status).toBe(201);
  expect((await api('POST', `/api/children/imports/${up.body.id}/run`, { decisions: [] })).status).toBe(202);
  expect(await runJobs(t)).toBe(1);
}

describe('scan after an import', () => {
  it('puts the imported look-alike in the queue, and keeps a "not the same child" decision on re-import', async () => {
    const existing = await addKid(t, { fullName: 'Trần Thị Bích', dob: '2016-05-04', mother: 'Lê Thị Hoa' });
    const row = ['TRAN THI BICH', '04/05/2016', 'Nữ', 'Kinh', '', '', 'Lê Thị Hoa', 'Thôn Đông', ''];
    await importRows('a.xlsx', [row]);
    const queue = async () =>
      (await t.get('/api/children/duplicates', duplicatePairListDto, { session: worker })).body.items;
    const pair = (await queue()).find((p) => p.a.id === existing || p.b.id === existing);
    expect(pair).toBeDefined();
    await api('POST', `/api/children/duplicates/${pair!.id}/not-same`, {});
    await importRows('b.xlsx', [['Phạm Văn Tú', '01/01/2017', 'Nam', 'Kinh', '', '', '', 'Thôn Đông', '']]);
    expect((await queue()).find((p) => p.id === pair!.id)).toBeUndefined();
  }, 180_000);
});
