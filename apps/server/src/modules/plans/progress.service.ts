import type { ProgressStatus } from '@vte/contracts';
import type { AuthedContext } from '../../platform/auth/context';
import type { Db, Exec } from '../../platform/db/pool';
import { AppError } from '../../platform/http/app-error';
import { recordAudit } from '../audit';
import { groupsOfAgency } from '../org';
import * as repo from './plans.repo';
import { readablePlan } from './plans.service';
import { isoDay } from './state';
import { checkUpload } from '../../platform/documents/file-type';

export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;

/** The user's agency must be assigned the task, directly or through one of its groups. */
async function assignedTask(exec: Exec, ctx: AuthedContext, taskId: string) {
  const task = await repo.getTask(exec, taskId);
  if (!task) throw new AppError('PLAN_TASK_NOT_FOUND');
  const agencyId = ctx.user.agencyId;
  if (!agencyId) throw new AppError('PLAN_NOT_ASSIGNED');
  const reach = await repo.assignmentsReaching(
    exec,
    agencyId,
    await groupsOfAgency(exec, agencyId),
    task.planId,
  );
  if (!reach.some((r) => r.task.id === task.id || r.task.id === task.parentId))
    throw new AppError('PLAN_NOT_ASSIGNED');
  const plan = (await repo.getPlan(exec, task.planId))!;
  if (plan.status === 'closed') throw new AppError('PLAN_NOT_EDITABLE');
  return { task, agencyId, plan };
}

export interface ProgressInput {
  status: ProgressStatus;
  narrative?: string | null | undefined;
  figures?: { label: string; value: number; unit?: string | null | undefined }[] | undefined;
  completedOn?: string | null | undefined;
  periodDue?: string | null | undefined;
}

/** A completion cannot come before the task's time frame starts (or its plan's year, without one). */
function checkCompletedOn(completedOn: string, task: { timeframe: unknown }, plan: { year: number }): void {
  const start = (task.timeframe as { from?: string } | null)?.from ?? `${plan.year}-01-01`;
  if (completedOn >= start) return;
  const shown = start.split('-').reverse().join('/');
  throw new AppError('VALIDATION', {
    issues: [
      {
        path: 'body.completedOn',
        message: `Ngày hoàn thành không được trước ngày bắt đầu của nhiệm vụ (${shown}).`,
      },
    ],
  });
}

export async function addProgress(db: Db, ctx: AuthedContext, taskId: string, input: ProgressInput) {
  return db.transaction(async (tx) => {
    const { task, agencyId, plan } = await assignedTask(tx, ctx, taskId);
    if (input.status === 'done' && input.completedOn) checkCompletedOn(input.completedOn, task, plan);
    const row = await repo.insertProgress(tx, {
      provinceId: task.provinceId,
      taskId,
      agencyId,
      status: input.status,
      narrative: input.narrative ?? null,
      figures: (input.figures ?? []).map((f) => ({ label: f.label, value: f.value, unit: f.unit ?? null })),
      completedOn: input.status === 'done' ? (input.completedOn ?? isoDay(new Date())) : null,
      periodDue: input.periodDue ?? null,
      createdBy: ctx.user.id,
    });
    await recordAudit(tx, ctx, {
      action: 'create',
      entity: 'task_progress',
      entityId: row.id,
      provinceId: task.provinceId,
      after: { taskId, agencyId, status: row.status, completedOn: row.completedOn, periodDue: row.periodDue },
    });
    return toProgressDto(row, []);
  });
}

function toProgressDto(
  p: repo.ProgressRow,
  evidence: { id: string; filename: string; mime: string; size: number }[],
) {
  return {
    id: p.id,
    taskId: p.taskId,
    agencyId: p.agencyId,
    status: p.status as ProgressStatus,
    narrative: p.narrative,
    figures: p.figures.map((f) => ({ label: f.label, value: f.value, unit: f.unit ?? null })),
    completedOn: p.completedOn,
    periodDue: p.periodDue,
    createdAt: p.createdAt.toISOString(),
    evidence,
  };
}

export async function listProgress(db: Db, ctx: AuthedContext, taskId: string) {
  const task = await repo.getTask(db, taskId);
  if (!task) throw new AppError('PLAN_TASK_NOT_FOUND');
  await readablePlan(db, ctx, task.planId);
  const rows = await repo.progressOf(db, [taskId]);
  const files = await repo.evidenceList(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) =>
    toProgressDto(
      r,
      files.filter((f) => f.progressId === r.id),
    ),
  );
}

export async function addEvidence(
  db: Db,
  ctx: AuthedContext,
  progressId: string,
  file: { filename: string; data: Buffer },
) {
  const checked = checkUpload(file.data, file.filename, MAX_EVIDENCE_BYTES);
  if (checked === 'too_large') throw new AppError('PLAN_EVIDENCE_TOO_LARGE');
  if (checked === 'wrong_type') throw new AppError('PLAN_EVIDENCE_TYPE');
  return db.transaction(async (tx) => {
    const p = await repo.getProgress(tx, progressId);
    if (!p) throw new AppError('PLAN_TASK_NOT_FOUND');
    await assignedTask(tx, ctx, p.taskId);
    if (p.agencyId !== ctx.user.agencyId) throw new AppError('PLAN_NOT_ASSIGNED');
    const row = await repo.insertEvidence(tx, {
      provinceId: p.provinceId,
      progressId,
      ...checked,
      content: file.data,
    });
    await recordAudit(tx, ctx, {
      action: 'create',
      entity: 'progress_evidence',
      entityId: row.id,
      provinceId: p.provinceId,
      after: { progressId, filename: checked.filename, mime: checked.mime, size: row.size },
    });
    return row;
  });
}

/** An evidence file for download: a read of the record, audited once the scope check passed. */
export async function getEvidence(db: Db, ctx: AuthedContext, id: string) {
  const e = await repo.getEvidence(db, id);
  if (!e) throw new AppError('PLAN_TASK_NOT_FOUND');
  const p = (await repo.getProgress(db, e.progressId))!;
  const task = (await repo.getTask(db, p.taskId))!;
  const plan = await readablePlan(db, ctx, task.planId);
  await recordAudit(db, ctx, {
    action: 'read',
    entity: 'progress_evidence',
    entityId: e.id,
    provinceId: e.provinceId,
    unitId: plan.unitId,
    after: { planId: plan.id, taskId: task.id, mime: e.mime, size: e.size },
  });
  return e;
}
