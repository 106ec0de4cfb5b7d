// The campaign's sheets: the household check sheet per thôn and the police hand-over list (out),
// and the reader of the same sheets filled in and sent back (in, run in a worker by campaigns-upload.ts).
// Each data row carries its item's id in a hidden first column: answers are matched by it, never by name.
import type { Workbook, Worksheet } from 'exceljs';
import {
  campaignProblemLabels,
  foldVi,
  visitResultLabels,
  type CampaignProblem,
  type CampaignsErrorCode,
} from '@vte/contracts';
import { isCompoundFile, isEncryptedOffice } from '../../platform/documents/zip-inspect';
import { checkOfficeZip } from '../../platform/documents/zip-verify';
import { viDate } from '../../platform/dates';

export const ROW_KEY_HEADER = 'Mã dòng (không sửa)';
export const H = {
  stt: 'STT',
  name: 'Họ và tên',
  dob: 'Ngày sinh',
  sex: 'Giới tính',
  guardians: 'Cha/mẹ/người giám hộ',
  hamlet: 'Thôn/Tổ dân phố',
  address: 'Nơi cư trú',
  currentId: 'Số định danh hiện có',
  problems: 'Vấn đề cần kiểm tra',
  visit: 'Kết quả rà soát',
  note: 'Ghi chú',
  newId: 'Số định danh đúng',
  police: 'Kết quả xác thực',
} as const;
/** The answers the police column offers (anything else is read loosely, see readPoliceResult). */
export const POLICE_LABELS = { cong_an_xac_thuc: 'Đã xác thực', cong_an_tra_lai: 'Không khớp' } as const;
export const MAX_SHEET_ROWS = 20_000;

export interface SheetChild {
  itemId: string;
  fullName: string;
  dob: string | null;
  dobPrecision: string;
  sex: string | null;
  guardians: string | null;
  hamlet: string | null;
  address: string | null;
  personalId: string | null;
  problems: CampaignProblem[];
}

export interface SheetHeading {
  title: string;
  campaign: string;
  place: string;
  /** "Xuất bởi … lúc … — Lý do: …": every export carries who, when and why. */
  exportedBy: string;
}

function dobText(c: SheetChild): string {
  if (!c.dob) return '';
  if (c.dobPrecision === 'year' || c.dobPrecision === 'estimated') return c.dob.slice(0, 4);
  if (c.dobPrecision === 'month') return `${c.dob.slice(5, 7)}/${c.dob.slice(0, 4)}`;
  return viDate(c.dob);
}
const sexText = (s: string | null) => (s === 'M' ? 'Nam' : s === 'F' ? 'Nữ' : '');
const font = { name: 'Times New Roman', size: 11 };
const thin = { style: 'thin' } as const;

function heading(ws: Worksheet, h: SheetHeading, width: number): void {
  const lines = [h.title, h.campaign, h.place, h.exportedBy];
  lines.forEach((text, i) => {
    ws.mergeCells(i + 1, 2, i + 1, width);
    Object.assign(ws.getCell(i + 1, 2), {
      value: text,
      font: { ...font, bold: i === 0, size: i === 0 ? 13 : 11, italic: i === 3 },
      alignment: { horizontal: 'center', wrapText: true },
    });
  });
}

function table(ws: Worksheet, headers: string[], widths: number[], rows: (string | number)[][]): void {
  const top = 6;
  const header = ws.getRow(top);
  header.values = [ROW_KEY_HEADER, ...headers];
  header.height = 36;
  header.eachCell((c) =>
    Object.assign(c, {
      font: { ...font, bold: true },
      alignment: { wrapText: true, vertical: 'middle', horizontal: 'center' },
      fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } },
      border: { top: thin, left: thin, bottom: thin, right: thin },
    }),
  );
  rows.forEach((values, i) => {
    const row = ws.getRow(top + 1 + i);
    row.values = values;
    for (let col = 1; col <= values.length; col++)
      Object.assign(row.getCell(col), {
        font,
        alignment: { wrapText: true, vertical: 'top' },
        border: { top: thin, left: thin, bottom: thin, right: thin },
      });
  });
  // IDs are text: a number cell would drop the leading 0 of every province code.
  ws.getColumn(1).hidden = true;
  ws.getColumn(1).width = 38;
  widths.forEach((w, i) => (ws.getColumn(i + 2).width = w));
  ws.views = [{ state: 'frozen', ySplit: top }];
  ws.pageSetup = {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `${top}:${top}`,
  };
}

/** One drop-down over a column's data rows (one rule for the range, not one per cell). */
function listValidation(ws: Worksheet, col: number, from: number, to: number, options: string[]): void {
  if (to < from) return;
  const letter = ws.getColumn(col).letter;
  const rules = (ws as unknown as { dataValidations: { add(range: string, v: object): void } })
    .dataValidations;
  rules.add(`${letter}${from}:${letter}${to}`, {
    type: 'list',
    allowBlank: true,
    showErrorMessage: false,
    formulae: [`"${options.join(',')}"`],
  });
}

async function newBook(): Promise<Workbook> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Vì Trẻ Em';
  return wb;
}

