import ExcelJS from 'exceljs';
import { aggregationLabels, type AggregatedIndicatorDto } from '@vte/contracts';
import { landscapeSheetOptions, rowHeight } from '../../../platform/documents/xlsx-layout';

export interface IndicatorAnnex {
  /** "PHỤ LỤC: SỐ LIỆU CÁC CHỈ TIÊU VỀ TRẺ EM". */
  title: string;
  unitName: string;
  periodLabel: string;
  indicators: AggregatedIndicatorDto[];
}

const FONT = { name: 'Times New Roman', size: 12 };
const HEADER_ROW = 4;
const thin = { style: 'thin' } as const;
const BORDER = { top: thin, left: thin, bottom: thin, right: thin };

/** One column per disaggregation across all indicators, in the order they first appear ("sex=nam" → "Nam"). */
function disaggColumns(indicators: AggregatedIndicatorDto[]): { disagg: string; label: string }[] {
  const seen = new Map<string, string>();
  for (const i of indicators)
    for (const c of i.cells) if (c.disagg && !seen.has(c.disagg)) seen.set(c.disagg, c.label);
  return [...seen].map(([disagg, label]) => ({ disagg, label }));
}

/**
 * The indicator annex (Phụ lục) of a consolidated report: one row per indicator, values as numbers so
 * the province can add them up; A4 landscape fitted to the page width (as many pages down as needed),
 * the header row repeated on every printed page, page numbers in the footer; the indicator's code and
 * name and the header stay in view when scrolling; rows as tall as their wrapped text (issue 9 item 16).
 */
export async function indicatorAnnexXlsx(p: IndicatorAnnex): Promise<Buffer> {
  const dis = disaggColumns(p.indicators);
  const header = [
    'STT',
    'Mã',
    'Chỉ tiêu',
    'Đơn vị tính',
    'Cách tổng hợp',
    'Tổng số',
    ...dis.map((d) => d.label),
    'Kỳ trước',
    'Chỉ tiêu kế hoạch',
    'Thiếu số liệu',
  ];
  const widths = [6, 9, 48, 12, 18, 11, ...dis.map(() => 11), 11, 12, 36];
  // Columns from "Tổng số" to "Chỉ tiêu kế hoạch" hold numbers.
  const numeric = { from: 5, to: header.length - 2 };

  const wb = new ExcelJS.Workbook();
  wb.creator = 'Vì Trẻ Em';
  const ws = wb.addWorksheet(
    'Phụ lục',
    landscapeSheetOptions({
      headerRow: HEADER_ROW,
      xSplit: 3,
      margins: { left: 0.6, right: 0.4, top: 0.8, bottom: 0.8 },
    }),
  );
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  writeHeading(ws, p, header);
  ws.getRow(HEADER_ROW).height = rowHeight(header.map((h, i) => ({ text: h, width: widths[i]! * 0.9 })));
  p.indicators.forEach((ind, n) => {
    const row = ws.getRow(HEADER_ROW + 1 + n);
    writeIndicatorRow(row, ind, n, dis, numeric);
    row.height = rowHeight(
      widths.map((width, i) => ({ text: String(row.getCell(i + 1).value ?? ''), width })),
    );
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Title, unit and period, and the column headings (repeated on every printed page). */
function writeHeading(ws: ExcelJS.Worksheet, p: IndicatorAnnex, header: string[]): void {
  ws.mergeCells(1, 1, 1, header.length);
  Object.assign(ws.getCell(1, 1), {
    value: p.title,
    font: { ...FONT, size: 14, bold: true },
    alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
  });
  ws.getRow(1).height = 36;
  ws.mergeCells(2, 1, 2, header.length);
  Object.assign(ws.getCell(2, 1), {
    value: `${p.unitName} — ${p.periodLabel}`,
    font: { ...FONT, italic: true },
    alignment: { horizontal: 'center' },
  });

  const head = ws.getRow(HEADER_ROW);
  head.values = header;
  head.eachCell((c) =>
    Object.assign(c, {
      font: { ...FONT, bold: true },
      border: BORDER,
      alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
      fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } },
    }),
  );
}

function writeIndicatorRow(
  row: ExcelJS.Row,
  ind: AggregatedIndicatorDto,
  n: number,
  dis: { disagg: string }[],
  numericCols: { from: number; to: number },
): void {
  const byDisagg = new Map(ind.cells.map((c) => [c.disagg, c.value]));
  const missing = ind.missing.map((m) => (m.comment ? `${m.name} (${m.comment})` : m.name)).join('; ');
  const values: (string | number | null)[] = [
    n + 1,
    ind.code,
    ind.name,
    ind.unit,
    aggregationLabels[ind.aggregation],
    ind.total,
    ...dis.map((d) => byDisagg.get(d.disagg) ?? null),
    ind.previous,
    ind.target,
    missing || null,
  ];
  values.forEach((v, i) => {
    const c = row.getCell(i + 1);
    // Null stays an empty cell: "no data" must not read as zero.
    if (v !== null) c.value = v;
    const numeric = i >= numericCols.from && i <= numericCols.to;
    c.font = { ...FONT, bold: i === 1 };
    c.border = BORDER;
    c.alignment = {
      vertical: 'top',
      wrapText: true,
      horizontal: numeric ? 'right' : i <= 1 ? 'center' : 'left',
    };
    if (numeric) c.numFmt = ind.aggregation === 'ratio' ? '#,##0.0' : '#,##0';
  });
}
