// A lean .xlsx reader for lists of children: the zip's directory is checked (platform/documents),
// each part is inflated with its declared size as a hard cap, and the sheet's XML is scanned for
// cells only. A general library kept every cell as an object (100,000 rows: ~260 MB of heap, over
// the parse worker's limit); this keeps plain values, so a worker reads 200,000 rows.
import zlib from 'node:zlib';
import { inspectZip, type ZipEntry } from '../../../platform/documents/zip-inspect';
import { cellKey, ImportReadError, type RawSheet, type RawValue } from './types';

export interface XlsxSheetRef {
  name: string;
  path: string;
  hidden: boolean;
}

export interface XlsxBook {
  sheets: XlsxSheetRef[];
  read(sheet: XlsxSheetRef, maxRows: number): RawSheet;
}

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML text → string: entities, character references and Excel's _xHHHH_ escapes. */
export function xmlText(s: string): string {
  let out = s.includes('&')
    ? s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
        if (e[0] === '#') {
          const n = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
          return Number.isFinite(n) && n > 0 && n < 0x110000 ? String.fromCodePoint(n) : '';
        }
        return ENTITY[e] ?? m;
      })
    : s;
  if (out.includes('_x'))
    out = out.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
  return out;
}

const attr = (tag: string, name: string): string | null => {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? xmlText(m[1]!) : null;
};

/** Some writers prefix every element (<x:row>); the rest of the reader expects none. */
const unprefix = (xml: string) =>
  /<[a-z]+:(?:c|row|si|sheet|t)\b/.test(xml) ? xml.replace(/<(\/?)[a-zA-Z0-9]+:/g, '<$1') : xml;

function openZip(buf: Buffer): Map<string, ZipEntry> {
  const zip = inspectZip(buf);
  if (!zip.ok)
    throw new ImportReadError(
      zip.reason === 'encrypted' ? 'CHILD_IMPORT_ENCRYPTED' : 'CHILD_IMPORT_UNREADABLE',
    );
  return new Map(zip.entries.map((e) => [e.name.toLowerCase(), e]));
}

function inflate(buf: Buffer, entries: Map<string, ZipEntry>, name: string): Buffer | null {
  const e = entries.get(name.toLowerCase());
  if (!e) return null;
  const data = buf.subarray(e.dataOffset, e.dataOffset + e.compressedSize);
  try {
    // The declared size is a cap: a part that inflates past it is refused, never buffered.
    return e.method === 0 ? data : zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, e.size) });
  } catch {
    throw new ImportReadError('CHILD_IMPORT_UNREADABLE');
  }
}

function part(buf: Buffer, entries: Map<string, ZipEntry>, name: string): string | null {
  const out = inflate(buf, entries, name);
  return out === null ? null : unprefix(out.toString('utf8'));
}

function resolveTarget(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.') parts.push(seg);
  }
  return parts.join('/');
}

function relationships(xml: string | null): Map<string, { target: string; type: string }> {
  const out = new Map<string, { target: string; type: string }>();
  for (const m of (xml ?? '').matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attr(m[0], 'Id');
    const target = attr(m[0], 'Target');
    if (id && target) out.set(id, { target, type: attr(m[0], 'Type') ?? '' });
  }
  return out;
}

const SHARED_TOKEN = /<si>|<\/si>|<si\/>|<rPh\b[\s\S]*?<\/rPh>|<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/dg;

/**
 * Shared strings: each <si>'s text runs joined, phonetic runs (<rPh>) left out. The XML is scanned
 * as latin1 (one character per byte, so match positions are byte offsets) and each text is decoded
 * from the bytes: a fresh string, where a slice of the whole decoded part would keep it all alive.
 */
