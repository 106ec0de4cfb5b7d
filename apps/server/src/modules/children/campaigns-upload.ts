// An uploaded campaign sheet (filled check sheet, police answer): size and type checked here, the
// zip's directory inspected before anything is inflated, then read in a worker with its own limits.
import type { FastifyRequest } from 'fastify';
import { upload } from '../../platform/http/files';
import { AppError } from '../../platform/http/app-error';
import { DocumentWorkerError, runDocumentWorker } from '../../platform/documents/worker-host';
import { inspectZip, isCompoundFile, isEncryptedOffice, isZip } from '../../platform/documents/zip-inspect';
import type { SheetAnswer, SheetRow } from './campaigns-excel';

export const MAX_CAMPAIGN_FILE_BYTES = 10 * 1024 * 1024;
const WORKER = new URL('./campaign-sheet.worker.ts', import.meta.url);

/** The rows of the uploaded .xlsx under the header row holding `required`, or a Vietnamese 4xx. */
export async function readUploadedSheet(req: FastifyRequest, required: string[]): Promise<SheetRow[]> {
  const f = await upload(req, MAX_CAMPAIGN_FILE_BYTES + 1);
  return readSheetBuffer(f.data, f.filename, required);
}

export async function readSheetBuffer(
  data: Buffer,
  filename: string,
  required: string[],
): Promise<SheetRow[]> {
  if (data.length > MAX_CAMPAIGN_FILE_BYTES) throw new AppError('CAMPAIGN_FILE_TOO_LARGE');
  if (data.length === 0) throw new AppError('CAMPAIGN_FILE_UNREADABLE');
  if (isEncryptedOffice(data)) throw new AppError('CAMPAIGN_FILE_ENCRYPTED');
  if (isCompoundFile(data) || !isZip(data) || !/\.xlsx$/i.test(filename))
    throw new AppError('CAMPAIGN_FILE_TYPE');
  const zip = inspectZip(data);
  if (!zip.ok)
    throw new AppError(
      zip.reason === 'encrypted'
        ? 'CAMPAIGN_FILE_ENCRYPTED'
        : zip.reason === 'too_large' || zip.reason === 'too_many_entries'
          ? 'CAMPAIGN_FILE_TOO_COMPLEX'
          : 'CAMPAIGN_FILE_UNREADABLE',
    );
  let answer: SheetAnswer;
  try {
    answer = await runDocumentWorker<SheetAnswer>(WORKER, { data, required });
  } catch (e) {
    if (e instanceof DocumentWorkerError) throw new AppError('CAMPAIGN_FILE_TOO_COMPLEX');
    throw e;
  }
  if (!answer.ok) throw new AppError(answer.code);
  return answer.rows;
}
