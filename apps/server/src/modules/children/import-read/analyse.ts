// The analysis of a list: each data row normalised into a draft of a child with its issues per
// column, rows that are not children skipped (blank, subtotal, repeated header, "Thôn …" section
// rows), duplicates within the file. Pure: the import service (B2) runs it in a worker.
import { foldVi } from '@vte/contracts';
import { findHeader } from './header';
import { fileDuplicates } from './duplicates';
import { msg } from './messages';
import { RowReader, type MappedColumn } from './row-reader';
import { readGroups, readNotes, readPlace, readPoverty, readRisks, readSchooling } from './row-circumstances';
import { readDob, readEthnicity, readGuardians, readName, readPersonalId, readSex } from './row-person';
import {
  ImportReadError,
  MAX_IMPORT_ROWS,
  type AnalyseContext,
  type Analysis,
  type CodeLookup,
  type CodeMatchResult,
  type ImportIssue,
  type Mapping,
  type ParsedRow,
  type RawSheet,
  type RawValue,
} from './types';
import { cleanText } from './values';

const emptyRow = (row: number): ParsedRow => ({
  row,
  blocking: false,
  fullName: null,
  dob: null,
  dobPrecision: 'day',
  sex: null,
  ethnicityCode: null,
  personalId: null,
  personalIdKind: null,
  personalIdBad: false,
  personalIdRaw: null,
  unitId: null,
  hamlet: null,
  address: null,
  schooling: null,
  poverty: null,
  notes: null,
  guardians: [],
  groups: [],
  risks: [],
});

const TOTAL = /^(cộng|tổng|cong|tong|total|sum)(\s|:|$)/i;
const SECTION = /^((thon|xom|ap|ban|khoi|khu pho|to dan pho|to|tdp|khu)\b|[ivxlc]+[.)]\s|[a-z][.)]\s)/;

type RowKind = 'child' | 'blank' | 'total' | 'header' | 'section';

function classify(
  cells: RawValue[] | undefined,
  nameIndex: number | undefined,
  nameHeader: string | undefined,
): RowKind {
  const texts = (cells ?? []).map((v) => cleanText(v)).filter((t) => t !== '');
  if (texts.length === 0) return 'blank';
  const folded = texts.slice(0, 3).map((t) => foldVi(t));
  if (folded.some((t) => TOTAL.test(t))) return 'total';
  const name = nameIndex === undefined ? '' : cleanText(cells?.[nameIndex]);
  if (nameHeader && name && foldVi(name) === foldVi(nameHeader)) return 'header';
  // Only a row number: nothing of a child.
  if (texts.length !== 1) return 'child';
  if (/^\d+$/.test(texts[0]!)) return 'blank';
  // A lone name ("Tô Văn Nam": Tô is a family name) in the name column is a child with gaps.
  const inNameColumn = nameIndex !== undefined && name !== '';
  if (inNameColumn && !/^[IVXLC]+[.)]/.test(texts[0]!)) return 'child';
  if (SECTION.test(foldVi(texts[0]!)) || texts[0]!.endsWith(':')) return 'section';
  return 'child';
}

/** A section row "Thôn An Hải" or "I. Thôn 1:" names the hamlet of the rows under it. */
function sectionHamlet(cells: RawValue[] | undefined): string | null {
  const text = (cells ?? []).map((v) => cleanText(v)).find((t) => t !== '') ?? '';
  const bare = text
    .replace(/^([IVXLC]+|[a-zA-Z])[.)]\s*/, '')
    .replace(/:$/, '')
    .trim();
  return /^(thôn|xóm|ấp|bản|khối|khu phố|tổ dân phố|tổ|tdp|khu)\b/i.test(bare) ? bare : null;
}

function mappedColumns(
  sheet: RawSheet,
  mapping: Mapping,
): { columns: Map<string, MappedColumn>; firstDataRow: number } {
  const found = findHeader(sheet);
  const index = new Map(found.columns.map((c) => [c.header, c.index]));
  const columns = new Map<string, MappedColumn>();
  for (const [key, header] of Object.entries(mapping)) {
    const i = index.get(header);
    if (i !== undefined && key !== 'stt') columns.set(key, { key, index: i, header });
  }
  return { columns, firstDataRow: found.firstDataRow };
}

function lastDataRow(sheet: RawSheet): number {
  for (let r = sheet.rows.length - 1; r >= 0; r--) {
    if ((sheet.rows[r] ?? []).some((v) => cleanText(v) !== '')) return r;
  }
  return -1;
}

