// Issue 9 item 16: the assignment matrix wraps long task text in rows tall enough for it, repeats its
// header on every printed page, and two plans' files download under different names. The files are
// downloaded through the API and read back with ExcelJS.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { draftFromPreview } from '@vte/contracts';
import { LY_SON } from '../org';
import { createTestApp, type Session, type TestApp } from '../../test/harness';
import { plansWorld, seedText, upload } from './plans.test-support';

let t: TestApp;
let focal: Session;
let gddt: Session;
let planId: string;
let secondId: string;

beforeAll(async () => {
  t = await createTestApp();
  ({ focal, gddt, planId } = await plansWorld(t));
  const preview = await upload(t, focal, '/api/plans/import/preview', 'kh.txt', seedText, {
    unitId: LY_SON.districtId,
  });
  const draft = {
    ...draftFromPreview(preview.body.parsed, preview.body.matches, LY_SON.districtId),
    title: 'Kế hoạch truyền thông về quyền trẻ em năm 2025',
  };
  secondId = (await t.api('POST', '/api/plans', { session: focal, body: draft })).body.id;
});
afterAll(() => t.close());

const download = async (url: string, s: Session) => {
  const r = await t.app.inject({ method: 'GET', url, headers: { cookie: s.cookie } });
  expect(r.statusCode, url).toBe(200);
  const name = decodeURIComponent(
    /filename\*=UTF-8''(.+)$/.exec(String(r.headers['content-disposition']))![1]!,
  );
  return { name, data: r.rawPayload };
};

async function sheet(data: Buffer): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as never);
  return wb.getWorksheet('Phân công')!;
}

describe('assignment matrix (Excel)', () => {
  it('gives every task row a height for its wrapped text, long tasks taller than short ones', async () => {
    const ws = await sheet((await download(`/api/plans/${planId}/matrix.xlsx`, gddt)).data);
    const rows = Array.from({ length: ws.rowCount - 3 }, (_, i) => ws.getRow(4 + i));
    expect(rows).toHaveLength(13);
    const width = ws.getColumn(2).width!;
    expect(width).toBeGreaterThanOrEqual(50);
    for (const row of rows) {
      const text = String(row.getCell(2).value);
      expect(row.getCell(2).alignment?.wrapText, text).toBe(true);
      // At least one 15-point line per column's width of text: nothing overlaps or hides.
      expect(row.height, text).toBeGreaterThanOrEqual(15 * Math.ceil(text.length / width));
    }
    const byLength = [...rows].sort(
      (a, b) => String(a.getCell(2).value).length - String(b.getCell(2).value).length,
    );
    expect(byLength.at(-1)!.height).toBeGreaterThan(byLength[0]!.height);
    // Agency names wrap in a header row tall enough for the longest one.
    const header = ws.getRow(3);
    const longest = Math.max(...(header.values as unknown[]).slice(3).map((v) => String(v).length));
    expect(header.height).toBeGreaterThanOrEqual(15 * Math.ceil(longest / ws.getColumn(3).width!));
    expect(header.getCell(3).alignment?.wrapText).toBe(true);
  });

  it('prints A4 landscape fitted to the width, header row repeated; task column and header frozen', async () => {
    const ws = await sheet((await download(`/api/plans/${planId}/matrix.xlsx`, focal)).data);
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '3:3',
    });
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 3 });
    expect(ws.headerFooter.oddFooter).toContain('&P');
  });

  it('names two plans’ files differently, after each plan, in ASCII', async () => {
    const a = await download(`/api/plans/${planId}/matrix.xlsx`, focal);
    const b = await download(`/api/plans/${secondId}/matrix.xlsx`, focal);
    expect(a.name).not.toBe(b.name);
    expect(a.name).toMatch(/^ma-tran-phan-cong-[a-z0-9-]+\.xlsx$/);
    expect(b.name).toMatch(
      /^ma-tran-phan-cong-ke-hoach-truyen-thong-ve-quyen-tre-em-nam-2025-[0-9a-f]{8}\.xlsx$/,
    );
    expect(b.name).toContain(secondId.slice(0, 8));
    const wa = await download(`/api/plans/${planId}/export.docx`, focal);
    const wb = await download(`/api/plans/${secondId}/export.docx`, focal);
    expect(wa.name).not.toBe(wb.name);
    expect(wb.name).toMatch(/^ke-hoach-ke-hoach-truyen-thong-[a-z0-9-]+-[0-9a-f]{8}\.docx$/);
  });
});
