import type { AssignmentRole, MyTaskDto, TaskState } from '@vte/contracts';
import { taskStates } from '@vte/contracts';
import type { AuthedContext } from '../../platform/auth/context';
import type { Db } from '../../platform/db/pool';
import { AppError } from '../../platform/http/app-error';
import { getAgency, groupMembers, groupsOfAgency } from '../org';
import * as repo from './plans.repo';
import { readablePlan, toTaskDtos } from './plans.service';
import { agencyState, isoDay, timing, worstState, type ProgressFact } from './state';

const dues = (reporting: { due: string | null }[]) => reporting.flatMap((r) => (r.due ? [r.due] : []));

function progressIndex(rows: repo.ProgressRow[]) {
  const m = new Map<string, ProgressFact[]>();
  for (const p of rows)
    m.set(`${p.taskId}:${p.agencyId}`, [...(m.get(`${p.taskId}:${p.agencyId}`) ?? []), p]);
  return m;
}

/** The agency whose tasks are shown: the user's own, or one a manager picks within scope. */
async function targetAgency(db: Db, ctx: AuthedContext, agencyId: string | undefined): Promise<string> {
  const id = agencyId ?? ctx.user.agencyId;
  if (!id) throw new AppError('PLAN_NOT_ASSIGNED');
  if (id !== ctx.user.agencyId) {
    const a = await getAgency(db, id);
    if (!a || (ctx.user.unitIds !== null && !ctx.user.unitIds.has(a.unitId)))
      throw new AppError('AGENCY_NOT_FOUND');
  }
  return id;
}

export async function myTasks(
  db: Db,
  ctx: AuthedContext,
  q: { planId?: string | undefined; agencyId?: string | undefined; at?: string | undefined },
): Promise<MyTaskDto[]> {
  const agencyId = await targetAgency(db, ctx, q.agencyId);
  const groupIds = await groupsOfAgency(db, agencyId);
  const rows = await repo.assignmentsReaching(db, agencyId, groupIds, q.planId);
  const taskIds = [...new Set(rows.map((r) => r.task.id))];
  const assignments = await repo.assignmentsOf(db, taskIds);
  const progress = progressIndex(await repo.progressOf(db, taskIds));
  const at = q.at ?? isoDay(new Date());
  const seen = new Map<string, MyTaskDto>();
  for (const r of rows) {
    const prev = seen.get(r.task.id);
    // Lead beats partner when an agency is reached both directly and through a group.
    if (prev && (prev.role === 'lead' || r.a.role !== 'lead')) continue;
    const via = r.a.groupId ? (assignments.find((a) => a.id === r.a.id)?.name ?? null) : null;
    const state = agencyState(
      timing(r.task),
      progress.get(`${r.task.id}:${agencyId}`) ?? [],
      dues(r.plan.reporting),
      at,
    );
    seen.set(r.task.id, {
      planId: r.plan.id,
      planTitle: r.plan.title,
      task: toTaskDtos([r.task], assignments)[0]!,
      role: r.a.role as AssignmentRole,
      via,
      state,
      dueDate: r.task.dueDate,
    });
  }
  return [...seen.values()];
}

/** Expands group assignments to member agencies: who is really on the hook for each task. */
async function expand(db: Db, assignments: repo.AssignmentRow[]) {
  const groupIds = [...new Set(assignments.flatMap((a) => (a.groupId ? [a.groupId] : [])))];
  const members = await groupMembers(db, groupIds);
  const out: {
    taskId: string;
    agencyId: string;
    name: string;
    role: AssignmentRole;
    viaGroup: string | null;
  }[] = [];
  for (const a of assignments) {
    if (a.agencyId)
      out.push({
        taskId: a.taskId,
        agencyId: a.agencyId,
        name: a.name,
        role: a.role as AssignmentRole,
        viaGroup: null,
      });
    else
      for (const m of members.get(a.groupId!) ?? [])
        out.push({
          taskId: a.taskId,
          agencyId: m.id,
          name: m.name,
          role: a.role as AssignmentRole,
          viaGroup: a.name,
        });
  }
  return out;
}

