import type { z, calendarEntryDto } from '@vte/contracts';
import type { AuthedContext } from '../../platform/auth/context';
import { isoDay } from '../../platform/dates';
import type { Db } from '../../platform/db/pool';
import { groupMembers } from '../org';
import * as repo from './plans.repo';
import { agencyState, timing, worstState } from './state';

type Entry = z.infer<typeof calendarEntryDto>;
type TaskRow = Awaited<ReturnType<typeof repo.tasksDueBetween>>[number];

const dayBefore = (iso: string) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
};

/** Lead agencies per task, groups expanded to their members (a group's task is late when a member is). */
async function leadsOf(db: Db, taskIds: string[]): Promise<Map<string, string[]>> {
  const assignments = (await repo.assignmentsOf(db, taskIds)).filter((a) => a.role === 'lead');
  const members = await groupMembers(db, [
    ...new Set(assignments.flatMap((a) => (a.groupId ? [a.groupId] : []))),
  ]);
  const leads = new Map<string, string[]>();
  for (const a of assignments) {
    const ids = a.agencyId ? [a.agencyId] : (members.get(a.groupId!) ?? []).map((m) => m.id);
    leads.set(a.taskId, [...(leads.get(a.taskId) ?? []), ...ids]);
  }
  return leads;
}

/** Tasks of issued plans past their date on `today` whose lead agencies have not all reported them done. */
async function overdueIds(db: Db, rows: TaskRow[], today: string): Promise<Set<string>> {
  const past = rows.filter((r) => r.planStatus === 'issued' && r.task.dueDate! < today);
  if (!past.length) return new Set();
  const ids = past.map((r) => r.task.id);
  const leads = await leadsOf(db, ids);
  const progress = await repo.progressOf(db, ids);
  const out = new Set<string>();
  for (const r of past) {
    const states = (leads.get(r.task.id) ?? []).map((agencyId) =>
      agencyState(
        timing(r.task),
        progress.filter((p) => p.taskId === r.task.id && p.agencyId === agencyId),
        [],
        today,
      ),
    );
    // A task nobody leads cannot be done by anyone: past its date it is overdue.
    if (!states.length || worstState(states) === 'overdue') out.add(r.task.id);
  }
  return out;
}

const taskEntry = (r: TaskRow, overdue: boolean, carried: boolean): Entry => ({
  date: r.task.dueDate!,
  kind: 'task',
  planId: r.planId,
  taskId: r.task.id,
  title: `Nhiệm vụ ${r.task.number}: ${r.task.content.slice(0, 120)}`,
  overdue,
  carried,
});

/**
 * Lịch hạn: report and task deadlines in [from, to]. When the range holds today, tasks still overdue
 * from earlier months come along (`carried`), so the current month shows every open debt (issue 9 item 14).
 */
export async function calendar(
  db: Db,
  ctx: AuthedContext,
  from: string,
  to: string,
  today = isoDay(new Date()),
): Promise<Entry[]> {
  const units = ctx.user.unitIds === null ? null : [...ctx.user.unitIds];
  const rows = await repo.tasksDueBetween(db, from, to, units);
  const earlier =
    from <= today && today <= to ? await repo.tasksDueBetween(db, '1900-01-01', dayBefore(from), units) : [];
  const overdue = await overdueIds(db, [...rows, ...earlier], today);
  const plans = await repo.plansOfUnits(db, units);
  const reporting = plans.flatMap((p) =>
    p.reporting.flatMap((r): Entry[] =>
      r.due && r.due >= from && r.due <= to
        ? [{ date: r.due, kind: 'report', planId: p.id, title: `Hạn báo cáo ${r.period}: ${p.title}` }]
        : [],
    ),
  );
  const carried = earlier.filter((r) => overdue.has(r.task.id)).map((r) => taskEntry(r, true, true));
  const tasks = rows.map((r) => taskEntry(r, overdue.has(r.task.id), false));
  return [...carried, ...reporting, ...tasks].sort((a, b) => a.date.localeCompare(b.date));
}
