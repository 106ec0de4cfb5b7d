import type { Db } from '../../platform/db/pool';
import type { JobHandler } from '../../platform/jobs/scheduler';
import { errorSummary } from '../../platform/logger';
import { toPdf } from './documents/pdf';
import * as repo from './report-pdf.repo';
import type { PdfEntity } from './report-pdf.repo';

export type { PdfEntity };

/** The background job's kind and how often it looks for frozen reports without a PDF. */
export const PDF_JOB = 'reports.pdf';
export const PDF_SWEEP_SECONDS = 30;
/** Conversions per run: LibreOffice takes seconds each, and the run must end well inside the stale lock. */
const PER_RUN = 5;

export type PdfState = 'ready' | 'converting' | 'on_demand' | 'unavailable';

/** A report's Word document, built for the given report (export.service.ts, without a user). */
export type DocxOf = (db: Db, entity: PdfEntity, id: string) => Promise<Buffer>;

const sameKey = (a: repo.Frozen | null, b: repo.Frozen | null) => !!a && !!b && a.frozenKey === b.frozenKey;

/**
 * The PDF of a report: the stored file of its frozen state when there is one (no conversion), else
 * converted now; a frozen report's file is then kept, unless the report changed meanwhile.
 */
export async function pdfOf(
  db: Db,
  entity: PdfEntity,
  id: string,
  docx: () => Promise<Buffer>,
  soffice: string | null,
): Promise<Buffer> {
  const frozen = await repo.frozenState(db, entity, id);
  if (frozen) {
    const kept = await repo.storedPdf(db, frozen);
    if (kept?.status === 'done' && kept.content) return kept.content;
  }
  const pdf = await toPdf(await docx(), soffice);
  if (frozen && sameKey(frozen, await repo.frozenState(db, entity, id))) await repo.saveDone(db, frozen, pdf);
  return pdf;
}

/** Where the report's PDF stands, for the download button's progress. */
export async function pdfState(
  db: Db,
  entity: PdfEntity,
  id: string,
  soffice: string | null,
): Promise<PdfState> {
  const frozen = await repo.frozenState(db, entity, id);
  const kept = frozen && (await repo.storedPdf(db, frozen));
  if (kept && kept.status === 'done') return 'ready';
  if (!soffice) return 'unavailable';
  if (frozen && (!kept || kept.attempts < repo.MAX_ATTEMPTS)) return 'converting';
  return 'on_demand';
}

/**
 * The background job: converts each frozen (submitted or accepted) report that has no PDF yet, once.
 * A failure is counted and retried on later runs up to MAX_ATTEMPTS; it never stops the other reports.
 */
export function pdfJob(docxOf: DocxOf, soffice: string | null, log: (m: string) => void): JobHandler {
  return async (_payload, db) => {
    if (!soffice) return;
    for (const f of await repo.missingPdfs(db, PER_RUN)) {
      try {
        const pdf = await toPdf(await docxOf(db, f.entity, f.reportId), soffice);
        if (sameKey(f, await repo.frozenState(db, f.entity, f.reportId))) await repo.saveDone(db, f, pdf);
      } catch (e) {
        log(`PDF of ${f.entity} ${f.reportId} failed: ${errorSummary(e)}`);
        await repo.saveFailed(db, f, errorSummary(e));
      }
    }
  };
}
