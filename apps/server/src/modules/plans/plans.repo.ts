import { and, asc, count, desc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import { anyUuid } from '../../platform/db/sql';
import type { Exec } from '../../platform/db/pool';
import { agencyGroupLabel, agencyLabel, unitLabel } from '../org/org.views';
import { userLabel } from '../identity/identity.views';
import { plan, planReminder, planTask, progressEvidence, taskAssignment, taskProgress } from './plans.tables';

export type PlanRow = typeof plan.$inferSelect;
export type TaskRow = typeof planTask.$inferSelect;
export type AssignmentRow = typeof taskAssignment.$inferSelect & { name: string };
export type ProgressRow = typeof taskProgress.$inferSelect;

export async function insertPlan(exec: Exec, row: typeof plan.$inferInsert): Promise<PlanRow> {
  return (await exec.insert(plan).values(row).returning())[0]!;
}

export async function insertTask(exec: Exec, row: typeof planTask.$inferInsert): Promise<TaskRow> {
  return (await exec.insert(planTask).values(row).returning())[0]!;
}

export async function insertAssignments(
  exec: Exec,
  rows: (typeof taskAssignment.$inferInsert)[],
): Promise<void> {
  if (rows.length) await exec.insert(taskAssignment).values(rows);
}

export async function getPlan(exec: Exec, id: string): Promise<PlanRow | undefined> {
  return (await exec.select().from(plan).where(eq(plan.id, id)))[0];
}

export async function updatePlanRow(
  exec: Exec,
  id: string,
  patch: Partial<typeof plan.$inferInsert>,
): Promise<PlanRow> {
  return (
    await exec
      .update(plan)
      .set({ ...patch, updatedAt: new Date() })
      .where(eq(plan.id, id))
      .returning()
  )[0]!;
}

export async function listPlans(
  exec: Exec,
  f: {
    q?: string | undefined;
    status?: string | undefined;
    year?: number | undefined;
    sort?: 'recent' | 'title' | 'year';
    page: number;
    pageSize: number;
  },
  unitIds: string[] | null,
) {
  const cond = and(
    unitIds === null ? undefined : anyUuid(plan.unitId, unitIds),
    f.status ? eq(plan.status, f.status) : undefined,
    f.year ? eq(plan.year, f.year) : undefined,
    f.q
      ? sql`vte_fold(${plan.title} || ' ' || coalesce(${plan.number}, '')) like '%' || vte_fold(${f.q}) || '%'`
      : undefined,
  );
  const rows = await exec
    .select({
      plan,
      unitName: unitLabel.name,
      unitType: unitLabel.type,
      taskCount: sql<number>`(select count(*) from plan_task t where t.plan_id = ${plan.id} and t.parent_id is null)::int`,
    })
    .from(plan)
    .innerJoin(unitLabel, eq(unitLabel.id, plan.unitId))
    .where(cond)
    .orderBy(
      ...(f.sort === 'title'
        ? [sql`${plan.title} collate "vi-VN-x-icu"`, asc(plan.id)]
        : f.sort === 'year'
          ? [asc(plan.year), asc(plan.createdAt)]
          : [desc(plan.year), desc(plan.createdAt)]),
    )
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize);
  const total = (await exec.select({ n: count() }).from(plan).where(cond))[0]?.n ?? 0;
  return { rows, total };
}

export async function tasksOf(exec: Exec, planIds: string[]): Promise<TaskRow[]> {
  if (!planIds.length) return [];
  return exec
    .select()
    .from(planTask)
    .where(inArray(planTask.planId, planIds))
    .orderBy(asc(planTask.planId), asc(planTask.ord));
}

export async function getTask(exec: Exec, id: string): Promise<TaskRow | undefined> {
  return (await exec.select().from(planTask).where(eq(planTask.id, id)))[0];
}

export async function assignmentsOf(exec: Exec, taskIds: string[]): Promise<AssignmentRow[]> {
  if (!taskIds.length) return [];
  const rows = await exec
    .select({ a: taskAssignment, agencyName: agencyLabel.name, groupName: agencyGroupLabel.name })
    .from(taskAssignment)
    .leftJoin(agencyLabel, eq(agencyLabel.id, taskAssignment.agencyId))
    .leftJoin(agencyGroupLabel, eq(agencyGroupLabel.id, taskAssignment.groupId))
    .where(inArray(taskAssignment.taskId, taskIds))
    .orderBy(asc(taskAssignment.taskId), asc(taskAssignment.ord));
  return rows.map((r) => ({ ...r.a, name: r.agencyName ?? r.groupName ?? r.a.writtenAs }));
}

/** Assignments that reach an agency: directly, or through a group it belongs to. */
export async function assignmentsReaching(exec: Exec, agencyId: string, groupIds: string[], planId?: string) {
  const reach: SQL[] = [eq(taskAssignment.agencyId, agencyId)];
  if (groupIds.length) reach.push(inArray(taskAssignment.groupId, groupIds));
  return exec
    .select({
      a: taskAssignment,
      task: planTask,
      plan: { id: plan.id, title: plan.title, reporting: plan.reporting, status: plan.status },
    })
    .from(taskAssignment)
    .innerJoin(planTask, eq(planTask.id, taskAssignment.taskId))
    .innerJoin(plan, eq(plan.id, planTask.planId))
    .where(and(or(...reach), planId ? eq(plan.id, planId) : undefined))
    .orderBy(asc(plan.createdAt), asc(planTask.ord));
}

