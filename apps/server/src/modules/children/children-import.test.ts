// The children import through the API (issue 11 item 3): preview saves nothing to the register, the
// run is a background job writing every valid row in one transaction, rejected rows come back as a
// workbook to fix and re-import, and a re-import updates the children it matches.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { LY_SON } from '../org';
import { createTestApp, type Session, type TestApp } from '../../test/harness';
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
const AS_OF = '2026-11-30';
const unit = { unitId: LY_SON.specialZoneId, asOf: AS_OF };

const good = (n: number, name: string, hamlet = 'Thôn Đông'): ListRow => [
  name,
  `0${n % 9}/03/2015`,
  'Nam',
  'Kinh',
  cccd('M', 2015, n),
  'Nguyễn Văn Cha',
  'Trần Thị Mẹ',
  hamlet,
  '',
];

const rows: ListRow[] = [
  good(1, 'nguyễn  văn an'),
  [
    'Trần Thị Bích',
    '2016',
    'Nữ',
    'Kinh',
    cccd('F', 2016, 2),
    '',
    'Trần Thị Hoa',
    'Thôn Tây',
    'mồ côi cha mẹ',
  ],
  ['', '01/02/2014', 'Nam', 'Kinh', '', '', '', 'Thôn Đông', ''],
  ['Lê Văn Cường', '31/02/2014', 'Nam', 'Kinh', '', '', '', 'Thôn Đông', ''],
  ['Phạm Văn Dũng', '01/01/2005', 'Nam', 'Kinh', '', '', '', 'Thôn Đông', ''],
];

const api = (method: string, url: string, body?: unknown, s: Session = worker) =>
  t.apiRaw(method as 'GET', url, { session: s, body }) as Promise<{ status: number; body: any }>;

beforeAll(async () => {
  t = await createTestApp();
  worker = await t.userSession('commune_worker', { scopeUnitId: LY_SON.specialZoneId });
});
afterAll(() => t.close());

describe('upload and preview', () => {
  let first: { id: string };
  let firstFile: Buffer;

  it('analyses a messy list, shows issues per row and column, and saves nothing to the register', async () => {
    const audits = await count(t, 'audit_log', "entity = 'child_import'");
    firstFile = await messyList(rows);
    const r = await uploadList(t, worker, unit, { name: 'danh-sach.xlsx', data: firstFile });
    expect(r.status).toBe(201);
    first = r.body;
    expect(r.body).toMatchObject({ status: 'previewed', unitId: LY_SON.specialZoneId, asOf: AS_OF });
    expect(r.body.counts).toMatchObject({ children: 5, valid: 2, errorRows: 3 });
    const at = (row: number, code: string) =>
      r.body.issues.find((i: { row: number; code: string }) => i.row === row && i.code === code);
    expect(at(excelRow(0), 'NAME_NORMALISED')).toMatchObject({ severity: 'fixed', column: 'Họ và tên' });
    expect(at(excelRow(2), 'NAME_MISSING')).toMatchObject({ severity: 'error' });
    expect(at(excelRow(3), 'DOB_INVALID')).toMatchObject({ severity: 'error', column: 'Ngày sinh' });
    expect(at(excelRow(4), 'NOT_A_CHILD')).toMatchObject({ severity: 'error' });
    expect(r.body.mapping).toMatchObject({
      fullName: 'Họ và tên',
      dob: 'Ngày sinh',
      personalId: 'Số định danh cá nhân',
    });
    expect(await count(t, 'child')).toBe(0);
    expect(await count(t, 'audit_log', "entity = 'child_import'")).toBe(audits + 1);
    const again = await api('GET', `/api/children/imports/${first.id}`);
    expect(again.body.counts).toEqual(r.body.counts);
  });

  it('tells the user when the same file is uploaded again for the same unit, and points to the earlier import', async () => {
    const r = await uploadList(t, worker, unit, { name: 'lai.xlsx', data: firstFile });
    expect(r.status).toBe(409);
    expect(r.body.error.code).toBe('CHILD_IMPORT_SAME_FILE');
    expect(r.body.error.message).toMatch(/đã được tải lên/);
    expect(r.body.error.details.importId).toBe(first.id);
  });

  it('pages the issues, filtered by code and severity', async () => {
    const r = await api('GET', `/api/children/imports/${first.id}/issues?severity=error&pageSize=2`);
    expect(r.status).toBe(200);
    expect(r.body.items.length).toBeLessThanOrEqual(2);
    expect(r.body.total).toBeGreaterThanOrEqual(3);
    expect(r.body.items.every((i: { severity: string }) => i.severity === 'error')).toBe(true);
  });

  it('re-analyses with a new mapping and remembers it for the unit’s next file', async () => {
    const r = await api('PUT', `/api/children/imports/${first.id}/mapping`, {
      mapping: { fullName: 'Họ và tên', dob: 'Ngày sinh', sex: 'Giới tính', hamlet: 'Họ tên cha' },
    });
    expect(r.status).toBe(200);
    expect(r.body.mapping).toEqual({
      fullName: 'Họ và tên',
      dob: 'Ngày sinh',
      sex: 'Giới tính',
      hamlet: 'Họ tên cha',
    });
    expect(await count(t, 'child_import_mapping', `unit_id = '${LY_SON.specialZoneId}'`)).toBe(1);
    const next = await uploadList(t, worker, unit, {
      name: 'khac.xlsx',
      data: await messyList([good(7, 'Võ Văn Em')]),
    });
    expect(next.body.mapping.hamlet).toBe('Họ tên cha');
    // The remembered mapping is put back for the rest of these tests.
    const fixed = await api('PUT', `/api/children/imports/${first.id}/mapping`, {
      mapping: { ...r.body.mapping, hamlet: 'Thôn', personalId: 'Số định danh cá nhân', groups: 'Nhóm HCĐB' },
    });
    expect(fixed.status).toBe(200);
  });

  it('refuses a mapping to a column the file does not have (400, nothing changed)', async () => {
    const r = await api('PUT', `/api/children/imports/${first.id}/mapping`, {
      mapping: { fullName: 'Không có' },
    });
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('CHILD_IMPORT_MAPPING_INVALID');
  });
});

