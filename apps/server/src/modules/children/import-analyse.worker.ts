// The children list's read and analysis inside a worker thread (import-analyse.ts starts it): the
// zip's real sizes are checked before the reader opens it, and everything the reader allocates
// lives and dies in this thread's own heap.
import { foldVi } from '@vte/contracts';
import { checkOfficeZip } from '../../platform/documents/zip-verify';
import { isZip } from '../../platform/documents/zip-inspect';
import { serveWorkerTask } from '../../platform/documents/worker-task';
import { matchCode, seededCode } from './codes';
import { analyseRows, withDuplicates } from './import-read/analyse';
import { findHeader } from './import-read/header';
import { guessMapping } from './import-read/mapping';
import { readSheet } from './import-read/read-sheet';
import {
  ImportReadError,
  type CodeLookup,
  type HeaderColumn,
  type ParsedRow,
  type RawSheet,
  type RawValue,
  type UnitLookup,
} from './import-read/types';
import { keepAnalysis } from './import-kept';
import type {
  AnalyseAnswer,
  AnalyseRefusal,
  AnalyseRequest,
  AnalysedFile,
  RowDraft,
  UnitName,
} from './import-types';

const codes: CodeLookup = {
  match: (list, text) => matchCode(list, text),
  parentOf: (list, code) => seededCode(list, code)?.parentCode ?? null,
};

const unitWords = /^(xa|phuong|thi tran|dac khu|huyen|thi xa|thanh pho|quan)\s+/;
const unitKey = (s: string) => foldVi(s).replace(unitWords, '').trim();

/** Place names: a current unit (the import's or one under it) or a former one, kept as address text. */
function unitLookup(units: UnitName[]): UnitLookup {
  const byKey = new Map<string, UnitName>();
  // Current units win over former ones of the same name (Lý Sơn district → Lý Sơn đặc khu).
  for (const u of [...units].sort((a, b) => Number(a.current) - Number(b.current)))
    byKey.set(unitKey(u.name), u);
  return {
    find(text) {
      const u = byKey.get(unitKey(text));
      return u ? { id: u.id, name: u.name, state: u.current ? 'current' : 'former' } : null;
    },
  };
}

function cellText(v: RawValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') {
    // Excel 1900 serial → dd/mm/yyyy (the day 0 of the system is 1899-12-30).
    const d = new Date(Date.UTC(1899, 11, 30) + Math.round(v.serial) * 86_400_000);
    const p = (n: number) => String(n).padStart(2, '0');
    return `${p(d.getUTCDate())}/${p(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
  }
  return String(v);
}

/** Cells as written, column by column, of some rows (the rejects workbook gives them back). */
function rawCells(
  sheet: RawSheet,
  columns: HeaderColumn[],
  rows: Iterable<number>,
): Record<number, string[]> {
  const out: Record<number, string[]> = {};
  for (const row of rows) out[row] = columns.map((c) => cellText(sheet.rows[row - 1]?.[c.index]));
  return out;
}

/** Rows the preview already rejects: a blocking issue, or a 12-digit ID an earlier row holds. */
function blockedRows(parsed: ParsedRow[]): number[] {
  const seen = new Set<string>();
  const out: number[] = [];
  for (const p of parsed) {
    const id = p.personalIdKind === 'cccd12' ? p.personalId : null;
    if (p.blocking || (id && seen.has(id))) out.push(p.row);
    if (id) seen.add(id);
  }
  return out;
}

/**
 * Read, header, mapping and the rows' analysis. The sheet lives only in here: the in-file duplicate
 * scoring that follows (the heaviest step) no longer shares the heap with every cell of the file.
 */
function readRows(buf: Buffer, req: AnalyseRequest) {
  const sheet = readSheet(buf, req.fileName);
  const header = findHeader(sheet);
  if (req.rawRows) return { rawOnly: rawCells(sheet, header.columns, req.rawRows) } as const;
  const mapping = req.mapping ?? guessMapping(header.columns, req.remembered, codes);
  const a = analyseRows(sheet, mapping, { asOf: req.asOf, codes, unitNames: unitLookup(req.units) });
  const raw = req.withRaw
    ? rawCells(
        sheet,
        header.columns,
        a.parsed.map((p) => p.row),
      )
    : rawCells(sheet, header.columns, blockedRows(a.parsed));
  return { columns: header.columns.map((c) => ({ index: c.index, header: c.header })), mapping, a, raw };
}

async function task(req: AnalyseRequest): Promise<AnalyseAnswer> {
  const buf = Buffer.from(req.data.buffer, req.data.byteOffset, req.data.byteLength);
  if (isZip(buf)) {
    const zip = await checkOfficeZip(buf);
    if (!zip.ok)
      return refuse(
        zip.reason === 'encrypted' ? 'encrypted' : zip.reason === 'corrupt' ? 'unreadable' : 'too_large',
      );
  }
  try {
    const read = readRows(buf, req);
    if ('rawOnly' in read) return { ok: true, raw: read.rawOnly! };
    const { columns, mapping, raw } = read;
    const a = withDuplicates(read.a);
    const drafts: RowDraft[] = req.withRaw ? a.parsed.map((p) => ({ ...p, raw: raw[p.row] })) : a.parsed;
    const errors = a.issues.filter((i) => i.severity === 'error');
    const file: AnalysedFile = {
      columns,
      mapping,
      rows: a.rows,
      children: a.children,
      skipped: a.skipped,
      issues: a.issues,
      duplicates: a.duplicates,
      drafts,
    };
    if (req.keep) file.kept = keepAnalysis({ drafts: a.parsed, errors, raw });
    return { ok: true, file };
  } catch (e) {
    if (e instanceof ImportReadError) return refuse(refusalOf[e.code]);
    throw e;
  }
}

const refusalOf = {
  CHILD_IMPORT_UNREADABLE: 'unreadable',
  CHILD_IMPORT_ENCRYPTED: 'encrypted',
  CHILD_IMPORT_NO_HEADER: 'no_header',
  CHILD_IMPORT_TOO_MANY_ROWS: 'too_many_rows',
  CHILD_IMPORT_WRONG_TYPE: 'wrong_type',
} as const satisfies Record<ImportReadError['code'], AnalyseRefusal>;

const refuse = (refusal: AnalyseRefusal): AnalyseAnswer => ({ ok: false, refusal });

serveWorkerTask<AnalyseRequest, AnalyseAnswer>(task);
