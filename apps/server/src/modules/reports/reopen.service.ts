import type { ReopenAnswerInput, ReopenRequestDto, ReopenRequestInput, ReportLock } from '@vte/contracts';
import { inScope, type AuthedContext } from '../../platform/auth/context';
import type { Db, Exec, Tx } from '../../platform/db/pool';
import { addDays } from '../../platform/dates';
import { AppError } from '../../platform/http/app-error';
import { recordAudit } from '../audit';
import { activeUsersOfAgencies } from '../identity';
import { notify } from '../notifications';
import { expectedFor, reviewersOf } from './agency-report.service';
import { today } from './clock';
import { blocks, lockOf } from './lock';
import { readablePeriod } from './periods.service';
import * as repo from './reports.repo';
import * as requests from './requests.repo';
import { setReviewState } from './review-state';

// Issue 9 item 3: "Đề nghị mở lại". A locked agency asks; the focal department reopens that
// agency's report (not the whole period) until a day, or refuses with a reason.

/** Days a granted request reopens the report for, unless the officer picks a day. */
export const REOPEN_DAYS = 14;

export function reopenDto(
  r: requests.ReopenWithNames,
  periodLabel: string,
  lock: ReportLock | null,
): ReopenRequestDto {
  return {
    id: r.id,
    periodId: r.periodId,
    periodLabel,
    agencyId: r.agencyId,
    agencyName: r.agencyName,
    reason: r.reason,
    status: r.status as ReopenRequestDto['status'],
    answer: r.answer,
    reopenedUntil: r.reopenedUntil,
    requestedByName: r.requestedByName,
    createdAt: r.createdAt.toISOString(),
    answeredAt: r.answeredAt?.toISOString() ?? null,
    lock,
  };
}

/** Where the agency's report of the period stands: its row, the granted day, and its lock. */
async function standing(exec: Exec, period: repo.PeriodRow, agencyId: string) {
  const report = (await repo.reportOf(exec, period.id, agencyId)) ?? null;
  const granted = await requests.grantedUntil(exec, period.id, agencyId);
  return { report, granted, lock: lockOf(period, report, granted, today()) };
}

export async function requestReopen(
  db: Db,
  ctx: AuthedContext,
  periodId: string,
  input: ReopenRequestInput,
): Promise<ReopenRequestDto> {
  const agencyId = ctx.user.agencyId;
  if (!agencyId || !ctx.user.permissions.has('reports.submit')) throw new AppError('REPORT_NOT_EXPECTED');
  const period = await readablePeriod(db, ctx, periodId);
  const { agency } = await expectedFor(db, period, agencyId);
  if (!agency) throw new AppError('REPORT_NOT_EXPECTED');
  const dto = await db.transaction(async (tx) => {
    const { lock } = await standing(tx, period, agencyId);
    if (!blocks(lock)) throw new AppError('REPORT_NOT_LOCKED');
    const open = await requests.reopensOf(tx, [period.id], agencyId);
    if (open.some((r) => r.status === 'pending')) throw new AppError('REPORT_REOPEN_PENDING');
    const row = await requests.insertReopen(tx, {
      provinceId: period.provinceId,
      periodId: period.id,
      agencyId,
      reason: input.reason,
      requestedBy: ctx.user.id,
    });
    await recordAudit(tx, ctx, {
      action: 'create',
      entity: 'report_reopen_request',
      entityId: row.id,
      provinceId: period.provinceId,
      unitId: period.unitId,
      after: { periodId: period.id, agencyId, lock: lock?.reason ?? null },
    });
    const named = { ...row, agencyName: agency.name, requestedByName: null };
    return reopenDto(named, period.label, lock);
  });
  await notify(db, {
    provinceId: period.provinceId,
    kind: 'report.reopen_requested',
    title: `${agency.name} đề nghị mở lại báo cáo ${period.label}`,
    body: input.reason,
    link: '/app/reports',
    to: await reviewersOf(db, period),
  });
  return dto;
}

