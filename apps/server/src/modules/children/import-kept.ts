// The preview's analysis as the run needs it (child_import.analysis): every row draft, the file's
// blocking issues and the cells of the rows already known to be rejected, as gzip'd JSON. The run
// applies exactly what the user previewed and never reads or analyses the file a second time.
import zlib from 'node:zlib';
import type { Issue, RowDraft } from './import-types';

export interface KeptAnalysis {
  v: 1;
  drafts: RowDraft[];
  /** Error-severity issues of the file itself (the register's are found again at the run). */
  errors: Issue[];
  /** Excel row number → its cells as written, for the rows the preview already blocks. */
  raw: Record<number, string[]>;
}

export function keepAnalysis(k: Omit<KeptAnalysis, 'v'>): Buffer {
  // Level 1: the JSON of 100,000 drafts shrinks about 8× in well under a second.
  return zlib.gzipSync(JSON.stringify({ v: 1, ...k }), { level: 1 });
}

/** The kept analysis, or null for an import stored before it was kept (the run analyses the file). */
export function readKept(data: Buffer | null | undefined): KeptAnalysis | null {
  if (!data) return null;
  const k = JSON.parse(zlib.gunzipSync(data).toString('utf8')) as KeptAnalysis;
  return k.v === 1 ? k : null;
}
