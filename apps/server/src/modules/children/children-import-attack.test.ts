// The children import under bad input and the wrong caller: a clear Vietnamese 4xx, nothing saved,
// the server alive; another locality's unit or import answers 404 (a write also audited); a role
// without children.import answers 403.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LY_SON } from '../org';
import { createTestApp, type Session, type TestApp } from '../../test/harness';
import {
  deflated,
  deflateRepeated,
  makeZip,
  wordBomb,
} from '../../platform/documents/zip-fixtures.test-support';
import { cccd, count, messyList, uploadList } from './import.test-support';

let t: TestApp;
let worker: Session;
let outsider: Session;
let leader: Session;
let importId: string;
const MB = 1024 * 1024;
const unit = { unitId: LY_SON.specialZoneId, asOf: '2026-11-30' };

/** An .xlsx whose sheet inflates to `bytes`; `declare` is the size its directory claims. */
async function sheetBomb(bytes: number, declare?: number): Promise<Buffer> {
  const head = '<worksheet><sheetData>';
  const unitXml = '<row><c t="inlineStr"><is><t>Trẻ em</t></is></c></row>';
  const count = Math.ceil(bytes / unitXml.length);
  const { stored, crc } = await deflateRepeated(head, unitXml, count, '</sheetData></worksheet>');
  const size = head.length + count * unitXml.length + 24;
  return makeZip([
    deflated('xl/workbook.xml', Buffer.from('<workbook/>')),
    { name: 'xl/worksheets/sheet1.xml', stored, crc, size: declare ?? size, method: 8 },
  ]);
}

function encryptedOffice(): Buffer {
  const buf = Buffer.alloc(4096);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(buf);
  Buffer.from('EncryptionInfo', 'utf16le').copy(buf, 1024);
  Buffer.from('EncryptedPackage', 'utf16le').copy(buf, 1152);
  return buf;
}

