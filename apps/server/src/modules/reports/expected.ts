import type { Exec } from '../../platform/db/pool';
import { agenciesOnDate, groupMembers } from '../org';
import { assignedAgencies, planTasks, type ReportingTask } from '../plans';

export interface ExpectedTask {
  taskId: string;
  role: 'lead' | 'partner';
  /** The group through which the agency is assigned, when not named directly. */
  via: string | null;
}

export interface ExpectedAgency {
  id: string;
  name: string;
  /** Agencies named in the plan that this one succeeded before the due date. */
  standsFor: string[];
  /** Its own id and those of the agencies it stands for (their progress counts as its own). */
  origins: string[];
  tasks: Map<string, ExpectedTask>;
}

export interface PeriodKey {
  id: string;
  planId: string | null;
  dueDate: string;
}

/**
 * Who must report in each period: every agency the plan assigns (as lead or partner, directly or
 * through a group), as it exists on the due date — an agency dissolved by the 2025 restructuring
 * is replaced by its successor, and one with no successor then is not expected. Batched so the
 * province view of a hundred units costs a handful of queries.
 */
export async function expectedByPeriod(
  exec: Exec,
  periods: PeriodKey[],
): Promise<{
  expected: Map<string, Map<string, ExpectedAgency>>;
  tasks: Map<string, ReportingTask & { planId: string }>;
}> {
  const planIds = [...new Set(periods.flatMap((p) => (p.planId ? [p.planId] : [])))];
  const { tasks, assignments } = await planTasks(exec, planIds);
  const members = await groupMembers(exec, [
    ...new Set(assignments.flatMap((a) => (a.groupId ? [a.groupId] : []))),
  ]);
  const taskById = new Map(tasks.map((t) => [t.id, t]));

  // plan → original agency → its tasks
  const byPlan = new Map<string, Map<string, { name: string; tasks: ExpectedTask[] }>>();
  const add = (planId: string, agencyId: string, name: string, t: ExpectedTask) => {
    const plan = byPlan.get(planId) ?? new Map<string, { name: string; tasks: ExpectedTask[] }>();
    byPlan.set(planId, plan);
    const entry = plan.get(agencyId) ?? { name, tasks: [] };
    plan.set(agencyId, entry);
    entry.tasks.push(t);
  };
  for (const a of assignments) {
    const planId = taskById.get(a.taskId)?.planId;
    if (!planId) continue;
    if (a.agencyId) add(planId, a.agencyId, a.name, { taskId: a.taskId, role: a.role, via: null });
    for (const m of a.groupId ? (members.get(a.groupId) ?? []) : [])
      add(planId, m.id, m.name, { taskId: a.taskId, role: a.role, via: a.name });
  }

  const originals = [...new Set([...byPlan.values()].flatMap((m) => [...m.keys()]))];
  const onDate = new Map<string, Awaited<ReturnType<typeof agenciesOnDate>>>();
  for (const due of new Set(periods.map((p) => p.dueDate)))
    onDate.set(due, await agenciesOnDate(exec, originals, due));

  const expected = new Map<string, Map<string, ExpectedAgency>>();
  for (const p of periods) {
    const out = new Map<string, ExpectedAgency>();
    const mapping = onDate.get(p.dueDate)!;
    for (const [origId, o] of byPlan.get(p.planId ?? '') ?? []) {
      const now = mapping.get(origId);
      if (!now) continue;
      const e = out.get(now.id) ?? {
        id: now.id,
        name: now.name,
        standsFor: [],
        origins: [now.id],
        tasks: new Map<string, ExpectedTask>(),
      };
      out.set(now.id, e);
      if (now.id !== origId && !e.origins.includes(origId)) {
        e.origins.push(origId);
        e.standsFor.push(o.name);
      }
      for (const t of o.tasks) {
        const had = e.tasks.get(t.taskId);
        // Lead wins over partner; a direct assignment wins over one through a group.
        if (
          !had ||
          (had.role === 'partner' && t.role === 'lead') ||
          (had.role === t.role && had.via && !t.via)
        )
          e.tasks.set(t.taskId, t);
      }
    }
    expected.set(p.id, out);
  }
  return { expected, tasks: new Map(tasks.map((t) => [t.id, t])) };
}

/**
 * Only who is expected in each period (ids), for counts across many units: the same rule as
 * expectedByPeriod without reading tasks or names.
 */
export async function expectedIdsByPeriod(
  exec: Exec,
  periods: PeriodKey[],
): Promise<Map<string, Set<string>>> {
  const byPlan = await assignedAgencies(exec, [
    ...new Set(periods.flatMap((p) => (p.planId ? [p.planId] : []))),
  ]);
  const originals = [...new Set([...byPlan.values()].flat())];
  const onDate = new Map<string, Awaited<ReturnType<typeof agenciesOnDate>>>();
  for (const due of new Set(periods.map((p) => p.dueDate)))
    onDate.set(due, await agenciesOnDate(exec, originals, due));
  const out = new Map<string, Set<string>>();
  for (const p of periods) {
    const mapping = onDate.get(p.dueDate)!;
    out.set(
      p.id,
      new Set(
        (byPlan.get(p.planId ?? '') ?? []).flatMap((id) => (mapping.has(id) ? [mapping.get(id)!.id] : [])),
      ),
    );
  }
  return out;
}