/** CV 2513 step 2: one row per record to check at the household, result columns left blank. */
export async function checkSheetXlsx(h: SheetHeading, children: SheetChild[]): Promise<Buffer> {
  const wb = await newBook();
  const ws = wb.addWorksheet('Phiếu rà soát');
  const headers = [
    H.stt,
    H.name,
    H.dob,
    H.sex,
    H.guardians,
    H.hamlet,
    H.address,
    H.currentId,
    H.problems,
    H.visit,
    H.note,
  ];
  heading(ws, h, headers.length + 1);
  table(
    ws,
    headers,
    [5, 24, 11, 7, 26, 14, 24, 15, 30, 22, 24],
    children.map((c, i) => [
      c.itemId,
      i + 1,
      c.fullName,
      dobText(c),
      sexText(c.sex),
      c.guardians ?? '',
      c.hamlet ?? '',
      c.address ?? '',
      c.personalId ?? '',
      c.problems.map((p) => campaignProblemLabels[p]).join('; '),
      '',
      '',
    ]),
  );
  listValidation(ws, 11, 7, 6 + children.length, Object.values(visitResultLabels));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** CV 2513 step 3: "Danh sách bàn giao Công an xác thực", the police fill in the last two columns. */
export async function policeListXlsx(h: SheetHeading, children: SheetChild[]): Promise<Buffer> {
  const wb = await newBook();
  const ws = wb.addWorksheet('Bàn giao Công an');
  const headers = [H.stt, H.name, H.dob, H.sex, H.guardians, H.address, H.currentId, H.newId, H.police];
  heading(ws, h, headers.length + 1);
  table(
    ws,
    headers,
    [5, 24, 11, 7, 26, 30, 16, 16, 18],
    children.map((c, i) => [
      c.itemId,
      i + 1,
      c.fullName,
      dobText(c),
      sexText(c.sex),
      c.guardians ?? '',
      [c.address, c.hamlet].filter(Boolean).join(', '),
      c.personalId ?? '',
      '',
      '',
    ]),
  );
  for (let r = 7; r <= 6 + children.length; r++) ws.getCell(r, 9).numFmt = '@';
  listValidation(ws, 10, 7, 6 + children.length, Object.values(POLICE_LABELS));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

// ---- Reading a filled sheet back (inside the worker) ----

export interface SheetRow {
  /** The Excel row number, as the user sees it. */
  row: number;
  key: string;
  /** Folded header → cell text. */
  cells: Record<string, string>;
}
export type SheetAnswer = { ok: true; rows: SheetRow[] } | { ok: false; code: CampaignsErrorCode };

function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    const o = v as { richText?: { text: string }[]; result?: unknown; text?: unknown; error?: unknown };
    if (o.richText) return o.richText.map((t) => t.text).join('');
    if ('result' in o) return cellText(o.result);
    if (o.text !== undefined) return cellText(o.text);
    return '';
  }
  if (typeof v === 'number') return Number.isInteger(v) ? v.toFixed(0) : String(v);
  return String(v as string | boolean)
    .normalize('NFC')
    .trim();
}

/** The first sheet's rows under the header row that has the row-key column and every `required` header. */
export async function readCampaignSheet(buf: Buffer, required: string[]): Promise<SheetAnswer> {
  if (isEncryptedOffice(buf)) return { ok: false, code: 'CAMPAIGN_FILE_ENCRYPTED' };
  if (isCompoundFile(buf)) return { ok: false, code: 'CAMPAIGN_FILE_TYPE' };
  const zip = await checkOfficeZip(buf);
  if (!zip.ok)
    return {
      ok: false,
      code:
        zip.reason === 'encrypted'
          ? 'CAMPAIGN_FILE_ENCRYPTED'
          : zip.reason === 'too_large' || zip.reason === 'too_many_entries'
            ? 'CAMPAIGN_FILE_TOO_COMPLEX'
            : 'CAMPAIGN_FILE_UNREADABLE',
    };
  const wb = await newBook();
  try {
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
  } catch {
    return { ok: false, code: 'CAMPAIGN_FILE_UNREADABLE' };
  }
  const ws = wb.worksheets[0];
  if (!ws) return { ok: false, code: 'CAMPAIGN_FILE_NO_HEADER' };
  if (ws.rowCount > MAX_SHEET_ROWS) return { ok: false, code: 'CAMPAIGN_FILE_TOO_COMPLEX' };
  const want = [ROW_KEY_HEADER, ...required].map(foldVi);
  let columns: Map<number, string> | null = null;
  const rows: SheetRow[] = [];
  ws.eachRow((row, n) => {
    const texts = new Map<number, string>();
    row.eachCell((c, col) => texts.set(col, foldVi(cellText(c.value))));
    if (!columns) {
      if (n <= 30 && want.every((w) => [...texts.values()].includes(w))) columns = texts;
      return;
    }
    const cells: Record<string, string> = {};
    for (const [col, name] of columns) cells[name] = cellText(row.getCell(col).value);
    const key = cells[foldVi(ROW_KEY_HEADER)] ?? '';
    if (Object.values(cells).every((v) => v === '')) return;
    rows.push({ row: n, key, cells });
  });
  if (!columns) return { ok: false, code: 'CAMPAIGN_FILE_NO_HEADER' };
  return { ok: true, rows };
}

/** A police answer written loosely: "Đã xác thực", "đúng", "Không khớp", "trả lại"… */
export function readPoliceResult(text: string): 'cong_an_xac_thuc' | 'cong_an_tra_lai' | null | 'unknown' {
  const t = foldVi(text);
  if (!t || t.startsWith('chua')) return null;
  if (/khong|tra lai|sai/.test(t)) return 'cong_an_tra_lai';
  if (/xac thuc|dung|khop|^ok$|^x$/.test(t)) return 'cong_an_xac_thuc';
  return 'unknown';
}

/** A visit result written as its label (the drop-down) or its code. */
export function readVisitResult(text: string): string | null | 'unknown' {
  const t = foldVi(text);
  if (!t) return null;
  for (const [code, label] of Object.entries(visitResultLabels))
    if (t === foldVi(label) || t === code.replace(/_/g, ' ') || t === code) return code;
  return 'unknown';
}