function sharedStrings(raw: Buffer | null): string[] {
  if (!raw) return [];
  let bytes = raw;
  let xml = bytes.toString('latin1');
  if (/<[a-z]+:si\b/.test(xml)) {
    bytes = Buffer.from(unprefix(raw.toString('utf8')), 'utf8');
    xml = bytes.toString('latin1');
  }
  const out: string[] = [];
  let current = '';
  for (const m of xml.matchAll(SHARED_TOKEN)) {
    const tok = m[0];
    if (tok === '<si>') current = '';
    else if (tok === '</si>' || tok === '<si/>') {
      out.push(current);
      current = '';
    } else if (m[1] !== undefined && m.indices?.[1]) {
      const [start, end] = m.indices[1];
      const text = bytes.toString('utf8', start, end);
      current += text.includes('&') || text.includes('_x') ? xmlText(text) : text;
    }
  }
  return out;
}

const BUILTIN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54,
  55, 56, 57, 58,
]);

/** A number format that shows a date: d, m, y (or time) letters outside quotes, colours and locales. */
export function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\\./g, '')
    .replace(/_.|\*./g, '');
  return /[dmyhs]/i.test(bare) && !/^general$/i.test(bare.trim());
}

/** Per cell style index (s="…"): does it show a date? */
function dateStyles(xml: string | null): boolean[] {
  if (!xml) return [];
  const custom = new Map<number, string>();
  for (const m of xml.matchAll(/<numFmt\b[^>]*>/g)) {
    const id = Number(attr(m[0], 'numFmtId'));
    const code = attr(m[0], 'formatCode');
    if (code !== null) custom.set(id, code);
  }
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1] ?? '';
  return [...xfs.matchAll(/<xf\b[^>]*>/g)].map((m) => {
    const id = Number(attr(m[0], 'numFmtId') ?? '0');
    const code = custom.get(id);
    return code !== undefined ? isDateFormat(code) : BUILTIN_DATE_FORMATS.has(id);
  });
}

/** Column letters of a cell reference → 0-based index ("AB12" → 27). */
function columnIndex(ref: string): number {
  let c = 0;
  for (let i = 0; i < ref.length; i++) {
    const ch = ref.charCodeAt(i);
    if (ch < 65 || ch > 90) break;
    c = c * 26 + (ch - 64);
  }
  return c - 1;
}

const CELL = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
const ROW = /<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g;

interface SheetContext {
  strings: string[];
  dates: boolean[];
  /** Excel's 1904 date system: serials are shifted to the 1900 system. */
  date1904: boolean;
}

function cellValue(attrs: string, body: string, ctx: SheetContext): RawValue {
  const type = /\st="([^"]*)"/.exec(attrs)?.[1] ?? 'n';
  if (type === 'inlineStr') {
    let text = '';
    for (const t of body.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)) text += t[1];
    return xmlText(text);
  }
  const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
  if (v === undefined) return null;
  if (type === 's') return ctx.strings[Number(v)] ?? null;
  if (type === 'str') return xmlText(v);
  if (type === 'b') return v === '1';
  if (type === 'e') return null;
  const n = Number(v);
  if (!Number.isFinite(n)) return xmlText(v);
  const style = /\ss="(\d+)"/.exec(attrs)?.[1];
  if (style !== undefined && ctx.dates[Number(style)]) return { serial: ctx.date1904 ? n + 1462 : n };
  return n;
}

