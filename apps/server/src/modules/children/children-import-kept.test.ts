// The run applies the preview's kept analysis (child_import.analysis): the stored file is not read or
// analysed again, rejected rows keep their cells as written, and a row the register rejects only at
// the run (an ID registered elsewhere after the preview) has its cells read back from the file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { LY_SON } from '../org';
import { createTestApp, type Session, type TestApp } from '../../test/harness';
import { readKept } from './import-kept';
import {
  cccd,
  count,
  excelRow,
  messyList,
  readRejects,
  runJobs,
  uploadList,
  type ListRow,
} from './import.test-support';

let t: TestApp;
let worker: Session;
let otherUnit: string;
const AS_OF = '2026-11-30';
const unit = { unitId: LY_SON.specialZoneId, asOf: AS_OF };

const api = (method: string, url: string, body?: unknown) =>
  t.apiRaw(method as 'GET', url, { session: worker, body }) as Promise<{ status: number; body: any }>;

const row = (name: string, dob: string, id: string): ListRow => [
  name,
  dob,
  'Nữ',
  'Kinh',
  id,
  '',
  'Lê Thị Hoa',
  'Thôn Đông',
  '',
];

async function rejectsOf(id: string) {
  const res = await t.app.inject({
    method: 'GET',
    url: `/api/children/imports/${id}/rejects.xlsx`,
    headers: { cookie: worker.cookie },
  });
  expect(res.statusCode).toBe(200);
  return readRejects(res.rawPayload);
}

beforeAll(async () => {
  t = await createTestApp();
  worker = await t.userSession('commune_worker', { scopeUnitId: LY_SON.specialZoneId });
  const national = await t.userSession('admin', { scopeUnitId: null });
  const r = await t.apiRaw('POST', '/api/org/units', {
    session: national,
    body: { name: 'Đức Phổ', type: 'huyen', parentId: LY_SON.provinceId, validFrom: '1989-07-01' },
  });
  otherUnit = (r.body as { id: string }).id;
});
afterAll(() => t.close());

describe('the run applies the kept preview', () => {
  it('writes the previewed rows without reading the stored file again; a blocked row keeps its cells', async () => {
    const list = await messyList([
      row('Võ Thị Kim', '01/02/2015', cccd('F', 2015, 501)),
      row('Võ Thị Ngân', '', cccd('F', 2016, 502)),
      row('Võ Thị Oanh', '03/04/2017', cccd('F', 2017, 503)),
    ]);
    const up = await uploadList(t, worker, unit, { name: 'kept.xlsx', data: list });
    expect(up.status).toBe(201);
    const stored = await t.db.execute<{ analysis: Buffer }>(
      sql`select analysis from child_import where id = ${up.body.id}`,
    );
    const kept = readKept(stored.rows[0]!.analysis)!;
    expect(kept.drafts.map((d) => d.row)).toEqual([excelRow(0), excelRow(1), excelRow(2)]);
    expect(kept.raw[excelRow(1)]).toContain('Võ Thị Ngân');
    // The file is no longer readable: only the kept analysis can make this run succeed.
    await t.db.execute(
      sql`update child_import set file = ${Buffer.from('not a workbook')} where id = ${up.body.id}`,
    );
    expect((await api('POST', `/api/children/imports/${up.body.id}/run`, { decisions: [] })).status).toBe(
      202,
    );
    await runJobs(t);
    const done = (await api('GET', `/api/children/imports/${up.body.id}`)).body;
    expect(done.status).toBe('done');
    expect(done.result).toMatchObject({ created: 2, rejected: 1 });
    expect(await count(t, 'child', `full_name in ('Võ Thị Kim', 'Võ Thị Oanh')`)).toBe(2);
    const rejects = await rejectsOf(up.body.id);
    const rejected = rejects.find((r) => r.includes('Võ Thị Ngân'));
    expect(rejected).toContain(String(excelRow(1)));
    expect(rejected?.join(' ')).toMatch(/Ngày sinh/);
  });

  it('a row whose ID another unit registered after the preview is rejected with its cells read from the file', async () => {
    const id = cccd('F', 2014, 601);
    const list = await messyList([
      row('Trần Thị Quế', '05/06/2014', id),
      row('Trần Thị Sen', '07/08/2014', ''),
    ]);
    const up = await uploadList(t, worker, unit, { name: 'later.xlsx', data: list });
    expect(up.status).toBe(201);
    expect(up.body.counts.errorRows).toBe(0);
    await t.db
      .execute(sql`insert into child (province_id, full_name, dob, sex, unit_id, personal_id, personal_id_kind)
      values (${LY_SON.provinceId}, 'Trần Thị Quế', '2014-06-05', 'F', ${otherUnit}, ${id}, 'cccd12')`);
    expect((await api('POST', `/api/children/imports/${up.body.id}/run`, { decisions: [] })).status).toBe(
      202,
    );
    await runJobs(t);
    const done = (await api('GET', `/api/children/imports/${up.body.id}`)).body;
    expect(done.result).toMatchObject({ created: 1, rejected: 1 });
    expect(await count(t, 'child', `personal_id = '${id}'`)).toBe(1);
    const rejected = (await rejectsOf(up.body.id)).find((r) => r.includes('Trần Thị Quế'));
    expect(rejected).toContain(id);
    expect(rejected?.join(' ')).toMatch(/đơn vị khác/);
  });
});
