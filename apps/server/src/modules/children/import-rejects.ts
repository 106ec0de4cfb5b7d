// The rejects workbook: the rejected rows as the user wrote them, plus a "Lỗi" column saying why,
// so the user fixes them in place and imports the workbook again (its headers are the list's own).
import ExcelJS from 'exceljs';
import type { RejectedRow } from './import-plan';

export const REJECTS_ERROR_HEADER = 'Lỗi';
export const REJECTS_ROW_HEADER = 'Dòng trong tệp gốc';

export async function rejectsWorkbook(
  columns: { header: string }[],
  rejects: RejectedRow[],
  meta: { fileName: string; unitName: string; asOf: string },
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Vì Trẻ Em';
  const ws = wb.addWorksheet('Dòng bị loại');
  ws.addRow([
    `Các dòng chưa nhập được từ "${meta.fileName}" (${meta.unitName}, số liệu đến ${vnDate(meta.asOf)}). Sửa theo cột "${REJECTS_ERROR_HEADER}" rồi tải tệp này lên lại.`,
  ]);
  ws.addRow([]);
  const header = ws.addRow([...columns.map((c) => c.header), REJECTS_ROW_HEADER, REJECTS_ERROR_HEADER]);
  header.font = { bold: true };
  for (const r of [...rejects].sort((a, b) => a.draft.row - b.draft.row)) {
    const raw = r.draft.raw ?? [];
    ws.addRow([...columns.map((_, i) => raw[i] ?? ''), r.draft.row, r.messages.join('; ')]);
  }
  const errorCol = ws.getColumn(columns.length + 2);
  errorCol.width = 80;
  errorCol.alignment = { wrapText: true, vertical: 'top' };
  columns.forEach((_, i) => (ws.getColumn(i + 1).width = 20));
  ws.views = [{ state: 'frozen', ySplit: 3 }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const vnDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
