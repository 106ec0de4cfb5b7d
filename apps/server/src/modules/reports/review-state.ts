import type { AuthedContext } from '../../platform/auth/context';
import type { Tx } from '../../platform/db/pool';
import { AppError } from '../../platform/http/app-error';
import { now } from './clock';
import * as repo from './reports.repo';

/**
 * A reviewer's decision on an agency report (accept, return, reopen): the report's status and comment
 * under its revision (a concurrent change is REPORT_STALE), and the version history's event.
 */
export async function setReviewState(
  tx: Tx,
  ctx: AuthedContext,
  report: repo.ReportRow,
  provinceId: string,
  change: { status: 'accepted' | 'returned'; comment: string | null; event: string },
): Promise<repo.ReportRow> {
  const saved = await repo.updateReport(tx, report.id, report.revision, {
    status: change.status,
    reviewComment: change.comment,
    reviewedAt: now(),
    reviewedBy: ctx.user.id,
  });
  if (!saved) throw new AppError('REPORT_STALE');
  await repo.insertVersion(tx, {
    provinceId,
    reportId: report.id,
    version: report.version,
    event: change.event,
    comment: change.comment,
    content: {},
    createdBy: ctx.user.id,
  });
  return saved;
}
