import type { CompletenessDto } from '@vte/contracts';
import type { AuthedContext, RequestContext } from '../../platform/auth/context';
import type { Db, Exec } from '../../platform/db/pool';
import { addDays, viDate } from '../../platform/dates';
import { AppError } from '../../platform/http/app-error';
import { notify } from '../notifications';
import { recordAudit } from '../audit';
import { activeUsersOfAgencies } from '../identity';
import { today } from './clock';
import { completeness } from './completeness';
import { expectedByPeriod } from './expected';
import { readablePeriod, toPeriodDto } from './periods.service';
import * as repo from './reports.repo';

export async function periodCompleteness(exec: Exec, period: repo.PeriodRow): Promise<CompletenessDto> {
  const [{ expected }, reports] = await Promise.all([
    expectedByPeriod(exec, [period]),
    repo.reportsOfPeriods(exec, [period.id]),
  ]);
  return {
    period: await toPeriodDto(exec, period),
    ...completeness(expected.get(period.id)!, reports, period.dueDate),
  };
}

export async function getCompleteness(db: Db, ctx: AuthedContext, id: string): Promise<CompletenessDto> {
  return periodCompleteness(db, await readablePeriod(db, ctx, id));
}

/** Automatic reminders: N days before the due date, and the day after it to those still missing. */
export const REMIND_DAYS_BEFORE = 5;

async function sendReminders(
  exec: Exec,
  ctx: RequestContext,
  period: repo.PeriodRow,
  agencyIds: string[],
  kind: 'before_due' | 'overdue' | 'manual',
  message: string | null,
): Promise<{ agencies: number; recipients: number }> {
  let recipients = 0;
  const due = viDate(period.dueDate);
  const title =
    kind === 'overdue'
      ? `Quá hạn gửi báo cáo ${period.label} (hạn ${due})`
      : kind === 'before_due'
        ? `Sắp đến hạn gửi báo cáo ${period.label} (hạn ${due})`
        : `Đề nghị gửi báo cáo ${period.label} (hạn ${due})`;
  const rows = [];
  for (const agencyId of agencyIds) {
    const users = await activeUsersOfAgencies(exec, [agencyId]);
    const sent = await notify(exec, {
      provinceId: period.provinceId,
      kind: `report.${kind}`,
      title,
      body: message ?? `${title}. Kế hoạch: ${period.planTitle ?? ''}.`,
      link: `/app/reports/mine`,
      to: users,
    });
    recipients += sent;
    rows.push({
      provinceId: period.provinceId,
      periodId: period.id,
      agencyId,
      kind,
      message,
      automatic: kind !== 'manual',
      recipients: sent,
      sentBy: ctx.user?.id || null,
    });
  }
  await repo.insertReminders(exec, rows);
  return { agencies: agencyIds.length, recipients };
}

/** One click: remind the agencies that have not submitted (or the chosen ones among the expected). */
export async function remindMissing(
  db: Db,
  ctx: AuthedContext,
  id: string,
  input: { agencyIds?: string[] | undefined; message?: string | null | undefined },
) {
  return db.transaction(async (tx) => {
    const period = await readablePeriod(tx, ctx, id);
    const c = await periodCompleteness(tx, period);
    const missing = c.agencies
      .filter((a) => a.state === 'missing' || a.state === 'draft' || a.state === 'returned')
      .map((a) => a.agencyId);
    const expected = new Set(c.agencies.map((a) => a.agencyId));
    if (input.agencyIds?.some((a) => !expected.has(a))) throw new AppError('REPORT_NOT_EXPECTED');
    const targets = input.agencyIds ?? missing;
    const result = await sendReminders(tx, ctx, period, targets, 'manual', input.message ?? null);
    await recordAudit(tx, ctx, {
      action: 'remind',
      entity: 'report_period',
      entityId: period.id,
      provinceId: period.provinceId,
      unitId: period.unitId,
      after: { agencyIds: targets, message: input.message ?? null },
    });
    return result;
  });
}

/** The daily job. Idempotent per day: an agency gets each kind of reminder once per period. */
export async function autoReportReminders(db: Db, ctx: RequestContext, day = today()): Promise<number> {
  let sent = 0;
  const windows: ['before_due' | 'overdue', string, string][] = [
    ['before_due', day, addDays(day, REMIND_DAYS_BEFORE)],
    ['overdue', addDays(day, -1), addDays(day, -1)],
  ];
  for (const [kind, from, to] of windows) {
    for (const period of await repo.periodsDueBetween(db, from, to)) {
      await db.transaction(async (tx) => {
        const c = await periodCompleteness(tx, period);
        const already = await repo.remindedSince(tx, period.id, kind, new Date(0));
        const targets = c.agencies
          .filter((a) => (a.state === 'missing' || a.state === 'draft') && !already.has(a.agencyId))
          .map((a) => a.agencyId);
        if (targets.length) sent += (await sendReminders(tx, ctx, period, targets, kind, null)).agencies;
      });
    }
  }
  return sent;
}