function readRows(xml: string, ctx: SheetContext, sheet: RawSheet, maxRows: number, at: { next: number }) {
  for (const rm of xml.matchAll(ROW)) {
    const rAttr = /\sr="(\d+)"/.exec(rm[1]!)?.[1];
    const r = rAttr ? Number(rAttr) - 1 : at.next;
    at.next = r + 1;
    if (!rm[2]) continue;
    if (r >= maxRows) throw new ImportReadError('CHILD_IMPORT_TOO_MANY_ROWS');
    const row: RawValue[] = [];
    let nextCol = 0;
    for (const cm of rm[2].matchAll(CELL)) {
      const ref = /\sr="([A-Z]+)\d*"/.exec(cm[1]!)?.[1];
      const c = ref ? columnIndex(ref) : nextCol;
      nextCol = c + 1;
      const body = cm[2] ?? '';
      const value = cellValue(cm[1]!, body, ctx);
      if (value === null || value === '') continue;
      row[c] = value;
      if (body.includes('<f')) sheet.formulas.add(cellKey(r, c));
    }
    if (row.length) sheet.rows[r] = row;
  }
  for (const m of xml.matchAll(/<mergeCell\b[^>]*ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"/g)) {
    sheet.merges.push({
      c1: columnIndex(m[1]!),
      r1: Number(m[2]) - 1,
      c2: columnIndex(m[3]!),
      r2: Number(m[4]) - 1,
    });
  }
}

const ROW_END = Buffer.from('</row>');
/** Bytes of XML decoded at a time: a list's sheet is never one string of tens of megabytes. */
const SLICE_BYTES = 1 << 20;

/**
 * The sheet's XML in slices that end just after a `</row>` (ASCII, so never inside a UTF-8
 * character): each slice is decoded, scanned and dropped. A prefixed sheet (<x:row>) is unprefixed
 * as one string first.
 */
function readSheetXml(raw: Buffer, ctx: SheetContext, name: string, maxRows: number): RawSheet {
  const sheet: RawSheet = { sheetName: name, rows: [], merges: [], formulas: new Set() };
  const at = { next: 0 };
  const head = raw.toString('utf8', 0, Math.min(raw.length, 4096));
  if (/<[a-z]+:(?:c|row|sheetData|worksheet)\b/.test(head)) {
    readRows(unprefix(raw.toString('utf8')), ctx, sheet, maxRows, at);
    return sheet;
  }
  let start = 0;
  while (start < raw.length) {
    const cut = raw.indexOf(ROW_END, start + SLICE_BYTES);
    const end = cut < 0 ? raw.length : cut + ROW_END.length;
    readRows(raw.toString('utf8', start, end), ctx, sheet, maxRows, at);
    start = end;
  }
  return sheet;
}

/** The workbook's sheets in tab order, each read on demand. */
export function openXlsx(buf: Buffer): XlsxBook {
  const entries = openZip(buf);
  const rootRels = relationships(part(buf, entries, '_rels/.rels'));
  const bookPath =
    [...rootRels.values()].find((r) => r.type.endsWith('/officeDocument'))?.target.replace(/^\//, '') ??
    'xl/workbook.xml';
  const book = part(buf, entries, bookPath);
  if (!book) throw new ImportReadError('CHILD_IMPORT_WRONG_TYPE');
  const relsPath = bookPath.replace(/([^/]+)$/, '_rels/$1.rels');
  const rels = relationships(part(buf, entries, relsPath));
  const relOf = (type: string) => [...rels.values()].find((r) => r.type.endsWith(type));
  const ctx: SheetContext = {
    strings: [],
    dates: [],
    date1904: /<workbookPr\b[^>]*date1904="(1|true)"/.test(book),
  };
  let loaded = false;
  const load = () => {
    if (loaded) return;
    loaded = true;
    const ss = relOf('/sharedStrings');
    const st = relOf('/styles');
    ctx.strings = sharedStrings(ss ? inflate(buf, entries, resolveTarget(bookPath, ss.target)) : null);
    ctx.dates = dateStyles(st ? part(buf, entries, resolveTarget(bookPath, st.target)) : null);
  };
  const sheets: XlsxSheetRef[] = [];
  for (const m of book.matchAll(/<sheet\b[^>]*>/g)) {
    const rel = rels.get(attr(m[0], 'r:id') ?? attr(m[0], 'id') ?? '');
    if (!rel || !rel.type.endsWith('/worksheet')) continue;
    const state = attr(m[0], 'state');
    sheets.push({
      name: attr(m[0], 'name') ?? '',
      path: resolveTarget(bookPath, rel.target),
      hidden: !!state && state !== 'visible',
    });
  }
  return {
    sheets,
    read(sheet, maxRows) {
      load();
      const raw = inflate(buf, entries, sheet.path);
      if (raw === null) throw new ImportReadError('CHILD_IMPORT_UNREADABLE');
      return readSheetXml(raw, ctx, sheet.name, maxRows);
    },
  };
}
