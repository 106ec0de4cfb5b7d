import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { layout, runningPostmaster } from '../../apps/server/src/platform/db/embedded';
import { cli, SLOW } from '../cli.test-support';

// children:import as a child process (like `npm run -s cli`), on an empty DATA_DIR: it creates the
// embedded database as `npm start` does, prints only the issue's JSON on stdout, and imports the
// valid rows (or nothing with --dry-run).

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'vte-cimp-'));
// As root the embedded server runs as `postgres`, which must be able to reach DATA_DIR.
fs.chmodSync(root, 0o755);
const dataDir = path.join(root, 'data');
const file = path.join(root, 'danh-sach.xlsx');
const env = { DATA_DIR: dataDir };

afterAll(async () => {
  const pm = runningPostmaster(layout(dataDir));
  if (pm) process.kill(pm.pid, 'SIGINT');
  for (let i = 0; pm && i < 100 && runningPostmaster(layout(dataDir)); i++)
    await new Promise((r) => setTimeout(r, 100));
  fs.rmSync(root, { recursive: true, force: true });
});

async function messyFile(): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('DS');
  ws.addRow(['UBND ĐẶC KHU LÝ SƠN']);
  ws.addRow(['DANH SÁCH TRẺ EM']);
  ws.addRow(['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Số định danh', 'Họ tên mẹ', 'Thôn']);
  ws.addRow([1, 'nguyễn  văn an', '12/3/15', 'Nam', '051215000001', 'Trần Thị Cúc', 'Thôn Đông']);
  ws.addRow([2, 'Trần Thị Bích', '2016', 'Nữ', '', 'Trần Thị Hoa', 'Thôn Tây']);
  ws.addRow([3, 'Lê Văn Cường', '31/02/2014', 'Nam', '', '', 'Thôn Đông']);
  ws.addRow([4, 'Nguyễn Văn An', '12/03/2015', 'Nam', '051215000001', 'Trần Thị Cúc', 'Thôn Đông']);
  ws.addRow(['', 'Cộng']);
  await wb.xlsx.writeFile(file);
}

const args = (...more: string[]) => [
  'children:import',
  file,
  '--unit',
  'Lý Sơn',
  '--as-of',
  '2026-11-30',
  ...more,
];

describe('children:import', () => {
  it('without --unit answers the usage in Vietnamese, exit 2, and creates no database', async () => {
    const r = await cli(['children:import', 'x.xlsx'], env);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Cách dùng:');
    expect(r.stdout).toBe('');
    expect(fs.existsSync(dataDir)).toBe(false);
  });

  it(
    'checks a messy list with --dry-run (nothing saved), then imports its valid rows, printing the JSON',
    async () => {
      await messyFile();
      const dry = await cli(args('--dry-run'), env);
      expect(dry.code, dry.stderr).toBe(0);
      expect(fs.existsSync(path.join(dataDir, 'pg', 'PG_VERSION'))).toBe(true);
      const out = JSON.parse(dry.stdout);
      expect(Object.keys(out)).toEqual(['rows', 'children', 'imported', 'issues', 'duplicates']);
      expect(out).toMatchObject({ rows: 5, children: 4, imported: 0 });
      expect(out.issues).toContainEqual({
        row: 6,
        column: 'Ngày sinh',
        code: 'DOB_INVALID',
        severity: 'error',
        message: expect.stringContaining('31/02/2014'),
      });
      expect(out.issues).toContainEqual(
        expect.objectContaining({ row: 4, code: 'NAME_NORMALISED', severity: 'fixed' }),
      );
      expect(out.issues).toContainEqual(expect.objectContaining({ row: 5, code: 'DOB_PARTIAL' }));
      expect(out.issues).toContainEqual(expect.objectContaining({ row: 8, code: 'ROW_SKIPPED' }));
      expect(out.duplicates).toEqual([{ rows: [4, 7], kind: 'same_id', score: 1 }]);

      const real = await cli(args(), env);
      expect(real.code, real.stderr).toBe(0);
      const done = JSON.parse(real.stdout);
      // Rows 4 and 5 become children; 6 (no such date) and 7 (the ID of row 4 again) are refused.
      expect(done).toMatchObject({ rows: 5, children: 4, imported: 2 });
      expect(done.issues).toEqual(out.issues);
    },
    SLOW * 2,
  );

  it(
    'the same file again is refused with the earlier import named, exit 1',
    async () => {
      const r = await cli(args(), env);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/đã được tải lên.*\(lần nhập [0-9a-f-]{36}, lúc /);
    },
    SLOW,
  );
});
