import ExcelJS from 'exceljs';
import type { MatrixDto } from '@vte/contracts';
import { landscapeSheetOptions, rowHeight } from '../../platform/documents/xlsx-layout';

const FONT = { name: 'Times New Roman', size: 11 };
const HEADER_ROW = 3;
const WIDTH = { number: 6, content: 60, agency: 14 };
const thin = { style: 'thin' } as const;
const BORDER = { top: thin, left: thin, bottom: thin, right: thin };
const ROLE = { lead: 'Chủ trì', partner: 'Phối hợp' } as const;

/**
 * The assignment matrix (tasks × agencies) as an Excel sheet: long task text wraps in rows tall
 * enough for it, agency names wrap in the header row, which is repeated on every printed page; A4
 * landscape fitted to the page width; the task column and the header stay in view when scrolling.
 */
export async function matrixWorkbook(m: MatrixDto): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Vì Trẻ Em';
  const width = 2 + m.columns.length;
  const ws = wb.addWorksheet(
    'Phân công',
    landscapeSheetOptions({
      headerRow: HEADER_ROW,
      xSplit: 2,
      margins: { left: 0.5, right: 0.4, top: 0.6, bottom: 0.6 },
    }),
  );
  ws.getColumn(1).width = WIDTH.number;
  ws.getColumn(2).width = WIDTH.content;
  for (let c = 3; c <= width; c++) ws.getColumn(c).width = WIDTH.agency;

  const title = `MA TRẬN PHÂN CÔNG NHIỆM VỤ — ${m.title.toUpperCase()}`;
  ws.mergeCells(1, 1, 1, width);
  Object.assign(ws.getCell(1, 1), {
    value: title,
    font: { ...FONT, bold: true, size: 13 },
    alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
  });
  const titleWidth = WIDTH.number + WIDTH.content + m.columns.length * WIDTH.agency;
  ws.getRow(1).height = rowHeight([{ text: title, width: titleWidth }], 1.25);

  writeHeader(ws.getRow(HEADER_ROW), m);
  m.rows.forEach((r, i) => writeTask(ws.getRow(HEADER_ROW + 1 + i), r, m));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function writeHeader(row: ExcelJS.Row, m: MatrixDto): void {
  row.values = ['STT', 'Nội dung nhiệm vụ', ...m.columns.map((c) => c.name)];
  row.eachCell((c) =>
    Object.assign(c, {
      font: { ...FONT, bold: true },
      border: BORDER,
      alignment: { wrapText: true, vertical: 'middle', horizontal: 'center' },
      fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } },
    }),
  );
  // Bold text is wider: a little more room per line.
  row.height = rowHeight(
    m.columns.map((c) => ({ text: c.name, width: WIDTH.agency * 0.9 })),
    1,
  );
}

function writeTask(row: ExcelJS.Row, r: MatrixDto['rows'][number], m: MatrixDto): void {
  row.values = [r.number, r.content, ...m.columns.map((c) => (r.cells[c.id] ? ROLE[r.cells[c.id]!] : ''))];
  for (let col = 1; col <= 2 + m.columns.length; col++) {
    const c = row.getCell(col);
    c.border = BORDER;
    c.font = { ...FONT, bold: col > 2 && c.value === ROLE.lead };
    c.alignment = { wrapText: true, vertical: 'top', horizontal: col === 2 ? 'left' : 'center' };
  }
  row.height = rowHeight([{ text: r.content, width: WIDTH.content }]);
}
