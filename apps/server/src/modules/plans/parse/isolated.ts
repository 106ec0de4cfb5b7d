// parsePlanFile for uploads: the zip's directory is checked here (cheap, nothing inflated), then
// the parse runs in a worker thread with its own heap limit and deadline (platform/documents), so
// a file that blows up memory or time costs one refused upload, never the server.
import path from 'node:path';
import { DOCUMENT_WORKER_LIMITS, type WorkerLimits } from '../../../platform/documents/limits';
import { DocumentWorkerError, runDocumentWorker } from '../../../platform/documents/worker-host';
import { inspectZip, isZip } from '../../../platform/documents/zip-inspect';
import { PlanParseError, type PlanParseErrorCode } from './errors';
import { MAX_PLAN_FILE_BYTES, zipRefusalError } from './file';
import type { ParsedPlan, ParseOptions } from './types';

export interface ParseRequest {
  data: Uint8Array;
  filename: string;
  opts: Omit<ParseOptions, 'layout'>;
}

export type ParseAnswer =
  { ok: true; plan: ParsedPlan } | { ok: false; code: PlanParseErrorCode; message: string };

const WORKER = new URL('./plan-parse.worker.ts', import.meta.url);

export async function parsePlanFileIsolated(
  buf: Buffer,
  filename: string,
  opts: Omit<ParseOptions, 'layout'> = {},
  limits: WorkerLimits = DOCUMENT_WORKER_LIMITS,
): Promise<ParsedPlan> {
  if (buf.length > MAX_PLAN_FILE_BYTES) throw new PlanParseError('TOO_LARGE');
  // The directory check of a file the worker would open as Word (file.ts decides the same way).
  const ext = path.extname(filename).toLowerCase();
  if (isZip(buf) && (ext === '.docx' || ext === '')) {
    const zip = inspectZip(buf);
    if (!zip.ok) throw zipRefusalError(zip.reason);
  }
  let answer: ParseAnswer;
  try {
    const request: ParseRequest = { data: buf, filename, opts };
    answer = await runDocumentWorker<ParseAnswer>(WORKER, request, limits);
  } catch (e) {
    if (e instanceof DocumentWorkerError) throw new PlanParseError('TOO_COMPLEX');
    throw e;
  }
  if (!answer.ok) throw Object.assign(new PlanParseError(answer.code), { message: answer.message });
  return answer.plan;
}
