import type { Exec } from '../../platform/db/pool';
import * as repo from './plans.repo';

// What the reports module reads of a plan: its regime, tasks, who is assigned, and progress.

export type ReportingPlan = Pick<
  repo.PlanRow,
  | 'id'
  | 'provinceId'
  | 'unitId'
  | 'title'
  | 'year'
  | 'status'
  | 'number'
  | 'issuerName'
  | 'issuerAgencyId'
  | 'reporting'
  | 'recipients'
>;

export async function reportingPlan(exec: Exec, planId: string): Promise<ReportingPlan | undefined> {
  return repo.getPlan(exec, planId);
}

export async function issuedPlans(exec: Exec): Promise<ReportingPlan[]> {
  return repo.plansOfUnits(exec, null, 'issued');
}

export interface ReportingTask {
  id: string;
  parentId: string | null;
  number: string;
  content: string;
  ord: number;
}
export interface ReportingAssignment {
  taskId: string;
  role: 'lead' | 'partner';
  agencyId: string | null;
  groupId: string | null;
  name: string;
}

/** Tasks and assignments of several plans in two queries (the province view reads a hundred plans). */
export async function planTasks(
  exec: Exec,
  planIds: string[],
): Promise<{ tasks: (ReportingTask & { planId: string })[]; assignments: ReportingAssignment[] }> {
  const tasks = await repo.tasksOf(exec, planIds);
  const assignments = await repo.assignmentsOf(
    exec,
    tasks.map((t) => t.id),
  );
  return {
    tasks: tasks.map((t) => ({
      id: t.id,
      planId: t.planId,
      parentId: t.parentId,
      number: t.number,
      content: t.content,
      ord: t.ord,
    })),
    assignments: assignments.map((a) => ({
      taskId: a.taskId,
      role: a.role === 'lead' ? 'lead' : 'partner',
      agencyId: a.agencyId,
      groupId: a.groupId,
      name: a.name,
    })),
  };
}

export interface ReportingProgress {
  taskId: string;
  agencyId: string;
  status: string;
  narrative: string | null;
  figures: { label: string; value: number; unit?: string | null }[];
  completedOn: string | null;
  periodDue: string | null;
  createdAt: Date;
}

/** Progress updates of these agencies on these tasks, oldest first. */
export async function progressOfAgencies(
  exec: Exec,
  taskIds: string[],
  agencyIds: string[],
): Promise<ReportingProgress[]> {
  const set = new Set(agencyIds);
  return (await repo.progressOf(exec, taskIds)).filter((p) => set.has(p.agencyId));
}

/** Which agencies each plan reaches (directly or through groups), without tasks: for counts. */
export async function assignedAgencies(exec: Exec, planIds: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  for (const p of await repo.assignedAgencyPairs(exec, planIds))
    out.set(p.planId, [...(out.get(p.planId) ?? []), p.agencyId]);
  return out;
}
