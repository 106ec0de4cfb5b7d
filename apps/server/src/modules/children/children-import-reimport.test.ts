// Re-importing an updated list (issue 11 item 3): matched children are updated, not added again, and
// what changed is recorded; a child of another commune's register is a row error, never a silent
// move; a failure in the run leaves nothing behind.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import crypto from 'node:crypto';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { LY_SON } from '../org';
import { createTestApp, type Session, type TestApp } from '../../test/harness';
import { cccd, count, excelRow, messyList, runJobs, uploadList, type ListRow } from './import.test-support';

let t: TestApp;
let worker: Session;
let otherUnit: string;
const AS_OF = '2026-11-30';
const unit = { unitId: LY_SON.specialZoneId, asOf: AS_OF };

const child = (n: number, name: string, hamlet: string, group = ''): ListRow => [
  name,
  '15/06/2014',
  'Nữ',
  'Kinh',
  cccd('F', 2014, n),
  '',
  'Phạm Thị Mẹ',
  hamlet,
  group,
];

const api = (method: string, url: string, body?: unknown) =>
  t.apiRaw(method as 'GET', url, { session: worker, body }) as Promise<{ status: number; body: any }>;

async function importAndRun(rows: ListRow[], decisions: unknown[] = []) {
  const up = await uploadList(t, worker, unit, { name: 'ds.xlsx', data: await messyList(rows) });
  expect(up.status).toBe(201);
  const run = await api('POST', `/api/children/imports/${up.body.id}/run`, { decisions });
  expect(run.status).toBe(202);
  await runJobs(t);
  return { preview: up.body, done: (await api('GET', `/api/children/imports/${up.body.id}`)).body };
}

beforeAll(async () => {
  t = await createTestApp();
  worker = await t.userSession('commune_worker', { scopeUnitId: LY_SON.specialZoneId });
  const national = await t.userSession('admin', { scopeUnitId: null });
  const r = await t.apiRaw('POST', '/api/org/units', {
    session: national,
    body: { name: 'Bình Sơn', type: 'huyen', parentId: LY_SON.provinceId, validFrom: '1989-07-01' },
  });
  otherUnit = (r.body as { id: string }).id;
});
afterAll(() => t.close());

