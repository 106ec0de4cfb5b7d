import type { UpdatePlanInput, UpdateTaskInput } from '@vte/contracts';
import type { AuthedContext } from '../../platform/auth/context';
import { inScope } from '../../platform/auth/context';
import type { Db, Tx } from '../../platform/db/pool';
import { AppError } from '../../platform/http/app-error';
import { recordAudit } from '../audit';
import { getUnit } from '../org';
import { resolver } from './import.service';
import * as repo from './plans.repo';
import { timeframeDue } from './state';

async function editablePlan(tx: Tx, ctx: AuthedContext, id: string) {
  const p = await repo.getPlan(tx, id);
  if (!p || !inScope(ctx.user, p.unitId)) throw new AppError('PLAN_NOT_FOUND');
  if (p.status === 'closed') throw new AppError('PLAN_NOT_EDITABLE');
  return p;
}

export function updatePlan(db: Db, ctx: AuthedContext, id: string, input: UpdatePlanInput) {
  return db.transaction(async (tx) => {
    const p = await editablePlan(tx, ctx, id);
    const patch = Object.fromEntries(Object.entries(input).map(([k, v]) => [k, v ?? null]));
    const after = await repo.updatePlanRow(tx, id, patch);
    const pick = (r: repo.PlanRow) =>
      Object.fromEntries(Object.keys(input).map((k) => [k, r[k as keyof repo.PlanRow]]));
    await recordAudit(tx, ctx, {
      action: 'update',
      entity: 'plan',
      entityId: id,
      provinceId: p.provinceId,
      unitId: p.unitId,
      before: pick(p),
      after: pick(after),
    });
  });
}

export function updateTask(db: Db, ctx: AuthedContext, taskId: string, input: UpdateTaskInput) {
  return db.transaction(async (tx) => {
    const task = await repo.getTask(tx, taskId);
    if (!task) throw new AppError('PLAN_TASK_NOT_FOUND');
    const plan = await editablePlan(tx, ctx, task.planId);
    const before = { ...task, assignments: await repo.assignmentsOf(tx, [taskId]) };
    const { lead, partners, ...fields } = input;
    await repo.updateTaskRow(tx, taskId, {
      ...fields,
      ...(input.timeframe !== undefined ? { dueDate: timeframeDue(input.timeframe) } : {}),
    });
    if (lead || partners) {
      const unit = (await getUnit(tx, plan.unitId))!;
      const r = await resolver(tx, ctx, unit, plan.issuedDate ?? `${plan.year}-01-01`);
      const current = before.assignments;
      const keep = (role: string) =>
        current
          .filter((a) => a.role === role)
          .map((a) => ({ writtenAs: a.writtenAs, agencyId: a.agencyId, groupId: a.groupId }));
      const rows = [];
      for (const [role, refs] of [
        ['lead', lead ?? keep('lead')],
        ['partner', partners ?? keep('partner')],
      ] as const) {
        for (const [i, ref] of refs.entries()) {
          rows.push({
            provinceId: task.provinceId,
            taskId,
            role,
            ord: i,
            writtenAs: ref.writtenAs,
            ...(await r.resolve(ref, `Nhiệm vụ ${task.number}`)),
          });
        }
      }
      if (!rows.some((x) => x.role === 'lead'))
        throw new AppError('PLAN_TASK_NO_LEAD', { task: task.number });
      await repo.deleteAssignments(tx, taskId);
      await repo.insertAssignments(tx, rows);
    }
    const after = {
      ...(await repo.getTask(tx, taskId)),
      assignments: await repo.assignmentsOf(tx, [taskId]),
    };
    await recordAudit(tx, ctx, {
      action: 'update',
      entity: 'plan_task',
      entityId: taskId,
      provinceId: task.provinceId,
      before,
      after,
    });
  });
}
