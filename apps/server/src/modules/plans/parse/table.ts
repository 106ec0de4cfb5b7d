// Task tables (STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian | Sản phẩm) written as
// text: pipe-separated rows (also what the .docx reader emits for a task table, with "<br>" for a
// paragraph break inside a cell) or tab-separated rows pasted from Word, where a cell holding
// several paragraphs spreads one row over several lines.
import type { Line } from './normalize';
import { detectMarker } from './markers';
import { fold } from './text-util';

export type Column = 'stt' | 'content' | 'lead' | 'partners' | 'timeframe' | 'outputs' | 'note' | 'other';

export interface TableRow {
  cells: string[];
  first: number;
  last: number;
}

export interface TextTable {
  columns: Column[];
  rows: TableRow[];
  first: number;
  last: number;
}

export function classifyColumn(cell: string): Column {
  const t = fold(cell)
    .replace(/<br\s*\/?>/gu, ' ')
    .trim();
  if (/^(?:stt|tt|số tt|số thứ tự)\.?$/u.test(t)) return 'stt';
  if (/phối hợp/u.test(t)) return 'partners';
  if (/thời gian|thời hạn|tiến độ/u.test(t)) return 'timeframe';
  if (/sản phẩm|kết quả/u.test(t)) return 'outputs';
  if (/ghi chú/u.test(t)) return 'note';
  if (/chủ trì|phụ trách|^(?:cơ quan|đơn vị)/u.test(t)) return 'lead';
  if (/nội dung|nhiệm vụ|hoạt động|công việc/u.test(t)) return 'content';
  if (/thực hiện/u.test(t)) return 'lead';
  return 'other';
}

/** Column roles of a header row, or null when the row is not a task-table header. */
export function classifyHeader(cells: string[]): Column[] | null {
  if (cells.length < 3) return null;
  const cols = cells.map(classifyColumn);
  const has = (c: Column): boolean => cols.includes(c);
  if (!has('content') || !(has('lead') || has('partners'))) return null;
  return cols;
}

const SEPARATOR_ROW_RE = /^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?$/u;

function splitPipe(text: string): string[] {
  return text
    .trim()
    .replace(/^\|/u, '')
    .replace(/\|$/u, '')
    .split('|')
    .map((c) => c.trim());
}

function splitTab(raw: string): string[] {
  return raw
    .replace(/\s+$/u, '')
    .split('\t')
    .map((c) => c.replace(/\s+/gu, ' ').trim());
}

function isPipeRow(text: string): boolean {
  return text.startsWith('|') || (text.match(/\|/gu)?.length ?? 0) >= 2;
}

function fit(cells: string[], n: number): string[] {
  const out = [...cells];
  // Leading indentation tabs produce empty cells before STT.
  while (out.length > n && out[0] === '') out.shift();
  while (out.length > n && out[out.length - 1] === '') out.pop();
  if (out.length > n) out.splice(n - 1, out.length - n + 1, out.slice(n - 1).join(' '));
  return out;
}

function appendToCell(row: TableRow, text: string, no: number): void {
  const i = row.cells.length - 1;
  row.cells[i] = row.cells[i] ? `${row.cells[i]}<br>${text}` : text;
  row.last = no;
}

/** Task tables among lines[from, to); the returned line numbers are consumed by the tables. */
export function findTextTables(
  lines: Line[],
  from: number,
  to: number,
): { tables: TextTable[]; used: Set<number> } {
  const tables: TextTable[] = [];
  const used = new Set<number>();
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    const pipe = isPipeRow(line.text);
    if (!pipe && !line.raw.includes('\t')) continue;
    const header = pipe ? splitPipe(line.text) : splitTab(line.raw).filter((c) => c !== '');
    const columns = classifyHeader(header);
    if (!columns) continue;
    const n = columns.length;
    const table: TextTable = { columns, rows: [], first: line.no, last: line.no };
    used.add(line.no);
    let cur: TableRow | null = null;
    let j = i + 1;
    for (; j < to; j++) {
      const l = lines[j]!;
      const t = l.text;
      if (!t) {
        const next = lines.slice(j + 1, to).find((x) => x.text);
        if (!next || !(pipe ? isPipeRow(next.text) : next.raw.includes('\t'))) break;
        continue;
      }
      if (pipe && SEPARATOR_ROW_RE.test(t)) {
        used.add(l.no);
        continue;
      }
      const hasSep = pipe ? isPipeRow(t) : l.raw.includes('\t');
      if (hasSep) {
        const cells = pipe ? splitPipe(t) : splitTab(l.raw);
        if (!pipe && cur && cur.cells.length < n) {
          // The previous row continues: its last cell broke across lines.
          appendToCell(cur, cells[0] ?? '', l.no);
          cur.cells.push(...cells.slice(1));
          cur.cells = fit(cur.cells, n);
        } else {
          cur = { cells: fit(cells, n), first: l.no, last: l.no };
          table.rows.push(cur);
        }
      } else {
        const m = detectMarker(t);
        // A numbered paragraph after a complete row is prose after the table, not a cell.
        const complete = !cur || cur.cells.length >= n;
        const ends =
          m?.kind === 'roman' || (m?.kind === 'decimal' && complete) || /^(?:Nơi nhận|Lưu\s*:)/u.test(t);
        if (ends || !cur) break;
        appendToCell(cur, t, l.no);
      }
      used.add(l.no);
      table.last = l.no;
    }
    for (const r of table.rows) while (r.cells.length < n) r.cells.push('');
    tables.push(table);
    i = j - 1;
  }
  return { tables, used };
}
