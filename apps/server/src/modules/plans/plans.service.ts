import type { AssignmentRole, PlanDto, PlanStatus, TaskDto, Timeframe, UnitType } from '@vte/contracts';
import { unitTypeLabels } from '@vte/contracts';
import type { AuthedContext } from '../../platform/auth/context';
import { inScope } from '../../platform/auth/context';
import type { Db, Exec } from '../../platform/db/pool';
import { AppError } from '../../platform/http/app-error';
import { recordAudit } from '../audit';
import { getUnit, groupsOfAgency } from '../org';
import * as repo from './plans.repo';

/** Plans a user may read: those of units in their scope, or — for an agency reporter — any plan assigning their agency. */
export async function readablePlan(exec: Exec, ctx: AuthedContext, id: string): Promise<repo.PlanRow> {
  const plan = await repo.getPlan(exec, id);
  if (!plan) throw new AppError('PLAN_NOT_FOUND');
  if (inScope(ctx.user, plan.unitId)) return plan;
  if (ctx.user.agencyId) {
    const reach = await repo.assignmentsReaching(
      exec,
      ctx.user.agencyId,
      await groupsOfAgency(exec, ctx.user.agencyId),
      id,
    );
    if (reach.length) return plan;
  }
  throw new AppError('PLAN_NOT_FOUND');
}

export function toTaskDtos(tasks: repo.TaskRow[], assignments: repo.AssignmentRow[]): TaskDto[] {
  const byTask = new Map<string, repo.AssignmentRow[]>();
  for (const a of assignments) byTask.set(a.taskId, [...(byTask.get(a.taskId) ?? []), a]);
  return tasks.map((t) => ({
    id: t.id,
    parentId: t.parentId,
    number: t.number,
    content: t.content,
    timeframeText: t.timeframeText,
    timeframe: (t.timeframe as Timeframe | null) ?? null,
    dueDate: t.dueDate,
    outputs: t.outputs,
    budget: t.budget,
    assignments: (byTask.get(t.id) ?? [])
      .sort((a, b) => (a.role === b.role ? a.ord - b.ord : a.role === 'lead' ? -1 : 1))
      .map((a) => ({
        role: a.role as AssignmentRole,
        writtenAs: a.writtenAs,
        agencyId: a.agencyId,
        groupId: a.groupId,
        name: a.name,
      })),
  }));
}

export async function planDetail(db: Db, ctx: AuthedContext, id: string): Promise<PlanDto> {
  const p = await readablePlan(db, ctx, id);
  const unit = await getUnit(db, p.unitId);
  const tasks = await repo.tasksOf(db, [p.id]);
  const assignments = await repo.assignmentsOf(
    db,
    tasks.map((t) => t.id),
  );
  return {
    id: p.id,
    unitId: p.unitId,
    unitName: unit ? `${unitTypeLabels[unit.type as UnitType]} ${unit.name}` : '',
    issuerAgencyId: p.issuerAgencyId,
    issuerName: p.issuerName,
    number: p.number,
    place: p.place,
    title: p.title,
    year: p.year,
    status: p.status as PlanStatus,
    issuedDate: p.issuedDate,
    issuedMonth: p.issuedMonth,
    taskCount: tasks.filter((t) => !t.parentId).length,
    bases: p.bases,
    purpose: p.purpose,
    requirements: p.requirements,
    funding: p.funding,
    organisation: p.organisation,
    reporting: p.reporting,
    recipients: p.recipients,
    parentPlanId: p.parentPlanId,
    children: (await repo.childPlans(db, p.id)).map((c) => ({ ...c, status: c.status as PlanStatus })),
    tasks: toTaskDtos(tasks, assignments),
  };
}

export async function listPlans(db: Db, ctx: AuthedContext, q: Parameters<typeof repo.listPlans>[1]) {
  const { rows, total } = await repo.listPlans(
    db,
    q,
    ctx.user.unitIds === null ? null : [...ctx.user.unitIds],
  );
  return {
    items: rows.map((r) => ({
      id: r.plan.id,
      unitId: r.plan.unitId,
      unitName: `${unitTypeLabels[r.unitType as UnitType]} ${r.unitName}`,
      issuerName: r.plan.issuerName,
      number: r.plan.number,
      title: r.plan.title,
      year: r.plan.year,
      status: r.plan.status as PlanStatus,
      issuedDate: r.plan.issuedDate,
      issuedMonth: r.plan.issuedMonth,
      taskCount: r.taskCount,
    })),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}

const transitions: Record<PlanStatus, PlanStatus[]> = {
  draft: ['issued'],
  issued: ['closed', 'draft'],
  closed: ['issued'],
};

export async function setStatus(db: Db, ctx: AuthedContext, id: string, status: PlanStatus) {
  return db.transaction(async (tx) => {
    const p = await repo.getPlan(tx, id);
    if (!p || !inScope(ctx.user, p.unitId)) throw new AppError('PLAN_NOT_FOUND');
    if (!transitions[p.status as PlanStatus].includes(status)) throw new AppError('PLAN_STATUS_INVALID');
    await repo.updatePlanRow(tx, id, { status });
    await recordAudit(tx, ctx, {
      action: 'update',
      entity: 'plan',
      entityId: id,
      provinceId: p.provinceId,
      unitId: p.unitId,
      before: { status: p.status },
      after: { status },
    });
  });
}
