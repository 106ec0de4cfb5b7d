// Finding the header of a list as officials keep it: title rows above ("UBND XÃ …", "DANH SÁCH TRẺ
// EM …"), a header on one or two rows (merged "Giới tính" over "Nam | Nữ"), sometimes a row of
// column numbers "(1) (2) (3)" below it.
import { fieldOfHeader, headerScore } from './mapping';
import { ImportReadError, type HeaderColumn, type HeaderFound, type RawSheet, type RawValue } from './types';

/** Rows searched for the header. */
const SEARCH_ROWS = 40;

export const cellText = (v: RawValue | undefined): string => {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') return String(v.serial);
  return String(v).normalize('NFC').replace(/\s+/g, ' ').trim();
};

function rowScore(row: RawValue[] | undefined): { score: number; hasName: boolean } {
  let score = 0;
  let hasName = false;
  for (const v of row ?? []) {
    if (typeof v !== 'string' || v.length > 120) continue;
    score += headerScore(v);
    const field = fieldOfHeader(v);
    if (field === 'fullName' || field === 'givenName') hasName = true;
  }
  return { score, hasName };
}

/** Best header-likeness of a sheet (chooses among a workbook's sheets). */
export function sheetHeaderScore(sheet: RawSheet): number {
  let best = 0;
  for (let r = 0; r < Math.min(SEARCH_ROWS, sheet.rows.length); r++) {
    const { score, hasName } = rowScore(sheet.rows[r]);
    if (hasName) best = Math.max(best, score);
  }
  return best;
}

function mergeAt(sheet: RawSheet, r: number, c: number) {
  return sheet.merges.find((m) => r >= m.r1 && r <= m.r2 && c >= m.c1 && c <= m.c2);
}

/** Text of a header cell, a merged range giving its value to every cell it covers. */
function headerCell(sheet: RawSheet, r: number, c: number): string {
  const m = mergeAt(sheet, r, c);
  return m ? cellText(sheet.rows[m.r1]?.[m.c1]) : cellText(sheet.rows[r]?.[c]);
}

const isShortText = (v: RawValue | undefined) =>
  typeof v === 'string' && v.trim().length > 0 && v.length <= 60;

/** The row under the header is its second row: "Nam | Nữ" under a merged "Giới tính". */
function isSubHeader(sheet: RawSheet, r: number, width: number): boolean {
  const below = sheet.rows[r + 1];
  if (!below || below.every((v) => v === null || v === undefined)) return false;
  if (below.some((v) => v !== null && v !== undefined && !isShortText(v))) return false;
  if (sheet.merges.some((m) => m.r1 === r && (m.c2 > m.c1 || m.r2 > m.r1))) return true;
  // No merge information (.csv): a header cell left blank with text under it, right of a filled one.
  for (let c = 1; c < width; c++) {
    if (!cellText(sheet.rows[r]?.[c]) && cellText(below[c]) && cellText(sheet.rows[r]?.[c - 1])) return true;
  }
  return false;
}

/** "(1) (2) (3)" or "1 2 3" under the header: column numbers, not a child. */
function isNumberingRow(row: RawValue[] | undefined): boolean {
  const cells = (row ?? []).filter((v) => v !== null && v !== undefined).map((v) => cellText(v));
  if (cells.length < 3) return false;
  return cells.every((t, i) => t.replace(/[()]/g, '') === String(i + 1) || /^\(?[A-Z]\)?$/.test(t));
}

function columnLetter(c: number): string {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function dataWidth(sheet: RawSheet, from: number): number {
  let width = 0;
  for (let r = from; r < Math.min(sheet.rows.length, from + 200); r++)
    width = Math.max(width, sheet.rows[r]?.length ?? 0);
  return width;
}

function headerTexts(sheet: RawSheet, r: number, twoRow: boolean, width: number): HeaderColumn[] {
  const out: HeaderColumn[] = [];
  const seen = new Map<string, number>();
  let lastTop = '';
  for (let c = 0; c < width; c++) {
    let top = headerCell(sheet, r, c);
    const bottom = twoRow ? headerCell(sheet, r + 1, c) : '';
    const sameMerge = twoRow && mergeAt(sheet, r, c) && mergeAt(sheet, r, c) === mergeAt(sheet, r + 1, c);
    // No merge information: a blank top over a sub-header belongs to the group on its left.
    if (!top && bottom && !sheet.merges.length) top = lastTop;
    if (cellText(sheet.rows[r]?.[c])) lastTop = top;
    let header = bottom && !sameMerge && bottom !== top ? (top ? `${top} / ${bottom}` : bottom) : top;
    if (!header) header = `Cột ${columnLetter(c)}`;
    const n = (seen.get(header) ?? 0) + 1;
    seen.set(header, n);
    out.push({ index: c, header: n > 1 ? `${header} (${n})` : header });
  }
  return out;
}

/** The header row(s) and each column's header text; CHILD_IMPORT_NO_HEADER when none is found. */
export function findHeader(sheet: RawSheet): HeaderFound {
  let best = -1;
  let bestScore = 0;
  for (let r = 0; r < Math.min(SEARCH_ROWS, sheet.rows.length); r++) {
    const { score, hasName } = rowScore(sheet.rows[r]);
    if (hasName && score >= 2 && score > bestScore) {
      best = r;
      bestScore = score;
    }
  }
  if (best < 0) throw new ImportReadError('CHILD_IMPORT_NO_HEADER');
  const width = Math.max(sheet.rows[best]?.length ?? 0, dataWidth(sheet, best + 1));
  const twoRow = isSubHeader(sheet, best, width);
  let last = twoRow ? best + 1 : best;
  const columns = headerTexts(sheet, best, twoRow, width);
  if (isNumberingRow(sheet.rows[last + 1])) last++;
  return { headerRow: twoRow ? best + 2 : best + 1, firstDataRow: last + 2, columns };
}
