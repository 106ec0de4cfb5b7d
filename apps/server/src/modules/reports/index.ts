import type { FastifyInstance } from 'fastify';
import type { Db } from '../../platform/db/pool';
import { registerErrors } from '../../platform/http/errors';
import { findSoffice } from './documents/pdf';
import { consolidatedRoutes } from './consolidated.routes';
import { reportsErrors } from './reports.errors';
import { agencyReportRoutes, periodRoutes } from './reports.routes';
import { reportPdfRoutes } from './report-pdf.routes';
import { requestRoutes } from './requests.routes';

export { ensurePeriods } from './periods.service';
export { autoReportReminders } from './completeness.service';
export { registerReportJobs } from './reports.jobs';

export function registerReports(app: FastifyInstance, db: Db, sofficePath: string | null): void {
  registerErrors(reportsErrors);
  const soffice = findSoffice(sofficePath);
  periodRoutes(app, db);
  agencyReportRoutes(app, db, soffice);
  consolidatedRoutes(app, db, soffice);
  reportPdfRoutes(app, db, soffice);
  requestRoutes(app, db);
}
