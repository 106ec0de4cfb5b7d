import type { AgencyReportDto } from '@vte/contracts';
import { inScope, type AuthedContext } from '../../platform/auth/context';
import type { Db } from '../../platform/db/pool';
import { AppError } from '../../platform/http/app-error';
import { recordAudit } from '../audit';
import { expectedFor, getAgencyReport } from './agency-report.service';
import { today } from './clock';
import { lockedFor } from './lock';
import { datedProgressOf } from './report-progress';
import * as repo from './reports.repo';
import { grantedUntil, moveProgress } from './requests.repo';

// Issue 9 item 4: a progress update is offered by its date; the agency can move one to another
// period from that period's report ("Chuyển vào kỳ này"), audited.

/** The report the update moves into: the caller's own agency's, writable; 404 outside the locality. */
async function targetReport(db: Db, ctx: AuthedContext, reportId: string) {
  const report = await repo.getReport(db, reportId);
  const period = report && (await repo.getPeriod(db, report.periodId));
  if (!report || !period) throw new AppError('REPORT_NOT_FOUND');
  if (report.agencyId !== ctx.user.agencyId) {
    if (inScope(ctx.user, period.unitId)) throw new AppError('REPORT_NOT_OWN_AGENCY');
    await recordAudit(db, ctx, {
      action: 'update',
      entity: 'task_progress',
      entityId: null,
      after: { reportId, refused: 'out_of_scope' },
    });
    throw new AppError('REPORT_NOT_FOUND');
  }
  return { report, period };
}

export async function moveProgressHere(
  db: Db,
  ctx: AuthedContext,
  reportId: string,
  progressId: string,
): Promise<AgencyReportDto> {
  const { report, period } = await targetReport(db, ctx, reportId);
  await db.transaction(async (tx) => {
    if (lockedFor(period, await grantedUntil(tx, period.id, report.agencyId), today()))
      throw new AppError('REPORT_LOCKED');
    if (report.status !== 'draft' && report.status !== 'returned')
      throw new AppError('REPORT_STATUS_INVALID');
    const { agency, tasks } = await expectedFor(tx, period, report.agencyId);
    const origins = agency?.origins ?? [report.agencyId];
    const update = (await datedProgressOf(tx, [...tasks.keys()], origins)).find((p) => p.id === progressId);
    if (!update) throw new AppError('REPORT_PROGRESS_NOT_FOUND');
    await moveProgress(tx, {
      provinceId: period.provinceId,
      progressId,
      periodId: period.id,
      movedBy: ctx.user.id,
    });
    await recordAudit(tx, ctx, {
      action: 'update',
      entity: 'task_progress',
      entityId: progressId,
      provinceId: period.provinceId,
      unitId: period.unitId,
      before: { movedTo: update.movedTo ?? null, periodDue: update.periodDue },
      after: { movedTo: period.id, reportId },
    });
  });
  return getAgencyReport(db, ctx, reportId);
}
