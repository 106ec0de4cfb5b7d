// Issue 9 item 16: the indicator annex prints A4 landscape fitted to the page width (however many
// breakdown columns), its header row repeated on every page, panes frozen, rows as tall as their
// wrapped text. The workbook is read back with ExcelJS.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { AggregatedIndicatorDto } from '@vte/contracts';
import { indicatorAnnexXlsx } from './indicator-annex-xlsx';

/** An indicator broken down 24 ways (sex × 12 age groups): 33 columns in all. */
function wide(n: number, name: string): AggregatedIndicatorDto {
  const cells = [{ disagg: '', label: 'Tổng số', value: 240 }];
  for (const sex of ['nam', 'nu'])
    for (let age = 0; age < 12; age++)
      cells.push({
        disagg: `sex=${sex};age=${age}`,
        label: `${sex === 'nam' ? 'Nam' : 'Nữ'} ${age} tuổi`,
        value: 10,
      });
  return {
    indicatorId: `00000000-0000-4000-8000-00000000000${n}`,
    code: `9.${n}`,
    name,
    unit: 'trẻ em',
    aggregation: 'sum',
    direction: 'neutral',
    cells,
    total: 240,
    previous: null,
    target: null,
    missing: [],
  } as AggregatedIndicatorDto;
}

const LONG =
  'Số trẻ em dưới 16 tuổi có hoàn cảnh đặc biệt được hỗ trợ, can thiệp, trợ giúp kịp thời theo quy định của pháp luật về trẻ em, kể cả trẻ em bị bỏ rơi, mồ côi cả cha và mẹ';

async function annex(indicators: AggregatedIndicatorDto[]) {
  const buf = await indicatorAnnexXlsx({
    title: 'PHỤ LỤC: SỐ LIỆU CÁC CHỈ TIÊU VỀ TRẺ EM',
    unitName: 'Huyện Lý Sơn',
    periodLabel: '6 tháng đầu năm 2025',
    indicators,
  });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as never);
  return wb.getWorksheet('Phụ lục')!;
}

describe('indicator annex layout (Excel)', () => {
  it('fits 33 columns to the width of A4 landscape pages, header row repeated, panes frozen', async () => {
    const ws = await annex([wide(1, 'Số trẻ em'), wide(2, LONG)]);
    expect(ws.getRow(4).cellCount).toBe(33);
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      // 0: as many pages down as the rows need (fit to width only).
      fitToHeight: 0,
      printTitlesRow: '4:4',
      horizontalCentered: true,
    });
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 3, ySplit: 4 });
    expect(ws.headerFooter.oddFooter).toMatch(/Trang &P\/&N/);
  });

  it('makes each row as tall as its wrapped text, and the header row as tall as its labels', async () => {
    const ws = await annex([wide(1, 'Số trẻ em'), wide(2, LONG)]);
    const short = ws.getRow(5);
    const long = ws.getRow(6);
    expect(long.getCell(3).value).toBe(LONG);
    expect(long.getCell(3).alignment?.wrapText).toBe(true);
    const width = ws.getColumn(3).width!;
    expect(long.height).toBeGreaterThanOrEqual(15 * Math.ceil(LONG.length / width));
    expect(long.height).toBeGreaterThan(short.height);
    expect(ws.getRow(4).height).toBeGreaterThanOrEqual(30);
  });
});