function parseChild(rd: RowReader, ctx: AnalyseContext, hamlet: string | null): ParsedRow {
  const out = emptyRow(rd.rowNumber);
  for (const key of ['fullName', 'dob', 'sex', 'personalId', 'ethnicity', 'dobSex:M', 'dobSex:F'])
    if (rd.isFormula(key)) rd.issue(rd.header(key)!, 'FORMULA_VALUE', 'warning', msg.formula());
  readName(rd, out);
  readSex(rd, out);
  readDob(rd, out, ctx.asOf);
  if (!out.sex && !rd.issues.some((i) => i.code === 'SEX_INVALID'))
    rd.issue(rd.header('sex') ?? rd.header('sex:M') ?? '', 'SEX_MISSING', 'warning', msg.sexMissing());
  readPersonalId(rd, out);
  readEthnicity(rd, out);
  readGuardians(rd, out);
  readPlace(rd, out, ctx.unitNames, hamlet);
  readSchooling(rd, out);
  readPoverty(rd, out);
  readGroups(rd, out);
  readRisks(rd, out);
  readNotes(rd, out);
  return out;
}

const skipMessage = (kind: RowKind, hamlet: string | null) =>
  kind === 'total'
    ? msg.skippedTotal()
    : kind === 'header'
      ? msg.skippedHeader()
      : msg.skippedSection(hamlet);

/** A list repeats a few values ("Kinh", "KT") thousands of times: each is matched once per file. */
function memoised(codes: CodeLookup): CodeLookup {
  const seen = new Map<string, CodeMatchResult | null>();
  return {
    match(list, text) {
      const key = `${list}\u0000${text}`;
      let m = seen.get(key);
      if (m === undefined) {
        m = codes.match(list, text);
        if (seen.size < 50_000) seen.set(key, m);
      }
      return m;
    },
    parentOf: (list, code) => codes.parentOf(list, code),
  };
}

/** The rows of a list, mapped, normalised and checked; in-file duplicates are not looked for yet. */
export function analyseRows(
  sheet: RawSheet,
  mapping: Mapping,
  ctx: AnalyseContext,
): Omit<Analysis, 'duplicates'> {
  const { columns, firstDataRow } = mappedColumns(sheet, mapping);
  const first = firstDataRow - 1;
  const last = lastDataRow(sheet);
  if (last - first + 1 > MAX_IMPORT_ROWS) throw new ImportReadError('CHILD_IMPORT_TOO_MANY_ROWS');
  const rd = new RowReader(sheet, columns, memoised(ctx.codes));
  const name = columns.get('fullName') ?? columns.get('givenName');
  const issues: ImportIssue[] = [];
  const parsed: ParsedRow[] = [];
  let skipped = 0;
  let hamlet: string | null = null;
  for (let r = first; r <= last; r++) {
    const kind = classify(sheet.rows[r], name?.index, name?.header);
    if (kind !== 'child') {
      skipped++;
      if (kind === 'section') hamlet = columns.has('hamlet') ? null : sectionHamlet(sheet.rows[r]);
      const severity = kind === 'blank' ? 'fixed' : 'warning';
      const message = kind === 'blank' ? msg.skippedBlank() : skipMessage(kind, hamlet);
      issues.push({ row: r + 1, column: '', code: 'ROW_SKIPPED', severity, message });
      continue;
    }
    const row = parseChild(rd.at(r), ctx, hamlet);
    row.blocking = rd.issues.some((i) => i.severity === 'error');
    issues.push(...rd.issues);
    parsed.push(row);
  }
  return { rows: Math.max(0, last - first + 1), children: parsed.length, skipped, parsed, issues };
}

/** The in-file duplicates of analysed rows, their issues merged in (rows in order). */
export function withDuplicates(a: Omit<Analysis, 'duplicates'>): Analysis {
  const dup = fileDuplicates(a.parsed);
  a.issues.push(...dup.issues);
  a.issues.sort((x, y) => x.row - y.row);
  return { ...a, duplicates: dup.duplicates };
}

/** Every data row of the list, mapped, normalised and checked, and the duplicates within it. */
export function analyse(sheet: RawSheet, mapping: Mapping, ctx: AnalyseContext): Analysis {
  return withDuplicates(analyseRows(sheet, mapping, ctx));
}