describe('re-import of an updated list', () => {
  it('updates the children it matches by personal ID, adds the new ones, and audits before/after', async () => {
    await importAndRun([child(1, 'Đỗ Thị Lan', 'Thôn Đông'), child(2, 'Đỗ Thị Mai', 'Thôn Đông')]);
    expect(await count(t, 'child')).toBe(2);
    const { preview, done } = await importAndRun([
      child(1, 'Đỗ Thị Lan', 'Thôn Tây', 'mồ côi cha mẹ'),
      child(2, 'Đỗ Thị Mai', 'Thôn Đông'),
      child(3, 'Đỗ Thị Hồng', 'Thôn Bắc'),
    ]);
    expect(preview.matches.map((m: { row: number; kind: string }) => [m.row, m.kind])).toEqual([
      [excelRow(0), 'same_id'],
      [excelRow(1), 'same_id'],
    ]);
    expect(done.result).toEqual({ created: 1, updated: 1, unchanged: 1, rejected: 0, skipped: 0 });
    expect(await count(t, 'child')).toBe(3);
    const lan = (
      await t.db.execute<{ id: string; hamlet: string; version: number }>(
        sql`select id, hamlet, version from child where personal_id = ${cccd('F', 2014, 1)}`,
      )
    ).rows[0]!;
    expect(lan).toMatchObject({ hamlet: 'Thôn Tây', version: 2 });
    expect(await count(t, 'child_residence', `child_id = '${lan.id}' and hamlet = 'Thôn Tây'`)).toBe(1);
    expect(await count(t, 'child_circumstance', `child_id = '${lan.id}'`)).toBe(1);
    const audit = (
      await t.db.execute<{ before: Record<string, unknown>; after: Record<string, unknown> }>(
        sql`select before, after from audit_log where entity = 'child' and action = 'update' and entity_id = ${lan.id}`,
      )
    ).rows;
    expect(audit).toHaveLength(1);
    expect(audit[0]!.before).toEqual({ hamlet: 'Thôn Đông' });
    expect(audit[0]!.after).toMatchObject({ hamlet: 'Thôn Tây', groupsAdded: [expect.any(String)] });
  });

  it('a child already in another commune’s register (same ID) is a row error, not a silent move', async () => {
    const id = cccd('M', 2013, 77);
    await t.db
      .execute(sql`insert into child (province_id, full_name, dob, sex, unit_id, personal_id, personal_id_kind)
      values (${LY_SON.provinceId}, 'Trẻ Ở Bình Sơn', '2013-05-05', 'M', ${otherUnit}, ${id}, 'cccd12')`);
    const row: ListRow = ['Trẻ Ở Bình Sơn', '05/05/2013', 'Nam', 'Kinh', id, '', '', 'Thôn Đông', ''];
    const { preview, done } = await importAndRun([row]);
    expect(preview.issues).toContainEqual(
      expect.objectContaining({ row: excelRow(0), code: 'ID_DUPLICATE', severity: 'error' }),
    );
    expect(preview.issues.find((i: { code: string }) => i.code === 'ID_DUPLICATE').message).toMatch(
      /đơn vị khác/,
    );
    expect(done.result).toMatchObject({ created: 0, updated: 0, rejected: 1 });
    expect(await count(t, 'child', `personal_id = '${id}' and unit_id = '${otherUnit}'`)).toBe(1);
    expect(await count(t, 'child', `personal_id = '${id}'`)).toBe(1);
  });

  it('refuses an update decision naming a child that is not one of the row’s matches (400, nothing stored)', async () => {
    const up = await uploadList(t, worker, unit, {
      name: 'ds.xlsx',
      data: await messyList([child(9, 'Đỗ Thị Na', 'Thôn Đông')]),
    });
    const r = await api('POST', `/api/children/imports/${up.body.id}/run`, {
      decisions: [{ row: excelRow(0), action: 'update', childId: crypto.randomUUID() }],
    });
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('CHILD_IMPORT_DECISION_INVALID');
    expect((await api('GET', `/api/children/imports/${up.body.id}`)).body.status).toBe('previewed');
  });

  it('proposes a probable match in the preview; the user’s "update" decision updates that child', async () => {
    const first: ListRow = [
      'Ngô Thị Hạnh',
      '10/10/2013',
      'Nữ',
      'Kinh',
      '',
      '',
      'Ngô Thị Mẹ',
      'Thôn Đông',
      '',
    ];
    await importAndRun([first]);
    const hanh = (
      await t.db.execute<{ id: string }>(sql`select id from child where full_name = 'Ngô Thị Hạnh'`)
    ).rows[0]!.id;
    const id = cccd('F', 2013, 55);
    const again: ListRow = [
      'NGO THI HANH',
      '10/10/2013',
      'Nữ',
      'Kinh',
      id,
      '',
      'Ngô Thị Mẹ',
      'Thôn Đông',
      '',
    ];
    const up = await uploadList(t, worker, unit, { name: 'ds.xlsx', data: await messyList([again]) });
    expect(up.body.matches).toEqual([
      expect.objectContaining({
        row: excelRow(0),
        kind: 'probable',
        child: expect.objectContaining({ id: hanh }),
      }),
    ]);
    await api('POST', `/api/children/imports/${up.body.id}/run`, {
      decisions: [{ row: excelRow(0), action: 'update', childId: hanh }],
    });
    await runJobs(t);
    const done = (await api('GET', `/api/children/imports/${up.body.id}`)).body;
    expect(done.result).toMatchObject({ created: 0, updated: 1 });
    // One child, still spelt with its accents.
    expect(await count(t, 'child', "vte_fold(full_name) = 'ngo thi hanh'")).toBe(1);
    expect(await count(t, 'child', `id = '${hanh}' and full_name = 'Ngô Thị Hạnh'`)).toBe(1);
    expect(await count(t, 'child', `id = '${hanh}' and personal_id = '${id}'`)).toBe(1);
  });

  it('a skip decision leaves the row out', async () => {
    const { done } = await importAndRun(
      [child(10, 'Đỗ Thị Oanh', 'Thôn Đông')],
      [{ row: excelRow(0), action: 'skip' }],
    );
    expect(done.result).toMatchObject({ created: 0, skipped: 1 });
  });
});

describe('one transaction', () => {
  it('a failure during the run leaves no child, no audit row and marks the import failed', async () => {
    const children = await count(t, 'child');
    const audits = await count(t, 'audit_log', "entity = 'child'");
    // The last table the run writes refuses: everything written before it must go too.
    const owner = new pg.Client({ connectionString: t.ownerUrl });
    await owner.connect();
    await owner.query(`create function b2_refuse() returns trigger language plpgsql as
      $$ begin raise exception 'refused for the test'; end $$`);
    await owner.query(`create trigger b2_refuse before insert on child_circumstance
      for each row execute function b2_refuse()`);
    try {
      const { done } = await importAndRun([
        child(20, 'Đỗ Thị Phương', 'Thôn Đông'),
        child(21, 'Đỗ Thị Quế', 'Thôn Đông', 'mồ côi cha mẹ'),
      ]);
      expect(done.status).toBe('failed');
      expect(done.error).toMatch(/không có hồ sơ nào được lưu/);
    } finally {
      await owner.query('drop trigger b2_refuse on child_circumstance; drop function b2_refuse()');
      await owner.end();
    }
    expect(await count(t, 'child')).toBe(children);
    expect(await count(t, 'audit_log', "entity = 'child'")).toBe(audits);
  });
});
