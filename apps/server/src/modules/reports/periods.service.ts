import type { CreatePeriodInput, PeriodDto, PeriodKind, UpdatePeriodInput } from '@vte/contracts';
import { inScope, type AuthedContext } from '../../platform/auth/context';
import type { Db, Exec } from '../../platform/db/pool';
import { AppError } from '../../platform/http/app-error';
import { recordAudit } from '../audit';
import { unitFullName, unitsOnDates } from '../org';
import { issuedPlans, readablePlan, reportingPlan } from '../plans';
import { today } from './clock';
import { checkDates, DEFAULT_EXPIRY_DAYS, isLocked, periodFromRegime } from './periods';
import * as repo from './reports.repo';
import { addDays } from '../../platform/dates';

// Unit names by the day they are asked for: units change a few times a decade.
const unitNames = new Map<string, { id: string; name: string; at: number }>();
export async function unitNameOn(
  exec: Exec,
  unitId: string,
  day: string,
): Promise<{ id: string; name: string }> {
  const key = `${unitId}|${day}`;
  const hit = unitNames.get(key);
  if (hit && Date.now() - hit.at < 60_000) return hit;
  const unit = (await unitsOnDates(exec, [{ unitId, day }])).get(key);
  const entry = { id: unit?.id ?? unitId, name: unit ? unitFullName(unit) : '', at: Date.now() };
  unitNames.set(key, entry);
  return entry;
}

export async function toPeriodDto(exec: Exec, p: repo.PeriodRow): Promise<PeriodDto> {
  return {
    id: p.id,
    planId: p.planId,
    planTitle: p.planTitle,
    unitId: p.unitId,
    unitName: (await unitNameOn(exec, p.unitId, p.dueDate)).name,
    kind: p.kind as PeriodKind,
    label: p.label,
    year: p.year,
    cutoffFrom: p.cutoffFrom,
    cutoffTo: p.cutoffTo,
    dueDate: p.dueDate,
    expiresOn: p.expiresOn,
    reopenedUntil: p.reopenedUntil,
    locked: isLocked(p, today()),
  };
}

/** A period the user may see: its unit is in their scope. Another locality's answers 404. */
export async function readablePeriod(exec: Exec, ctx: AuthedContext, id: string): Promise<repo.PeriodRow> {
  const p = await repo.getPeriod(exec, id);
  if (!p || !inScope(ctx.user, p.unitId)) throw new AppError('REPORT_PERIOD_NOT_FOUND');
  return p;
}

export async function listPeriods(
  db: Db,
  ctx: AuthedContext,
  q: {
    planId?: string | undefined;
    unitId?: string | undefined;
    year?: number | undefined;
    kind?: string | undefined;
  },
) {
  const rows = await repo.listPeriods(db, {
    ...q,
    unitIds: ctx.user.unitIds === null ? null : [...ctx.user.unitIds],
  });
  return Promise.all(rows.map((r) => toPeriodDto(db, r)));
}

async function plannedPeriodsOf(exec: Exec, planId: string) {
  return repo.listPeriods(exec, { planId, unitIds: null });
}

export async function createPeriod(db: Db, ctx: AuthedContext, input: CreatePeriodInput): Promise<PeriodDto> {
  return db.transaction(async (tx) => {
    const plan = await readablePlan(tx, ctx, input.planId);
    if (!inScope(ctx.user, plan.unitId)) throw new AppError('REPORT_PERIOD_NOT_FOUND');
    const row = {
      provinceId: plan.provinceId,
      planId: plan.id,
      unitId: plan.unitId,
      kind: input.kind,
      label:
        input.label ??
        `${input.kind === 'ad_hoc' ? 'Báo cáo đột xuất' : 'Báo cáo chuyên đề'} năm ${input.year}`,
      year: input.year,
      cutoffFrom: input.cutoffFrom,
      cutoffTo: input.cutoffTo,
      dueDate: input.dueDate,
      expiresOn: input.expiresOn ?? addDays(input.dueDate, DEFAULT_EXPIRY_DAYS),
      createdBy: ctx.user.id || null,
    };
    const bad = checkDates(row);
    if (bad) throw new AppError('REPORT_PERIOD_DATES', { issues: [{ path: 'body', message: bad }] });
    const existing = await plannedPeriodsOf(tx, plan.id);
    if (existing.some((p) => p.kind === row.kind && p.dueDate === row.dueDate && p.label === row.label))
      throw new AppError('REPORT_PERIOD_EXISTS');
    const [id] = await repo.insertPeriods(tx, [row]);
    await recordAudit(tx, ctx, {
      action: 'create',
      entity: 'report_period',
      entityId: id!,
      provinceId: plan.provinceId,
      unitId: plan.unitId,
      after: row,
    });
    return toPeriodDto(tx, (await repo.getPeriod(tx, id!))!);
  });
}

