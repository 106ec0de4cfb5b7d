// The children list's read and analysis inside a worker thread (import-analyse.ts starts it): the
// zip's real sizes are checked before the reader opens it, and everything the reader allocates
// lives and dies in this thread's own heap.
import { foldVi } from '@vte/contracts';
import { checkOfficeZip } from '../../platform/documents/zip-verify';
import { isZip } from '../../platform/documents/zip-inspect';
import { serveWorkerTask } from '../../platform/documents/worker-task';
import { matchCode, seededCode } from './codes';
import { analyse } from './import-read/analyse';
import { findHeader } from './import-read/header';
import { guessMapping } from './import-read/mapping';
import { readSheet } from './import-read/read-sheet';
import { ImportReadError, type CodeLookup, type RawValue, type UnitLookup } from './import-read/types';
import type { AnalyseAnswer, AnalyseRefusal, AnalyseRequest, UnitName } from './import-types';

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
    const sheet = readSheet(buf, req.fileName);
    const header = findHeader(sheet);
    const mapping = req.mapping ?? guessMapping(header.columns, req.remembered, codes);
    const a = analyse(sheet, mapping, { asOf: req.asOf, codes, unitNames: unitLookup(req.units) });
    const drafts = req.withRaw
      ? a.parsed.map((p) => ({
          ...p,
          raw: header.columns.map((c) => cellText(sheet.rows[p.row - 1]?.[c.index])),
        }))
      : a.parsed;
    return {
      ok: true,
      file: {
        columns: header.columns.map((c) => ({ index: c.index, header: c.header })),
        mapping,
        rows: a.rows,
        children: a.children,
        skipped: a.skipped,
        issues: a.issues,
        duplicates: a.duplicates,
        drafts,
      },
    };
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