export async function insertProgress(
  exec: Exec,
  row: typeof taskProgress.$inferInsert,
): Promise<ProgressRow> {
  return (await exec.insert(taskProgress).values(row).returning())[0]!;
}

export async function progressOf(exec: Exec, taskIds: string[]): Promise<ProgressRow[]> {
  if (!taskIds.length) return [];
  return exec
    .select()
    .from(taskProgress)
    .where(inArray(taskProgress.taskId, taskIds))
    .orderBy(asc(taskProgress.createdAt));
}

export async function getProgress(exec: Exec, id: string): Promise<ProgressRow | undefined> {
  return (await exec.select().from(taskProgress).where(eq(taskProgress.id, id)))[0];
}

export async function insertEvidence(exec: Exec, row: typeof progressEvidence.$inferInsert) {
  const r = await exec.insert(progressEvidence).values(row).returning({
    id: progressEvidence.id,
    filename: progressEvidence.filename,
    mime: progressEvidence.mime,
    size: progressEvidence.size,
  });
  return r[0]!;
}

export async function evidenceList(exec: Exec, progressIds: string[]) {
  if (!progressIds.length) return [];
  return exec
    .select({
      id: progressEvidence.id,
      progressId: progressEvidence.progressId,
      filename: progressEvidence.filename,
      mime: progressEvidence.mime,
      size: progressEvidence.size,
    })
    .from(progressEvidence)
    .where(inArray(progressEvidence.progressId, progressIds));
}

export async function getEvidence(exec: Exec, id: string) {
  return (await exec.select().from(progressEvidence).where(eq(progressEvidence.id, id)))[0];
}

export async function insertReminder(exec: Exec, row: typeof planReminder.$inferInsert): Promise<void> {
  await exec.insert(planReminder).values(row);
}

export async function remindersOf(exec: Exec, planId: string) {
  return exec
    .select()
    .from(planReminder)
    .where(eq(planReminder.planId, planId))
    .orderBy(desc(planReminder.createdAt))
    .limit(200);
}

/** Tasks with a due date in [from, to] across plans of the given units (calendar, reminders). */
export async function tasksDueBetween(exec: Exec, from: string, to: string, unitIds: string[] | null) {
  return exec
    .select({ task: planTask, planTitle: plan.title, planId: plan.id, planStatus: plan.status })
    .from(planTask)
    .innerJoin(plan, eq(plan.id, planTask.planId))
    .where(
      and(
        sql`${planTask.dueDate} between ${from}::date and ${to}::date`,
        unitIds === null ? undefined : anyUuid(plan.unitId, unitIds),
      ),
    )
    .orderBy(asc(planTask.dueDate));
}

export async function plansOfUnits(exec: Exec, unitIds: string[] | null, status?: string) {
  return exec
    .select()
    .from(plan)
    .where(
      and(
        unitIds === null ? undefined : anyUuid(plan.unitId, unitIds),
        status ? eq(plan.status, status) : undefined,
      ),
    );
}

export async function recentReminderExists(
  exec: Exec,
  taskId: string,
  agencyId: string,
  kind: string,
  days: number,
): Promise<boolean> {
  const r = await exec
    .select({ n: count() })
    .from(planReminder)
    .where(
      and(
        eq(planReminder.taskId, taskId),
        eq(planReminder.agencyId, agencyId),
        eq(planReminder.kind, kind),
        sql`${planReminder.createdAt} > now() - make_interval(days => ${days})`,
      ),
    );
  return (r[0]?.n ?? 0) > 0;
}

export async function reminderLog(exec: Exec, planId: string) {
  return exec
    .select({
      r: planReminder,
      agencyName: agencyLabel.name,
      taskNumber: planTask.number,
      sentByName: userLabel.fullName,
    })
    .from(planReminder)
    .innerJoin(agencyLabel, eq(agencyLabel.id, planReminder.agencyId))
    .leftJoin(userLabel, eq(userLabel.id, planReminder.sentBy))
    .leftJoin(planTask, eq(planTask.id, planReminder.taskId))
    .where(eq(planReminder.planId, planId))
    .orderBy(desc(planReminder.createdAt))
    .limit(500);
}

export async function updateTaskRow(
  exec: Exec,
  id: string,
  patch: Partial<typeof planTask.$inferInsert>,
): Promise<void> {
  await exec.update(planTask).set(patch).where(eq(planTask.id, id));
}

export async function deleteAssignments(exec: Exec, taskId: string): Promise<void> {
  await exec.delete(taskAssignment).where(eq(taskAssignment.taskId, taskId));
}

export async function childPlans(exec: Exec, parentId: string) {
  return exec
    .select({ id: plan.id, title: plan.title, issuerName: plan.issuerName, status: plan.status })
    .from(plan)
    .where(eq(plan.parentPlanId, parentId))
    .orderBy(asc(plan.createdAt));
}

/** Every (plan, agency) pair an assignment reaches, directly or through a group: no task text. */
export async function assignedAgencyPairs(
  exec: Exec,
  planIds: string[],
): Promise<{ planId: string; agencyId: string }[]> {
  if (!planIds.length) return [];
  const r = await exec.execute<{ plan_id: string; agency_id: string }>(sql`
    select distinct t.plan_id, coalesce(a.agency_id, m.agency_id) as agency_id
      from plan_task t
      join task_assignment a on a.task_id = t.id
      left join agency_group_membership m on m.group_id = a.group_id
     where t.plan_id = any(${sql.param(planIds)}::uuid[]) and coalesce(a.agency_id, m.agency_id) is not null`);
  return r.rows.map((x) => ({ planId: x.plan_id, agencyId: x.agency_id }));
}
