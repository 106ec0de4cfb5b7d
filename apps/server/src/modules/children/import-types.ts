// Plain data passed between the import's parse worker and the server (structured-clone safe).

import type { ImportIssue, InFileDuplicate, ParsedRow } from './import-read/types';

export type { InFileDuplicate };
export type Issue = ImportIssue;

/** One data row as the register would take it, and its cells as written when the run asks for them. */
export type RowDraft = ParsedRow & {
  /** The cells as written, column by column (the rejects workbook gives them back). */
  raw?: string[];
};

/** A unit a place column may name: current = the import's unit or one under it, valid on the as-of date. */
export interface UnitName {
  id: string;
  name: string;
  current: boolean;
}

export interface AnalyseRequest {
  data: Uint8Array;
  fileName: string;
  asOf: string;
  /** The user's mapping (PUT mapping, or the one stored with the import); wins over any guess. */
  mapping: Record<string, string> | null;
  /** The mapping the unit confirmed last time, used where the file's headers match it. */
  remembered: Record<string, string> | null;
  units: UnitName[];
  /** Every draft with its cells (the run of an import stored before its analysis was kept). */
  withRaw: boolean;
  /** Also answer the analysis as the run keeps it (import-kept.ts), built in the worker's heap. */
  keep?: boolean;
  /** Only the cells of these rows, as written (rejects the run finds that the preview did not). */
  rawRows?: number[] | null;
}

export interface AnalysedFile {
  columns: { index: number; header: string }[];
  /** Field → header text. */
  mapping: Record<string, string>;
  rows: number;
  children: number;
  skipped: number;
  issues: Issue[];
  duplicates: InFileDuplicate[];
  drafts: RowDraft[];
  /** gzip'd KeptAnalysis, when asked for. */
  kept?: Uint8Array;
}

export type AnalyseRefusal =
  'unreadable' | 'encrypted' | 'no_header' | 'too_many_rows' | 'wrong_type' | 'too_large';

export type AnalyseAnswer =
  | { ok: true; file: AnalysedFile }
  | { ok: true; raw: Record<number, string[]> }
  | { ok: false; refusal: AnalyseRefusal };
