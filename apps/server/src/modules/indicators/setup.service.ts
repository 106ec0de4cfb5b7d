import type { IndicatorAssignmentDto, IndicatorTargetDto } from '@vte/contracts';
import { inScope, type AuthedContext } from '../../platform/auth/context';
import type { Db, Exec } from '../../platform/db/pool';
import { AppError } from '../../platform/http/app-error';
import { recordAudit } from '../audit';
import { agenciesByIds, dataScope, getUnit, type UnitRow } from '../org';
import * as repo from './indicators.repo';
import type { Issue } from './validate';
import { targetIssues } from './target-bounds';

// Per-locality set-up of the catalogue: who reports which indicator, and the year's targets.

/** Another locality's unit answers like a missing one (404), never revealing it exists. */
async function unitOfUser(exec: Exec, ctx: AuthedContext, unitId: string): Promise<UnitRow> {
  const unit = await getUnit(exec, unitId);
  if (!unit || !inScope(ctx.user, unitId)) throw new AppError('NOT_FOUND');
  return unit;
}

/** Unknown ids → 404, computed ratios → their own code, retired indicators → a field issue. */
async function usableIndicators(
  exec: Exec,
  ids: string[],
  path: (i: number) => string,
  opts: { ratios: boolean },
) {
  const rows = new Map((await repo.indicatorsByIds(exec, [...new Set(ids)])).map((r) => [r.id, r]));
  const issues: Issue[] = [];
  ids.forEach((id, i) => {
    const r = rows.get(id);
    if (!r) throw new AppError('INDICATOR_NOT_FOUND');
    if (!opts.ratios && r.aggregation === 'ratio')
      throw new AppError('INDICATOR_RATIO_NOT_ENTERED', { code: r.code });
    if (!r.active) issues.push({ path: path(i), message: `Chỉ tiêu ${r.code} đã ngừng sử dụng.` });
  });
  if (issues.length) throw new AppError('VALIDATION', { issues });
  return rows;
}

export async function listAssignments(
  db: Db,
  ctx: AuthedContext,
  unitId: string,
): Promise<IndicatorAssignmentDto[]> {
  await unitOfUser(db, ctx, unitId);
  return repo.assignmentsOfUnit(db, unitId);
}

export async function setAssignments(
  db: Db,
  ctx: AuthedContext,
  input: { unitId: string; assignments: { indicatorId: string; agencyId: string }[] },
): Promise<IndicatorAssignmentDto[]> {
  return db.transaction(async (tx) => {
    const unit = await unitOfUser(tx, ctx, input.unitId);
    const pairs = [...new Map(input.assignments.map((a) => [`${a.indicatorId}|${a.agencyId}`, a])).values()];
    await usableIndicators(
      tx,
      pairs.map((a) => a.indicatorId),
      (i) => `body.assignments.${i}.indicatorId`,
      { ratios: false },
    );
    // An agency of the unit, of a unit under it, or of its predecessor or successor (the 2025 change of type).
    const scope = await dataScope(tx, input.unitId);
    const agencies = new Map(
      (await agenciesByIds(tx, [...new Set(pairs.map((a) => a.agencyId))])).map((a) => [a.id, a]),
    );
    const issues = pairs.flatMap((a, i): Issue[] => {
      const ag = agencies.get(a.agencyId);
      return ag && scope?.has(ag.unitId)
        ? []
        : [{ path: `body.assignments.${i}.agencyId`, message: 'Cơ quan không thuộc địa bàn này.' }];
    });
    if (issues.length) throw new AppError('VALIDATION', { issues });
    const before = await repo.assignmentsOfUnit(tx, input.unitId);
    await repo.replaceAssignments(
      tx,
      input.unitId,
      pairs.map((a) => ({
        provinceId: unit.provinceId,
        unitId: input.unitId,
        indicatorId: a.indicatorId,
        agencyId: a.agencyId,
      })),
    );
    const after = await repo.assignmentsOfUnit(tx, input.unitId);
    const brief = (list: IndicatorAssignmentDto[]) =>
      list.map((a) => ({ code: a.code, agencyId: a.agencyId }));
    await recordAudit(tx, ctx, {
      action: 'update',
      entity: 'indicator_assignment',
      entityId: input.unitId,
      provinceId: unit.provinceId,
      unitId: input.unitId,
      before: brief(before),
      after: brief(after),
    });
    return after;
  });
}

export async function listTargets(
  db: Db,
  ctx: AuthedContext,
  unitId: string,
  year: number,
): Promise<IndicatorTargetDto[]> {
  await unitOfUser(db, ctx, unitId);
  return repo.targetsOf(db, unitId, year);
}

export async function setTargets(
  db: Db,
  ctx: AuthedContext,
  input: { unitId: string; year: number; targets: { indicatorId: string; value: number }[] },
): Promise<IndicatorTargetDto[]> {
  return db.transaction(async (tx) => {
    const unit = await unitOfUser(tx, ctx, input.unitId);
    const seen = new Set<string>();
    const issues: Issue[] = [];
    input.targets.forEach((t, i) => {
      if (seen.has(t.indicatorId))
        issues.push({
          path: `body.targets.${i}.indicatorId`,
          message: 'Mỗi chỉ tiêu chỉ có một mục tiêu trong năm.',
        });
      seen.add(t.indicatorId);
    });
    if (issues.length) throw new AppError('VALIDATION', { issues });
    const rows = await usableIndicators(
      tx,
      input.targets.map((t) => t.indicatorId),
      (i) => `body.targets.${i}.indicatorId`,
      { ratios: true },
    );
    const tooHigh = targetIssues(rows, input.targets);
    if (tooHigh.length) throw new AppError('VALIDATION', { issues: tooHigh });
    const before = await repo.targetsOf(tx, input.unitId, input.year);
    await repo.replaceTargets(
      tx,
      input.unitId,
      input.year,
      input.targets.map((t) => ({
        provinceId: unit.provinceId,
        unitId: input.unitId,
        indicatorId: t.indicatorId,
        year: input.year,
        value: t.value,
      })),
    );
    const after = await repo.targetsOf(tx, input.unitId, input.year);
    const brief = (list: IndicatorTargetDto[]) => list.map((t) => ({ code: t.code, value: t.value }));
    await recordAudit(tx, ctx, {
      action: 'update',
      entity: 'indicator_target',
      entityId: input.unitId,
      provinceId: unit.provinceId,
      unitId: input.unitId,
      before: { year: input.year, targets: brief(before) },
      after: { year: input.year, targets: brief(after) },
    });
    return after;
  });
}