/** The periods of a plan's "Chế độ báo cáo"; those already there are kept (idempotent). */
export async function generatePeriods(db: Db, ctx: AuthedContext, planId: string): Promise<PeriodDto[]> {
  return db.transaction(async (tx) => {
    const plan = await readablePlan(tx, ctx, planId);
    if (!inScope(ctx.user, plan.unitId)) throw new AppError('REPORT_PERIOD_NOT_FOUND');
    await generateFor(tx, ctx, plan.id);
    return Promise.all((await plannedPeriodsOf(tx, plan.id)).map((p) => toPeriodDto(tx, p)));
  });
}

async function generateFor(exec: Exec, ctx: AuthedContext, planId: string): Promise<number> {
  const plan = (await reportingPlan(exec, planId))!;
  const entries = plan.reporting.filter((e) => e.due || e.period);
  if (!entries.length) throw new AppError('REPORT_PLAN_NO_REGIME');
  const existing = await plannedPeriodsOf(exec, plan.id);
  const rows = entries
    .map((e) => periodFromRegime(e, plan.year))
    .filter((d) => !existing.some((p) => p.kind === d.kind && p.dueDate === d.dueDate))
    .map((d) => ({
      ...d,
      provinceId: plan.provinceId,
      planId: plan.id,
      unitId: plan.unitId,
      createdBy: ctx.user.id || null,
    }));
  const ids = await repo.insertPeriods(exec, rows);
  for (const [i, id] of ids.entries()) {
    await recordAudit(exec, ctx, {
      action: 'create',
      entity: 'report_period',
      entityId: id,
      provinceId: plan.provinceId,
      unitId: plan.unitId,
      after: rows[i],
    });
  }
  return ids.length;
}

/** Start-up and daily: every issued plan with a reporting regime has its periods. */
export async function ensurePeriods(db: Db, ctx: AuthedContext): Promise<number> {
  let made = 0;
  for (const plan of await issuedPlans(db)) {
    if (!plan.reporting.length) continue;
    made += await db.transaction((tx) => generateFor(tx, ctx, plan.id));
  }
  return made;
}

export async function updatePeriod(
  db: Db,
  ctx: AuthedContext,
  id: string,
  input: UpdatePeriodInput,
): Promise<PeriodDto> {
  return db.transaction(async (tx) => {
    const before = await readablePeriod(tx, ctx, id);
    const patch = Object.fromEntries(
      Object.entries(input).filter(([, v]) => v !== undefined),
    ) as UpdatePeriodInput;
    const next = { ...before, ...patch, expiresOn: patch.expiresOn ?? before.expiresOn };
    const bad = checkDates(next);
    if (bad) throw new AppError('REPORT_PERIOD_DATES', { issues: [{ path: 'body', message: bad }] });
    await repo.updatePeriod(tx, id, { ...patch, expiresOn: next.expiresOn });
    await recordAudit(tx, ctx, {
      action: 'update',
      entity: 'report_period',
      entityId: id,
      provinceId: before.provinceId,
      unitId: before.unitId,
      before: {
        cutoffFrom: before.cutoffFrom,
        cutoffTo: before.cutoffTo,
        dueDate: before.dueDate,
        expiresOn: before.expiresOn,
        reopenedUntil: before.reopenedUntil,
      },
      after: patch,
    });
    return toPeriodDto(tx, (await repo.getPeriod(tx, id))!);
  });
}

export async function getPeriod(db: Db, ctx: AuthedContext, id: string): Promise<PeriodDto> {
  return toPeriodDto(db, await readablePeriod(db, ctx, id));
}
