// Helpers of the children import tests: messy lists built with exceljs, multipart uploads, and the
// background job run the way the scheduler runs it.
import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import type { Session, TestApp } from '../../test/harness';
import { createScheduler } from '../../platform/jobs/scheduler';
import { IMPORT_JOB, runImportJob } from './import-job';

export const HEADERS = [
  'STT',
  'Họ và tên',
  'Ngày sinh',
  'Giới tính',
  'Dân tộc',
  'Số định danh cá nhân',
  'Họ tên cha',
  'Họ tên mẹ',
  'Thôn',
  'Nhóm HCĐB',
];

export type ListRow = (string | number | null)[];

/** A valid 12-digit ID of a child born in Quảng Ngãi (051) in 20yy; `n` makes it unique. */
export const cccd = (sex: 'M' | 'F', year: number, n: number) =>
  `051${sex === 'M' ? 2 : 3}${String(year % 100).padStart(2, '0')}${String(n).padStart(6, '0')}`;

/** A list as communes keep them: title rows above the header, a subtotal row at the end. */
export async function messyList(rows: ListRow[], opts: { title?: boolean; total?: boolean } = {}) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Danh sách');
  if (opts.title !== false) {
    ws.addRow(['UBND ĐẶC KHU LÝ SƠN']);
    ws.addRow(['DANH SÁCH TRẺ EM TRÊN ĐỊA BÀN']);
    ws.addRow([]);
  }
  ws.addRow(HEADERS);
  rows.forEach((r, i) => ws.addRow([i + 1, ...r]));
  if (opts.total !== false) ws.addRow(['', `Cộng: ${rows.length} trẻ`]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Excel row number of data row i (0-based) in messyList with the title rows. */
export const excelRow = (i: number) => 5 + i;

export function multipart(fields: Record<string, string>, file: { name: string; data: Buffer }) {
  const b = `----vte${Math.random().toString(16).slice(2)}`;
  const parts = Object.entries(fields).map(([k, v]) =>
    Buffer.from(`--${b}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`),
  );
  const payload = Buffer.concat([
    ...parts,
    Buffer.from(
      `--${b}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    file.data,
    Buffer.from(`\r\n--${b}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${b}` } };
}

export async function uploadList(
  t: TestApp,
  s: Session,
  fields: Record<string, string>,
  file: { name: string; data: Buffer },
) {
  const m = multipart(fields, file);
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/children/imports',
    payload: m.payload,
    headers: { ...m.headers, cookie: s.cookie, 'x-csrf-token': s.csrf },
  });

  return { status: res.statusCode, body: res.json() as any };
}

/** One scheduler round with the import handler registered, as main.ts does. */
export async function runJobs(t: TestApp): Promise<number> {
  const s = createScheduler(t.db, () => undefined);
  s.register(IMPORT_JOB, runImportJob);
  return s.tick();
}

export const count = async (t: TestApp, table: string, where = 'true') =>
  (await t.db.execute<{ n: number }>(sql.raw(`select count(*)::int as n from ${table} where ${where}`)))
    .rows[0]!.n;

export async function readRejects(data: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  const ws = wb.worksheets[0]!;
  const rows: string[][] = [];
  ws.eachRow((r) => rows.push((r.values as unknown[]).slice(1).map((v) => (v == null ? '' : String(v)))));
  return rows;
}
