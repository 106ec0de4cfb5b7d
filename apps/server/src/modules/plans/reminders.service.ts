import type { ReminderDto } from '@vte/contracts';
import type { AuthedContext, RequestContext } from '../../platform/auth/context';
import { inScope, systemContext } from '../../platform/auth/context';
import type { Db, Exec } from '../../platform/db/pool';
import { AppError } from '../../platform/http/app-error';
import { notify, type Recipient } from '../notifications';
import { recordAudit } from '../audit';
import { activeUsersOfAgencies } from '../identity';
import { getAgency } from '../org';
import * as repo from './plans.repo';
import { readablePlan } from './plans.service';
import { dashboard } from './views.service';
import { effectiveDue, isoDay, timing } from './state';

/** Days before a due date when the assigned agency is first reminded. */
export const REMIND_DAYS_BEFORE = 7;
/**
 * Days after the due date during which an overdue task is still reminded (weekly). Later it stays
 * on the dashboard and calendar only: a plan imported or seeded long after its deadlines must not
 * file a backlog of "quá hạn" notices (issue 9 item 6). A design figure, not a rule of the spec.
 */
export const OVERDUE_REMIND_DAYS = 28;

const dmy = (iso: string) => iso.split('-').reverse().join('/');

async function send(
  exec: Exec,
  ctx: RequestContext,
  r: {
    plan: repo.PlanRow;
    agencyId: string;
    taskId: string | null;
    taskNumber: string | null;
    kind: string;
    message: string | null;
  },
  users?: Recipient[],
): Promise<number> {
  users ??= await activeUsersOfAgencies(exec, [r.agencyId]);
  const what = r.taskNumber ? `nhiệm vụ ${r.taskNumber} của ${r.plan.title}` : r.plan.title;
  const title =
    r.kind === 'overdue'
      ? `Quá hạn: ${what}`
      : r.kind === 'before_due'
        ? `Sắp đến hạn: ${what}`
        : `Đôn đốc thực hiện ${what}`;
  const sent = await notify(exec, {
    provinceId: r.plan.provinceId,
    kind: `plan.${r.kind}`,
    title,
    body: r.message ?? title,
    link: `/app/plans/my-tasks?planId=${r.plan.id}`,
    to: users,
  });
  await repo.insertReminder(exec, {
    provinceId: r.plan.provinceId,
    planId: r.plan.id,
    taskId: r.taskId,
    agencyId: r.agencyId,
    kind: r.kind,
    message: r.message,
    sentBy: ctx.user?.id || null,
    recipients: sent,
  });
  return sent;
}

/** A leader or the focal department reminds agencies, with a message; logged and audited. */
export async function remind(
  db: Db,
  ctx: AuthedContext,
  planId: string,
  input: { agencyIds: string[]; taskId?: string | undefined; message: string },
) {
  const plan = await readablePlan(db, ctx, planId);
  if (!inScope(ctx.user, plan.unitId)) throw new AppError('PLAN_NOT_FOUND');
  const task = input.taskId ? await repo.getTask(db, input.taskId) : null;
  if (input.taskId && (!task || task.planId !== planId)) throw new AppError('PLAN_TASK_NOT_FOUND');
  return db.transaction(async (tx) => {
    let recipients = 0;
    for (const agencyId of [...new Set(input.agencyIds)]) {
      const a = await getAgency(tx, agencyId);
      if (!a || a.provinceId !== plan.provinceId) throw new AppError('AGENCY_NOT_FOUND');
      recipients += await send(tx, ctx, {
        plan,
        agencyId,
        taskId: task?.id ?? null,
        taskNumber: task?.number ?? null,
        kind: 'manual',
        message: input.message,
      });
    }
    await recordAudit(tx, ctx, {
      action: 'create',
      entity: 'plan_reminder',
      entityId: planId,
      provinceId: plan.provinceId,
      unitId: plan.unitId,
      after: { agencyIds: input.agencyIds, taskId: input.taskId ?? null, message: input.message },
    });
    return { recipients };
  });
}

export async function reminderLog(db: Db, ctx: AuthedContext, planId: string) {
  await readablePlan(db, ctx, planId);
  return (await repo.reminderLog(db, planId)).map(({ r, agencyName, taskNumber, sentByName }) => ({
    id: r.id,
    agencyId: r.agencyId,
    agencyName,
    taskId: r.taskId,
    taskNumber,
    kind: r.kind as ReminderDto['kind'],
    message: r.message,
    sentByName,
    recipients: r.recipients,
    createdAt: r.createdAt.toISOString(),
  }));
}

const SYSTEM = systemContext('scheduler');

/** Which automatic reminder a task's state and due date call for on `today`, if any. */
function reminderKind(state: string, due: string, today: string): 'overdue' | 'before_due' | null {
  const daysLeft = (Date.parse(due) - Date.parse(today)) / 86_400_000;
  if (state === 'overdue') return -daysLeft <= OVERDUE_REMIND_DAYS ? 'overdue' : null;
  if (state === 'in_progress') return daysLeft <= REMIND_DAYS_BEFORE ? 'before_due' : null;
  return null;
}

/**
 * Daily job: for every issued plan, each agency whose task is due within REMIND_DAYS_BEFORE days
 * and not done is reminded once; an overdue one once a week for OVERDUE_REMIND_DAYS. An agency
 * without an active user is skipped (no notice, no logged reminder with nobody to read it).
 */
export async function autoReminders(db: Db, today = isoDay(new Date())): Promise<number> {
  let sent = 0;
  for (const plan of await repo.plansOfUnits(db, null, 'issued')) {
    const dash = await dashboard(db, SYSTEM, plan.id, today);
    const tasks = new Map((await repo.tasksOf(db, [plan.id])).map((t) => [t.id, t]));
    const dues = plan.reporting.flatMap((r) => (r.due ? [r.due] : []));
    for (const agency of dash.agencies) {
      const users = await activeUsersOfAgencies(db, [agency.agencyId]);
      if (users.length === 0) continue;
      for (const t of agency.tasks) {
        const task = tasks.get(t.taskId)!;
        const due = effectiveDue(timing(task), dues, today);
        const kind = due ? reminderKind(t.state, due, today) : null;
        if (
          !kind ||
          (await repo.recentReminderExists(db, task.id, agency.agencyId, kind, kind === 'overdue' ? 7 : 30))
        )
          continue;
        const message =
          kind === 'overdue'
            ? `Nhiệm vụ ${task.number} đã quá hạn ${dmy(due!)} mà chưa báo cáo hoàn thành.`
            : `Nhiệm vụ ${task.number} đến hạn ngày ${dmy(due!)}.`;
        await db.transaction(async (tx) => {
          const to = { plan, agencyId: agency.agencyId, taskId: task.id, taskNumber: task.number };
          sent += await send(tx, SYSTEM, { ...to, kind, message }, users);
        });
      }
    }
  }
  return sent;
}
