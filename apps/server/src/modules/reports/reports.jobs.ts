import { systemContext } from '../../platform/auth/context';
import type { Scheduler } from '../../platform/jobs/scheduler';
import { autoReportReminders } from './completeness.service';
import { findSoffice } from './documents/pdf';
import { reportDocx } from './export.service';
import { ensurePeriods } from './periods.service';
import { PDF_JOB, PDF_SWEEP_SECONDS, pdfJob } from './report-pdf.service';

/**
 * The reports' background work: the periods of the year and the reminders (daily), and the PDF of
 * every submitted or accepted report, converted once (issue 9 item 17).
 */
export async function registerReportJobs(
  scheduler: Scheduler,
  sofficePath: string | null,
  log: (m: string) => void,
): Promise<void> {
  scheduler.register('reports.reminders', async (_p, db) => {
    await ensurePeriods(db, systemContext('scheduler'));
    await autoReportReminders(db, systemContext('scheduler'));
  });
  await scheduler.every('reports.reminders.daily', 'reports.reminders', 24 * 3600);
  scheduler.register(PDF_JOB, pdfJob(reportDocx, findSoffice(sofficePath), log));
  await scheduler.every(`${PDF_JOB}.sweep`, PDF_JOB, PDF_SWEEP_SECONDS);
}
