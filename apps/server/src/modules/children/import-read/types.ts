// Plain data of the children-list analyser (pure, no database; structured-clone safe, so the
// import's worker thread can hand it back). docs/children-import.md, "Issue codes".
import type { ImportIssueCode, ImportSeverity } from '@vte/contracts';

/** A number Excel shows as a date: the serial day count of the 1900 system. */
export interface ExcelDate {
  serial: number;
}

export type RawValue = string | number | boolean | ExcelDate | null;

export interface RawSheet {
  sheetName: string;
  /** rows[i] is Excel row i + 1; sparse (a missing cell or row is empty). */
  rows: RawValue[][];
  /** Merged ranges, 0-based inclusive (as the file declares them; none for .csv). */
  merges: { r1: number; c1: number; r2: number; c2: number }[];
  /** Cells holding a formula (their cached value is in rows), keyed r * 65536 + c. */
  formulas: Set<number>;
}

export const cellKey = (r: number, c: number) => r * 65536 + c;

export interface HeaderColumn {
  /** 0-based column index. */
  index: number;
  /** Header text as written (two-row headers joined "Giới tính / Nữ"), unique in the sheet. */
  header: string;
}

export interface HeaderFound {
  /** Excel row number of the (last) header row. */
  headerRow: number;
  /** Excel row number of the first data row (after a row of column numbers, if any). */
  firstDataRow: number;
  columns: HeaderColumn[];
}

/** Field key → header text of its column. Keys: an import field, or "<field>:<code>" for mark columns. */
export type Mapping = Record<string, string>;

export interface ImportIssue {
  /** Excel row number. */
  row: number;
  /** Header text of the column ("" when the issue is the whole row). */
  column: string;
  code: ImportIssueCode;
  severity: ImportSeverity;
  message: string;
}

export interface InFileDuplicate {
  rows: number[];
  kind: 'same_id' | 'probable';
  score: number;
}

/** One data row as the register would take it (normalised). */
export interface ParsedRow {
  row: number;
  /** An error-severity issue: the row cannot become a correct record (it goes to the rejects). */
  blocking: boolean;
  fullName: string | null;
  dob: string | null;
  dobPrecision: 'day' | 'month' | 'year';
  sex: 'M' | 'F' | null;
  ethnicityCode: string | null;
  personalId: string | null;
  personalIdKind: 'cccd12' | 'cmnd9' | null;
  /** The ID as written failed its format check: not stored as an ID, kept for cleaning. */
  personalIdBad: boolean;
  /** The ID as written when it differs from `personalId` (spaces, letters, a lost leading 0). */
  personalIdRaw: string | null;
  /** A current unit named in the place column; null = the import's unit. */
  unitId: string | null;
  hamlet: string | null;
  address: string | null;
  schooling: string | null;
  poverty: 'ho_ngheo' | 'ho_can_ngheo' | null;
  notes: string | null;
  guardians: { relation: string; fullName: string; phone: string | null }[];
  groups: { group: string; subtype: string | null }[];
  risks: string[];
}

export interface Analysis {
  /** Data rows between the header and the last non-empty row (skipped ones included). */
  rows: number;
  /** Rows that are children (not skipped), with or without errors. */
  children: number;
  skipped: number;
  parsed: ParsedRow[];
  issues: ImportIssue[];
  duplicates: InFileDuplicate[];
}

export interface CodeMatchResult {
  code: string;
  label: string;
  /** The code or label as written; false for an alias or a loose spelling. */
  exact: boolean;
}

export type CodeListKey =
  'ethnicity' | 'circumstance_group' | 'circumstance_subtype' | 'risk' | 'relation' | 'schooling';

export interface CodeLookup {
  match(list: CodeListKey, text: string): CodeMatchResult | null;
  /** A sub-type's group. */
  parentOf(list: CodeListKey, code: string): string | null;
}

export interface UnitMatch {
  id: string;
  name: string;
  /** current: valid on the as-of date; former: no longer exists then (old commune names). */
  state: 'current' | 'former';
}

export interface UnitLookup {
  find(text: string): UnitMatch | null;
}

export interface AnalyseContext {
  /** YYYY-MM-DD: ages and "future" are judged on this date. */
  asOf: string;
  codes: CodeLookup;
  unitNames: UnitLookup;
}

/** A file the analyser refuses; codes are the import API's error codes (children-import-api.ts). */
export type ReadRefusal =
  | 'CHILD_IMPORT_UNREADABLE'
  | 'CHILD_IMPORT_ENCRYPTED'
  | 'CHILD_IMPORT_NO_HEADER'
  | 'CHILD_IMPORT_TOO_MANY_ROWS'
  | 'CHILD_IMPORT_WRONG_TYPE';

export class ImportReadError extends Error {
  constructor(readonly code: ReadRefusal) {
    super(code);
    this.name = 'ImportReadError';
  }
}

/** Most data rows a file may hold. */
export const MAX_IMPORT_ROWS = 200_000;