describe('the run', () => {
  let id: string;

  it('queues a job; the job writes every valid row with its residence, guardians and groups, audited', async () => {
    const up = await uploadList(t, worker, unit, {
      name: 'chay.xlsx',
      data: await messyList([...rows, good(3, 'Hồ Thị Gấm')]),
    });
    id = up.body.id;
    const r = await api('POST', `/api/children/imports/${id}/run`, { decisions: [] });
    expect(r.status).toBe(202);
    expect(r.body.status).toBe('queued');
    expect(await count(t, 'child')).toBe(0);
    expect(await runJobs(t)).toBe(1);
    const done = await api('GET', `/api/children/imports/${id}`);
    expect(done.body).toMatchObject({ status: 'done', progress: 100, hasRejects: true });
    expect(done.body.result).toEqual({ created: 3, updated: 0, unchanged: 0, rejected: 3, skipped: 0 });
    expect(await count(t, 'child', `unit_id = '${LY_SON.specialZoneId}'`)).toBe(3);
    expect(await count(t, 'child_residence', `valid_from = '${AS_OF}' and valid_to is null`)).toBe(3);
    expect(await count(t, 'child_guardian')).toBeGreaterThanOrEqual(4);
    expect(await count(t, 'child_circumstance')).toBe(1);
    const an = (
      await t.db.execute<{ full_name: string; id_verification: string }>(
        sql`select full_name, id_verification from child where personal_id = ${cccd('M', 2015, 1)}`,
      )
    ).rows[0]!;
    expect(an).toEqual({ full_name: 'Nguyễn Văn An', id_verification: 'chua_xac_thuc' });
    expect(await count(t, 'audit_log', "entity = 'child' and action = 'create'")).toBe(3);
  });

  it('gives the rejected rows back as a workbook with the original columns and a "Lỗi" column', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/children/imports/${id}/rejects.xlsx`,
      headers: { cookie: worker.cookie },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const sheet = await readRejects(res.rawPayload);
    const header = sheet.find((r) => r.includes('Lỗi'))!;
    expect(header.slice(0, 3)).toEqual(['STT', 'Họ và tên', 'Ngày sinh']);
    const data = sheet.slice(sheet.indexOf(header) + 1);
    expect(data).toHaveLength(3);
    const cuong = data.find((r) => r[1] === 'Lê Văn Cường')!;
    expect(cuong[header.indexOf('Ngày sinh')]).toBe('31/02/2014');
    expect(cuong[header.indexOf('Lỗi')]).toMatch(/Ngày sinh/);
  });

  it('takes the fixed rejects workbook back: the corrected rows are created', async () => {
    const fixed = await messyList([
      ['Lê Văn Cường', '28/02/2014', 'Nam', 'Kinh', '', '', 'Lê Thị Mẹ', 'Thôn Đông', ''],
    ]);
    const up = await uploadList(t, worker, unit, { name: 'sua.xlsx', data: fixed });
    expect(up.body.counts.valid).toBe(1);
    await api('POST', `/api/children/imports/${up.body.id}/run`, {});
    await runJobs(t);
    expect((await api('GET', `/api/children/imports/${up.body.id}`)).body.result.created).toBe(1);
    expect(await count(t, 'child', "full_name = 'Lê Văn Cường'")).toBe(1);
  });

  it('after the run, probable duplicates among the unit’s children wait in the duplicates queue', async () => {
    const mother = 'Lê Thị Thu';
    const up = await uploadList(t, worker, unit, {
      name: 'trung.xlsx',
      data: await messyList([
        ['Nguyễn Thị Ánh', '01/02/2015', 'Nữ', 'Kinh', '', '', mother, 'Thôn Đông', ''],
        ['NGUYEN THI ANH', '02/01/2015', 'Nữ', 'Kinh', '', '', mother, 'Thôn Đông', ''],
      ]),
    });
    expect(up.body.duplicates).toEqual([
      expect.objectContaining({ kind: 'probable', rows: [excelRow(0), excelRow(1)] }),
    ]);
    const before = await count(t, 'child_duplicate', "status = 'pending'");
    await api('POST', `/api/children/imports/${up.body.id}/run`, {});
    await runJobs(t);
    expect(await count(t, 'child_duplicate', "status = 'pending'")).toBe(before + 1);
  });

  it('refuses a second run of the same import (409), and the job is never queued twice', async () => {
    const r = await api('POST', `/api/children/imports/${id}/run`, {});
    expect(r.status).toBe(409);
    expect(r.body.error.code).toBe('CHILD_IMPORT_STATE');
    expect(await runJobs(t)).toBe(0);
  });
});
