// .csv lists: the encoding is found from the bytes (UTF-8 with or without BOM, UTF-16 with a BOM or
// by its zero bytes, else Windows-1258, the Vietnamese ANSI code page Excel saves with), the
// delimiter from the first lines (comma, semicolon or tab). Every cell stays text: an ID keeps its
// leading zeros and a date its written form.
import { ImportReadError, type RawSheet, type RawValue } from './types';

function swapBytes(buf: Buffer): Buffer {
  const out = Buffer.alloc(buf.length - (buf.length % 2));
  for (let i = 0; i + 1 < buf.length; i += 2) {
    out[i] = buf[i + 1]!;
    out[i + 1] = buf[i]!;
  }
  return out;
}

/** The text of a .csv file, whatever of the usual encodings it was saved in. */
export function decodeCsv(buf: Buffer): string {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return buf.subarray(3).toString('utf8');
  if (buf[0] === 0xff && buf[1] === 0xfe) return buf.subarray(2).toString('utf16le');
  if (buf[0] === 0xfe && buf[1] === 0xff) return swapBytes(buf.subarray(2)).toString('utf16le');
  const head = buf.subarray(0, 4096);
  let oddZeros = 0;
  let evenZeros = 0;
  head.forEach((b, i) => {
    if (b === 0) {
      if (i % 2) oddZeros++;
      else evenZeros++;
    }
  });
  if (oddZeros > head.length / 4) return buf.toString('utf16le');
  if (evenZeros > head.length / 4) return swapBytes(buf).toString('utf16le');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    return new TextDecoder('windows-1258').decode(buf);
  }
}

function delimiterOf(text: string): string {
  const lines = text.split(/\r?\n/, 12);
  let best = ',';
  let bestCount = 0;
  for (const d of [',', ';', '\t']) {
    const count = lines.reduce((n, l) => n + l.split(d).length - 1, 0);
    if (count > bestCount) {
      best = d;
      bestCount = count;
    }
  }
  return best;
}

/** RFC 4180 with any of the three delimiters; quoted cells may hold delimiters, quotes and line breaks. */
export function parseCsv(text: string, maxRows: number): RawValue[][] {
  const d = delimiterOf(text);
  const rows: RawValue[][] = [];
  let row: RawValue[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    const v = cell.trim();
    row.push(v === '' ? null : v);
    cell = '';
  };
  const endRow = () => {
    endCell();
    if (rows.length >= maxRows) throw new ImportReadError('CHILD_IMPORT_TOO_MANY_ROWS');
    rows.push(row.some((v) => v !== null) ? row : []);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else cell += ch;
    } else if (ch === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (ch === d) endCell();
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRow();
    } else cell += ch;
  }
  if (cell !== '' || row.length) endRow();
  return rows;
}

export function readCsv(buf: Buffer, maxRows: number): RawSheet {
  const text = decodeCsv(buf);
  // A control character other than tab and line breaks: not a text list.
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  if (/[\u0000-\u0008\u000e-\u001f]/.test(text.slice(0, 65536)))
    throw new ImportReadError('CHILD_IMPORT_UNREADABLE');
  return { sheetName: 'csv', rows: parseCsv(text, maxRows), merges: [], formulas: new Set() };
}