/** The requests about the periods in the officer's scope, pending first, then the newest answered. */
export async function listReopens(db: Db, ctx: AuthedContext): Promise<ReopenRequestDto[]> {
  const unitIds = ctx.user.unitIds === null ? null : [...ctx.user.unitIds];
  const periods = new Map((await repo.listPeriods(db, { unitIds })).map((p) => [p.id, p]));
  const rows = await requests.reopensOf(db, [...periods.keys()]);
  const out: ReopenRequestDto[] = [];
  for (const r of rows.slice(0, 200)) {
    const period = periods.get(r.periodId)!;
    out.push(reopenDto(r, period.label, (await standing(db, period, r.agencyId)).lock));
  }
  const rank = (r: ReopenRequestDto) => (r.status === 'pending' ? 0 : 1);
  return out.sort((a, b) => rank(a) - rank(b));
}

/** Reopen (that agency's report, until a day; an accepted report goes back to "returned") or refuse. */
export async function answerReopen(
  db: Db,
  ctx: AuthedContext,
  id: string,
  input: ReopenAnswerInput,
): Promise<ReopenRequestDto> {
  const row = await requests.getReopen(db, id);
  const period = row && (await repo.getPeriod(db, row.periodId));
  if (!row || !period) throw new AppError('REPORT_REOPEN_NOT_FOUND');
  if (!inScope(ctx.user, period.unitId)) {
    // A write refused for locality still leaves a trace, outside any transaction.
    await recordAudit(db, ctx, {
      action: 'update',
      entity: 'report_reopen_request',
      entityId: id,
      after: { refused: 'out_of_scope' },
    });
    throw new AppError('REPORT_REOPEN_NOT_FOUND');
  }
  const reopen = input.decision === 'reopen';
  const until = reopen ? (input.until ?? addDays(today(), REOPEN_DAYS)) : null;
  const dto = await db.transaction(async (tx) => {
    const saved = await requests.answerReopen(tx, id, {
      status: reopen ? 'granted' : 'refused',
      answer: input.answer?.trim() || null,
      reopenedUntil: until,
      answeredBy: ctx.user.id,
    });
    if (!saved) throw new AppError('REPORT_REOPEN_ANSWERED');
    const report = await repo.reportOf(tx, period.id, row.agencyId);
    if (reopen && report?.status === 'accepted') await backToReturned(tx, ctx, report, period, input);
    await recordAudit(tx, ctx, {
      action: 'update',
      entity: 'report_reopen_request',
      entityId: id,
      provinceId: period.provinceId,
      unitId: period.unitId,
      before: { status: 'pending' },
      after: { status: saved.status, reopenedUntil: until, answer: saved.answer },
    });
    const [named] = (await requests.reopensOf(tx, [period.id], row.agencyId)).filter((r) => r.id === id);
    return reopenDto(named!, period.label, (await standing(tx, period, row.agencyId)).lock);
  });
  await notify(db, {
    provinceId: period.provinceId,
    kind: reopen ? 'report.reopened' : 'report.reopen_refused',
    title: reopen
      ? `Báo cáo ${period.label} đã được mở lại đến ngày ${until!.split('-').reverse().join('/')}`
      : `Đề nghị mở lại báo cáo ${period.label} không được chấp nhận`,
    body: dto.answer ?? '',
    link: '/app/reports/mine',
    to: await activeUsersOfAgencies(db, [row.agencyId]),
  });
  return dto;
}

/** An accepted report reopened for amendment: back to "returned", a "reopened" version noted. */
async function backToReturned(
  tx: Tx,
  ctx: AuthedContext,
  report: repo.ReportRow,
  period: repo.PeriodRow,
  input: ReopenAnswerInput,
) {
  await setReviewState(tx, ctx, report, period.provinceId, {
    status: 'returned',
    comment: input.answer?.trim() || 'Mở lại theo đề nghị của cơ quan.',
    event: 'reopened',
  });
}
