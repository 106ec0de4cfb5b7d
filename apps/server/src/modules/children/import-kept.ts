// The preview's analysis as the run needs it (child_import.analysis): every row draft, the file's
// blocking issues and the cells of the rows already known to be rejected. The run applies exactly
// what the user previewed and never reads or analyses the file a second time.
//
// Format: gzip of JSON lines — a header line {v, errors, raw}, then one line per draft — written as
// several gzip members of a few thousand drafts each, so neither side ever holds the whole JSON as
// one string (100,000 drafts are about 50 MB of JSON; one string cost the parse worker 100+ MB).
import zlib from 'node:zlib';
import type { Issue, RowDraft } from './import-types';

export interface KeptAnalysis {
  v: 2;
  drafts: RowDraft[];
  /** Error-severity issues of the file itself (the register's are found again at the run). */
  errors: Issue[];
  /** Excel row number → its cells as written, for the rows the preview already blocks. */
  raw: Record<number, string[]>;
}

const CHUNK = 2_000;
const gzip = (text: string) => zlib.gzipSync(text, { level: 1 });

export function keepAnalysis(k: Omit<KeptAnalysis, 'v'>): Buffer {
  const parts = [gzip(`${JSON.stringify({ v: 2, errors: k.errors, raw: k.raw })}\n`)];
  for (let i = 0; i < k.drafts.length; i += CHUNK) {
    const lines = k.drafts.slice(i, i + CHUNK).map((d) => `${JSON.stringify(d)}\n`);
    parts.push(gzip(lines.join('')));
  }
  return Buffer.concat(parts);
}

/** Each line of the text, decoded one at a time. */
function* lines(text: Buffer): Generator<string> {
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf(10, start);
    if (end < 0) end = text.length;
    if (end > start) yield text.toString('utf8', start, end);
    start = end + 1;
  }
}

/** The kept analysis, or null for an import stored before it was kept (the run analyses the file). */
export function readKept(data: Buffer | null | undefined): KeptAnalysis | null {
  if (!data) return null;
  let head: Partial<KeptAnalysis> | null = null;
  const drafts: RowDraft[] = [];
  for (const line of lines(zlib.gunzipSync(data))) {
    if (!head) {
      head = JSON.parse(line) as Partial<KeptAnalysis>;
      if (head.v !== 2) return null;
    } else drafts.push(JSON.parse(line) as RowDraft);
  }
  return head ? { v: 2, drafts, errors: head.errors ?? [], raw: head.raw ?? {} } : null;
}
