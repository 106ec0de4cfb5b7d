import type { MyReportDto } from '@vte/contracts';
import type { AuthedContext } from '../../platform/auth/context';
import type { Db } from '../../platform/db/pool';
import { checkUpload } from '../../platform/documents/file-type';
import { AppError } from '../../platform/http/app-error';
import { recordAudit } from '../audit';
import { seesAllReports } from './agency-report.service';
import { expectedByPeriod } from './expected';
import { readablePeriod, toPeriodDto } from './periods.service';
import { summaryOf } from './report-content';
import * as repo from './reports.repo';
import { lockedFor, lockOf } from './lock';
import { grantedUntil, reopensOf } from './requests.repo';
import { reopenDto } from './reopen.service';
import { today } from './clock';

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

/** The periods the user's agency must report in (as itself or as successor), with its report. */
export async function myReports(db: Db, ctx: AuthedContext): Promise<MyReportDto[]> {
  const agencyId = ctx.user.agencyId;
  if (!agencyId) return [];
  const periods = (
    await repo.listPeriods(db, { unitIds: ctx.user.unitIds === null ? null : [...ctx.user.unitIds] })
  ).filter((p) => p.planId);
  const { expected } = await expectedByPeriod(db, periods);
  const mine = periods.filter((p) => expected.get(p.id)?.has(agencyId));
  const ids = mine.map((p) => p.id);
  const reports = await repo.reportsOfPeriods(db, ids);
  const requests = await reopensOf(db, ids, agencyId);
  const out: MyReportDto[] = [];
  for (const p of mine) {
    const period = await toPeriodDto(db, p);
    const r = reports.find((x) => x.periodId === p.id && x.agencyId === agencyId);
    const granted = await grantedUntil(db, p.id, agencyId);
    const latest = requests.find((q) => q.periodId === p.id);
    const lock = lockOf(p, r ?? null, granted, today());
    out.push({
      period,
      agencyId,
      agencyName: expected.get(p.id)!.get(agencyId)!.name,
      report: r ? summaryOf(r, period, granted) : null,
      lock,
      reopenRequest: latest ? reopenDto(latest, period.label, lock) : null,
    });
  }
  return out.sort((a, b) => b.period.dueDate.localeCompare(a.period.dueDate));
}

/** Reports of a period: all for reviewers, leaders and the province; one's own for an agency user. */
export async function periodReports(db: Db, ctx: AuthedContext, id: string) {
  const p = await readablePeriod(db, ctx, id);
  const period = await toPeriodDto(db, p);
  const all = await repo.reportsOfPeriods(db, [p.id]);
  const visible = seesAllReports(ctx) ? all : all.filter((r) => r.agencyId === ctx.user.agencyId);
  const out = [];
  for (const r of visible) out.push(summaryOf(r, period, await grantedUntil(db, p.id, r.agencyId)));
  return out;
}

export async function addAttachment(
  db: Db,
  ctx: AuthedContext,
  reportId: string,
  file: { filename: string; data: Buffer; taskId: string | null },
) {
  const checked = checkUpload(file.data, file.filename, MAX_ATTACHMENT_BYTES);
  if (checked === 'too_large') throw new AppError('REPORT_ATTACHMENT_TOO_LARGE');
  if (checked === 'wrong_type') throw new AppError('REPORT_ATTACHMENT_TYPE');
  return db.transaction(async (tx) => {
    const report = await repo.getReport(tx, reportId);
    const period = report && (await repo.getPeriod(tx, report.periodId));
    if (!report || !period || report.agencyId !== ctx.user.agencyId) throw new AppError('REPORT_NOT_FOUND');
    if (lockedFor(period, await grantedUntil(tx, period.id, report.agencyId), today()))
      throw new AppError('REPORT_LOCKED');
    if (report.status !== 'draft' && report.status !== 'returned')
      throw new AppError('REPORT_STATUS_INVALID');
    if (file.taskId) {
      const { expected } = await expectedByPeriod(tx, [period]);
      if (!expected.get(period.id)?.get(report.agencyId)?.tasks.has(file.taskId))
        throw new AppError('REPORT_TASK_NOT_ASSIGNED');
    }
    const row = await repo.insertAttachment(tx, {
      provinceId: report.provinceId,
      reportId,
      taskId: file.taskId,
      ...checked,
      content: file.data,
      createdBy: ctx.user.id,
    });
    await recordAudit(tx, ctx, {
      action: 'create',
      entity: 'report_attachment',
      entityId: row.id,
      provinceId: report.provinceId,
      after: { reportId, taskId: file.taskId, filename: row.filename, mime: checked.mime, size: row.size },
    });
    return row;
  });
}

export async function getAttachment(db: Db, ctx: AuthedContext, id: string) {
  const a = await repo.getAttachment(db, id);
  const report = a && (await repo.getReport(db, a.reportId));
  const period = report && (await repo.getPeriod(db, report.periodId));
  if (!a || !report || !period) throw new AppError('REPORT_NOT_FOUND');
  const own = report.agencyId === ctx.user.agencyId;
  if (!own) await readablePeriod(db, ctx, period.id);
  if (!own && !seesAllReports(ctx)) throw new AppError('REPORT_NOT_FOUND');
  // A download is a read of the record: audited once the scope check passed.
  await recordAudit(db, ctx, {
    action: 'read',
    entity: 'report_attachment',
    entityId: a.id,
    provinceId: report.provinceId,
    unitId: period.unitId,
    after: { reportId: report.id, mime: a.mime, size: a.size },
  });
  return a;
}

/**
 * Removes a file the agency attached since its last submission. A file sent in an earlier version
 * stays: the versions are the record of what was reported.
 */
export async function removeAttachment(db: Db, ctx: AuthedContext, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const a = await repo.getAttachment(tx, id);
    const report = a && (await repo.getReport(tx, a.reportId));
    const period = report && (await repo.getPeriod(tx, report.periodId));
    if (!a || !report || !period || report.agencyId !== ctx.user.agencyId)
      throw new AppError('REPORT_NOT_FOUND');
    if (lockedFor(period, await grantedUntil(tx, period.id, report.agencyId), today()))
      throw new AppError('REPORT_LOCKED');
    if (report.status !== 'draft' && report.status !== 'returned')
      throw new AppError('REPORT_STATUS_INVALID');
    if (report.lastSubmittedAt && a.createdAt <= report.lastSubmittedAt)
      throw new AppError('REPORT_ATTACHMENT_IN_VERSION');
    await repo.deleteAttachment(tx, id);
    await recordAudit(tx, ctx, {
      action: 'delete',
      entity: 'report_attachment',
      entityId: id,
      provinceId: report.provinceId,
      before: { reportId: report.id, taskId: a.taskId, filename: a.filename, size: a.size },
    });
  });
}
