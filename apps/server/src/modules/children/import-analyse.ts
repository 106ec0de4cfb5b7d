// The children list's analysis, contained: the file's kind is decided from its bytes, a zip's
// directory is checked here (nothing inflated), then reading and analysing run in a worker thread
// with its own heap limit and deadline (platform/documents), so a hostile file costs one refused
// upload, never the server. The worker checks the real inflated sizes before opening (checkOfficeZip).
import path from 'node:path';
import { DOCUMENT_WORKER_LIMITS, type WorkerLimits } from '../../platform/documents/limits';
import { DocumentWorkerError, runDocumentWorker } from '../../platform/documents/worker-host';
import {
  inspectZip,
  isCompoundFile,
  isEncryptedOffice,
  isZip,
  type ZipRefusal,
} from '../../platform/documents/zip-inspect';
import { AppError } from '../../platform/http/app-error';
import { MAX_IMPORT_MB } from './import.errors';
import type { AnalyseAnswer, AnalyseRefusal, AnalyseRequest, AnalysedFile } from './import-types';

export const MAX_IMPORT_BYTES = MAX_IMPORT_MB * 1024 * 1024;

/**
 * A list is larger than any plan document: 100,000 rows hold about 1,000,000 cells, their drafts and
 * the in-file duplicate check (about 400 MB of heap measured at 100,000 rows), and 200,000 rows are
 * legal input. More heap and time than a plan's parse, still a fixed ceiling per worker.
 */
export const IMPORT_WORKER_LIMITS: Readonly<WorkerLimits> = {
  ...DOCUMENT_WORKER_LIMITS,
  maxOldGenerationMb: 448,
  timeoutMs: 180_000,
};

const WORKER = new URL('./import-analyse.worker.ts', import.meta.url);

const refusalCode = {
  unreadable: 'CHILD_IMPORT_UNREADABLE',
  encrypted: 'CHILD_IMPORT_ENCRYPTED',
  no_header: 'CHILD_IMPORT_NO_HEADER',
  too_many_rows: 'CHILD_IMPORT_TOO_MANY_ROWS',
  wrong_type: 'CHILD_IMPORT_WRONG_TYPE',
  too_large: 'CHILD_IMPORT_TOO_LARGE',
} as const satisfies Record<AnalyseRefusal, string>;

export function refusalError(r: AnalyseRefusal): AppError {
  return new AppError(refusalCode[r]);
}

function zipRefusal(r: ZipRefusal): AnalyseRefusal {
  if (r === 'encrypted') return 'encrypted';
  if (r === 'too_large' || r === 'too_many_entries') return 'too_large';
  return 'unreadable';
}

export type SheetKind = 'xlsx' | 'xls' | 'csv';

/** What the bytes are (never the name alone): .xlsx zip holding a workbook, .xls compound file, text .csv. */
export function sheetKind(buf: Buffer, fileName: string): SheetKind | AnalyseRefusal {
  if (buf.length === 0) return 'unreadable';
  if (buf.length > MAX_IMPORT_BYTES) return 'too_large';
  const ext = path.extname(fileName).toLowerCase();
  if (isEncryptedOffice(buf)) return 'encrypted';
  if (isZip(buf)) {
    const zip = inspectZip(buf);
    if (!zip.ok) return zipRefusal(zip.reason);
    // A Word file renamed .xlsx is a zip too: only a workbook part makes it a spreadsheet.
    return zip.entries.some((e) => e.name === 'xl/workbook.xml') ? 'xlsx' : 'wrong_type';
  }
  if (isCompoundFile(buf)) {
    return buf.includes(Buffer.from('Workbook', 'utf16le')) || buf.includes(Buffer.from('Book', 'utf16le'))
      ? 'xls'
      : 'wrong_type';
  }
  if (ext === '.csv' || ext === '.txt') return looksLikeText(buf) ? 'csv' : 'wrong_type';
  return 'wrong_type';
}

/** UTF-8 (with or without BOM) or UTF-16 with a BOM; no control bytes that text never has. */
function looksLikeText(buf: Buffer): boolean {
  const head = buf.subarray(0, 8192);
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return true;
  for (const b of head) if (b === 0 || (b < 0x09 && b !== 0x07)) return false;
  return true;
}

/** Reads, maps and analyses the file in a contained worker; a refusal becomes the import's 4xx. */
export async function analyseFile(
  req: Omit<AnalyseRequest, 'data'> & { data: Buffer },
  limits: WorkerLimits = IMPORT_WORKER_LIMITS,
): Promise<AnalysedFile> {
  const kind = sheetKind(req.data, req.fileName);
  if (kind !== 'xlsx' && kind !== 'xls' && kind !== 'csv') throw refusalError(kind);
  const fileName = `danh-sach.${kind}`;
  let answer: AnalyseAnswer;
  try {
    answer = await runDocumentWorker<AnalyseAnswer>(WORKER, { ...req, fileName }, limits);
  } catch (e) {
    if (e instanceof DocumentWorkerError) throw new AppError('CHILD_IMPORT_TOO_COMPLEX');
    throw e;
  }
  if (!answer.ok) throw refusalError(answer.refusal);
  if (!('file' in answer)) throw new AppError('CHILD_IMPORT_UNREADABLE');
  return answer.file;
}

/** The cells as written of some rows (the run's rejects the preview did not know of). */
export async function rawRowsOf(
  req: Pick<AnalyseRequest, 'fileName' | 'asOf'> & { data: Buffer; rows: number[] },
  limits: WorkerLimits = IMPORT_WORKER_LIMITS,
): Promise<Record<number, string[]>> {
  const kind = sheetKind(req.data, req.fileName);
  if (kind !== 'xlsx' && kind !== 'xls' && kind !== 'csv') throw refusalError(kind);
  const input: AnalyseRequest = {
    data: req.data,
    fileName: `danh-sach.${kind}`,
    asOf: req.asOf,
    mapping: null,
    remembered: null,
    units: [],
    withRaw: false,
    rawRows: req.rows,
  };
  let answer: AnalyseAnswer;
  try {
    answer = await runDocumentWorker<AnalyseAnswer>(WORKER, input, limits);
  } catch (e) {
    if (e instanceof DocumentWorkerError) throw new AppError('CHILD_IMPORT_TOO_COMPLEX');
    throw e;
  }
  if (!answer.ok) throw refusalError(answer.refusal);
  return 'raw' in answer ? answer.raw : {};
}