async function numbersOnly(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Trang 1');
  for (let i = 0; i < 20; i++) ws.addRow([i, i * 2, i * 3]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function bigCsv(rows: number): Buffer {
  const lines = ['Họ và tên,Ngày sinh,Giới tính'];
  for (let i = 0; i < rows; i++) lines.push(`Trẻ Số ${i},01/01/2015,Nam`);
  return Buffer.from(lines.join('\n'));
}

beforeAll(async () => {
  t = await createTestApp();
  worker = await t.userSession('commune_worker', { scopeUnitId: LY_SON.specialZoneId });
  leader = await t.userSession('leader', { scopeUnitId: LY_SON.specialZoneId });
  const national = await t.userSession('admin', { scopeUnitId: null });
  const other = await t.apiRaw('POST', '/api/org/units', {
    session: national,
    body: { name: 'Bình Sơn', type: 'huyen', parentId: LY_SON.provinceId, validFrom: '1989-07-01' },
  });
  outsider = await t.userSession('commune_worker', { scopeUnitId: (other.body as { id: string }).id });
  const row = ['Võ Thị Hoa', '01/01/2016', 'Nữ', 'Kinh', cccd('F', 2016, 1), '', '', 'Thôn Đông', ''];
  const up = await uploadList(t, worker, unit, { name: 'ds.xlsx', data: await messyList([row]) });
  importId = up.body.id;
});
afterAll(() => t.close());

describe('hostile and broken files', () => {
  const cases: [string, string, () => Promise<Buffer> | Buffer, number, string, RegExp][] = [
    ['a .docx renamed .xlsx', 'ds.xlsx', () => wordBomb(10_000), 415, 'CHILD_IMPORT_WRONG_TYPE', /Excel/],
    ['a password-protected workbook', 'ds.xlsx', encryptedOffice, 422, 'CHILD_IMPORT_ENCRYPTED', /mật khẩu/],
    [
      'bytes that are no spreadsheet',
      'ds.xlsx',
      () => Buffer.from('%PDF-1.4 xin chao'),
      415,
      'CHILD_IMPORT_WRONG_TYPE',
      /Excel/,
    ],
    [
      'a zip whose sheet declares 110 MB',
      'ds.xlsx',
      () => sheetBomb(110 * MB),
      413,
      'CHILD_IMPORT_TOO_LARGE',
      /quá lớn/,
    ],
    [
      'a zip bomb lying about its size',
      'ds.xlsx',
      () => sheetBomb(110 * MB, 1000),
      413,
      'CHILD_IMPORT_TOO_LARGE',
      /quá lớn/,
    ],
    ['a workbook with no header row', 'ds.xlsx', numbersOnly, 422, 'CHILD_IMPORT_NO_HEADER', /tiêu đề/],
    [
      'a list of 200,001 rows',
      'ds.csv',
      () => bigCsv(200_001),
      422,
      'CHILD_IMPORT_TOO_MANY_ROWS',
      /200\.000/,
    ],
  ];
  for (const [what, name, make, status, code, message] of cases) {
    it(`${what}: ${status} ${code}, nothing saved, server alive`, async () => {
      const before = await count(t, 'child_import');
      const r = await uploadList(t, worker, unit, { name, data: await make() });
      expect(r.status).toBe(status);
      expect(r.body.error.code).toBe(code);
      expect(r.body.error.message).toMatch(message);
      expect(await count(t, 'child_import')).toBe(before);
      expect((await t.apiRaw('GET', `/api/children/imports/${importId}`, { session: worker })).status).toBe(
        200,
      );
    });
  }

  it('a formula cell: its cached value is used, with a warning on that cell', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('DS');
    ws.addRow(['Họ và tên', 'Ngày sinh', 'Giới tính']);
    ws.addRow(['Võ Văn Tâm', { formula: 'DATE(2015,3,1)', result: new Date(Date.UTC(2015, 2, 1)) }, 'Nam']);
    const r = await uploadList(t, worker, unit, {
      name: 'f.xlsx',
      data: Buffer.from(await wb.xlsx.writeBuffer()),
    });
    expect(r.status).toBe(201);
    expect(r.body.issues).toContainEqual(
      expect.objectContaining({ row: 2, code: 'FORMULA_VALUE', severity: 'warning' }),
    );
    expect(r.body.counts.valid).toBe(1);
  });

  it('missing form fields: 400 in Vietnamese, nothing saved', async () => {
    const before = await count(t, 'child_import');
    const r = await uploadList(
      t,
      worker,
      { unitId: LY_SON.specialZoneId },
      { name: 'ds.xlsx', data: await messyList([]) },
    );
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('VALIDATION');
    expect(await count(t, 'child_import')).toBe(before);
  });
});

describe('locality and role', () => {
  it('another locality’s unit: 404, nothing saved', async () => {
    const before = await count(t, 'child_import');
    const r = await uploadList(t, outsider, unit, { name: 'ds.xlsx', data: await messyList([]) });
    expect(r.status).toBe(404);
    expect(r.body.error.code).toBe('UNIT_NOT_FOUND');
    expect(await count(t, 'child_import')).toBe(before);
  });

  it('another unit’s import: 404 to read, to download, and to write (the write audited)', async () => {
    const get = await t.apiRaw('GET', `/api/children/imports/${importId}`, { session: outsider });
    expect(get.status).toBe(404);
    const rejects = await t.apiRaw('GET', `/api/children/imports/${importId}/rejects.xlsx`, {
      session: outsider,
    });
    expect(rejects.status).toBe(404);
    const audits = await count(
      t,
      'audit_log',
      `entity = 'child_import' and entity_id = '${importId}' and actor_id = '${outsider.userId}'`,
    );
    const run = await t.apiRaw('POST', `/api/children/imports/${importId}/run`, {
      session: outsider,
      body: {},
    });
    expect(run.status).toBe(404);
    expect((run.body as { error: { code: string } }).error.code).toBe('CHILD_IMPORT_NOT_FOUND');
    const map = await t.apiRaw('PUT', `/api/children/imports/${importId}/mapping`, {
      session: outsider,
      body: { mapping: { fullName: 'Họ và tên' } },
    });
    expect(map.status).toBe(404);
    expect(
      await count(
        t,
        'audit_log',
        `entity = 'child_import' and entity_id = '${importId}' and actor_id = '${outsider.userId}'`,
      ),
    ).toBe(audits + 2);
    expect(
      (await t.apiRaw('GET', `/api/children/imports/${importId}`, { session: worker })).body,
    ).toMatchObject({
      status: 'previewed',
    });
  });

  it('a role without children.import (leader): 403 on every import route', async () => {
    const up = await uploadList(t, leader, unit, { name: 'ds.xlsx', data: await messyList([]) });
    expect(up.status).toBe(403);
    for (const [m, url] of [
      ['GET', '/api/children/imports'],
      ['GET', `/api/children/imports/${importId}`],
      ['GET', `/api/children/imports/${importId}/issues`],
      ['GET', `/api/children/imports/${importId}/rejects.xlsx`],
      ['POST', `/api/children/imports/${importId}/run`],
    ] as const) {
      const r = await t.apiRaw(m, url, { session: leader, ...(m === 'POST' ? { body: {} } : {}) });
      expect(r.status, url).toBe(403);
    }
  });
});