export async function matrix(db: Db, ctx: AuthedContext, planId: string) {
  const plan = await readablePlan(db, ctx, planId);
  const tasks = await repo.tasksOf(db, [plan.id]);
  const assignments = await repo.assignmentsOf(
    db,
    tasks.map((t) => t.id),
  );
  const columns = new Map<string, { id: string; kind: 'agency' | 'group'; name: string }>();
  for (const a of assignments) {
    const key = a.agencyId ?? a.groupId!;
    if (!columns.has(key)) columns.set(key, { id: key, kind: a.agencyId ? 'agency' : 'group', name: a.name });
  }
  return {
    planId: plan.id,
    title: plan.title,
    columns: [...columns.values()],
    rows: tasks.map((t) => ({
      taskId: t.id,
      number: t.number,
      content: t.content,
      parentId: t.parentId,
      cells: Object.fromEntries(
        assignments
          .filter((a) => a.taskId === t.id)
          .map((a) => [a.agencyId ?? a.groupId!, a.role as AssignmentRole]),
      ),
    })),
  };
}

type Counts = Record<TaskState, number>;
const zero = (): Counts => Object.fromEntries(taskStates.map((s) => [s, 0])) as Counts;

/** States per agency and for the plan, as of `at`; each figure drills down to its tasks. */
export async function dashboard(db: Db, ctx: AuthedContext, planId: string, at = isoDay(new Date())) {
  const plan = await readablePlan(db, ctx, planId);
  const tasks = await repo.tasksOf(db, [plan.id]);
  const taskIds = tasks.map((t) => t.id);
  const assignments = await repo.assignmentsOf(db, taskIds);
  const people = await expand(db, assignments);
  const progress = progressIndex(await repo.progressOf(db, taskIds));
  const reportingDues = dues(plan.reporting);
  const byTask = new Map(tasks.map((t) => [t.id, t]));
  const agencies = new Map<
    string,
    {
      agencyId: string;
      name: string;
      counts: Counts;
      tasks: { taskId: string; number: string; role: AssignmentRole; state: TaskState }[];
    }
  >();
  const leadStates = new Map<string, TaskState[]>();
  for (const p of people) {
    const task = byTask.get(p.taskId)!;
    const state = agencyState(
      timing(task),
      progress.get(`${p.taskId}:${p.agencyId}`) ?? [],
      reportingDues,
      at,
    );
    const entry = agencies.get(p.agencyId) ?? {
      agencyId: p.agencyId,
      name: p.name,
      counts: zero(),
      tasks: [],
    };
    if (!entry.tasks.some((x) => x.taskId === p.taskId)) {
      entry.counts[state]++;
      entry.tasks.push({ taskId: p.taskId, number: task.number, role: p.role, state });
    }
    agencies.set(p.agencyId, entry);
    if (p.role === 'lead') leadStates.set(p.taskId, [...(leadStates.get(p.taskId) ?? []), state]);
  }
  // Roll up: a task is as good as its worst lead agency and its worst sub-task.
  const taskState = new Map<string, TaskState>();
  for (const t of [...tasks].reverse()) {
    const subs = tasks.filter((s) => s.parentId === t.id).map((s) => taskState.get(s.id)!);
    taskState.set(t.id, worstState([...(leadStates.get(t.id) ?? []), ...subs]));
  }
  const planCounts = zero();
  for (const t of tasks.filter((x) => !x.parentId)) planCounts[taskState.get(t.id)!]++;
  return {
    planId: plan.id,
    at,
    counts: planCounts,
    tasks: tasks.map((t) => ({
      taskId: t.id,
      number: t.number,
      parentId: t.parentId,
      state: taskState.get(t.id)!,
    })),
    agencies: [...agencies.values()].sort((a, b) => a.name.localeCompare(b.name, 'vi')),
  };
}
