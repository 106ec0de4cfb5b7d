import crypto from 'node:crypto';
import type { CreateSuccessionInput, CreateUnitInput, UpdateUnitInput, UnitType } from '@vte/contracts';
import { provinceUnitTypes } from '@vte/contracts';
import type { AuthedContext } from '../../platform/auth/context';
import { inScope } from '../../platform/auth/context';
import type { Db, Exec } from '../../platform/db/pool';
import { AppError } from '../../platform/http/app-error';
import { recordAudit } from '../audit';
import * as repo from './org.repo';
import { toSuccessionDto, toUnitDto } from './org.dto';
import { invalidateScopes, orgReadScope } from './org.scope';
import { parentTypeAllowed } from './unit-rules';

export function isUniqueViolation(e: unknown): boolean {
  const cause = (e as { cause?: { code?: string } }).cause;
  return (e as { code?: string }).code === '23505' || cause?.code === '23505';
}

/** A unit the user may read (their scope and the units above it); 404 otherwise, never 403. */
export async function readableUnit(exec: Exec, ctx: AuthedContext, id: string) {
  const unit = await repo.getUnit(exec, id);
  const visible = await orgReadScope(exec, ctx.user);
  if (!unit || (visible && !visible.includes(unit.id))) throw new AppError('UNIT_NOT_FOUND');
  return unit;
}

export async function listUnits(db: Db, ctx: AuthedContext, f: Parameters<typeof repo.listUnits>[1]) {
  const rows = await repo.listUnits(db, f, await orgReadScope(db, ctx.user));
  return rows.map(toUnitDto);
}

export async function getUnitDetail(db: Db, ctx: AuthedContext, id: string) {
  const unit = await readableUnit(db, ctx, id);
  const succ = (await repo.successionsOf(db, id)).map(toSuccessionDto);
  return {
    ...toUnitDto(unit),
    predecessors: succ.filter((s) => s.toUnitId === id),
    successors: succ.filter((s) => s.fromUnitId === id),
  };
}

/** The parent a unit of `type` may take: in scope, of a type allowed above it, and not below the unit itself. */
async function checkParent(
  exec: Exec,
  ctx: AuthedContext,
  type: UnitType,
  parentId: string | null,
  selfId: string | null = null,
) {
  if (parentId === null) {
    if (!provinceUnitTypes.includes(type)) throw new AppError('UNIT_PARENT_TYPE', { type, parentType: null });
    if (ctx.user.unitIds !== null) throw new AppError('UNIT_PARENT_INVALID');
    return null;
  }
  const parent = await repo.getUnit(exec, parentId);
  if (!parent || !inScope(ctx.user, parent.id)) throw new AppError('UNIT_PARENT_INVALID');
  if (selfId && (await repo.ancestors(exec, parent.id)).includes(selfId))
    throw new AppError('UNIT_PARENT_CYCLE');
  if (!parentTypeAllowed(type, parent.type as UnitType))
    throw new AppError('UNIT_PARENT_TYPE', { type, parentType: parent.type });
  return parent;
}

/** A unit changing type must still fit above its current children. */
async function checkChildren(exec: Exec, id: string, type: UnitType) {
  const children = await repo.listUnits(exec, { parentId: id }, null);
  if (children.some((c) => !parentTypeAllowed(c.type as UnitType, type)))
    throw new AppError('UNIT_CHILDREN_TYPE');
}

function checkDates(from: string, to: string | null | undefined) {
  if (to && to < from) throw new AppError('UNIT_DATES_INVALID');
}

export async function createUnit(db: Db, ctx: AuthedContext, input: CreateUnitInput) {
  checkDates(input.validFrom, input.validTo);
  try {
    return await db.transaction(async (tx) => {
      const parent = await checkParent(tx, ctx, input.type, input.parentId);
      const id = crypto.randomUUID();
      const row = await repo.insertUnit(tx, {
        id,
        code: input.code ?? null,
        name: input.name,
        type: input.type,
        parentId: parent?.id ?? null,
        provinceId: parent?.provinceId ?? id,
        validFrom: input.validFrom,
        validTo: input.validTo ?? null,
        legalBasis: input.legalBasis ?? null,
      });
      const dto = toUnitDto(row);
      await recordAudit(tx, ctx, {
        action: 'create',
        entity: 'admin_unit',
        entityId: id,
        provinceId: row.provinceId,
        unitId: id,
        after: dto,
      });
      invalidateScopes();
      return dto;
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError('UNIT_CODE_TAKEN');
    throw e;
  }
}

export async function updateUnit(db: Db, ctx: AuthedContext, id: string, input: UpdateUnitInput) {
  try {
    return await db.transaction(async (tx) => {
      const unit = await repo.getUnit(tx, id);
      if (!unit || !inScope(ctx.user, unit.id)) throw new AppError('UNIT_NOT_FOUND');
      const type = (input.type ?? unit.type) as UnitType;
      if (input.parentId !== undefined || input.type !== undefined) {
        const parentId = input.parentId === undefined ? unit.parentId : input.parentId;
        const parent = await checkParent(tx, ctx, type, parentId, unit.id);
        if (parent && parent.provinceId !== unit.provinceId) throw new AppError('UNIT_PARENT_INVALID');
        if (input.type !== undefined && input.type !== unit.type) await checkChildren(tx, unit.id, type);
      }
      checkDates(
        input.validFrom ?? unit.validFrom,
        input.validTo === undefined ? unit.validTo : input.validTo,
      );
      const before = toUnitDto(unit);
      const row = await repo.updateUnitRow(tx, id, {
        ...(input.code !== undefined ? { code: input.code ?? null } : {}),
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.type !== undefined ? { type: input.type } : {}),
        ...(input.parentId !== undefined ? { parentId: input.parentId } : {}),
        ...(input.validFrom !== undefined ? { validFrom: input.validFrom } : {}),
        ...(input.validTo !== undefined ? { validTo: input.validTo ?? null } : {}),
        ...(input.legalBasis !== undefined ? { legalBasis: input.legalBasis ?? null } : {}),
      });
      const after = toUnitDto(row);
      await recordAudit(tx, ctx, {
        action: 'update',
        entity: 'admin_unit',
        entityId: id,
        provinceId: row.provinceId,
        unitId: id,
        before,
        after,
      });
      invalidateScopes();
      return after;
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError('UNIT_CODE_TAKEN');
    throw e;
  }
}

export async function createSuccession(db: Db, ctx: AuthedContext, input: CreateSuccessionInput) {
  return db.transaction(async (tx) => {
    if (input.fromUnitId === input.toUnitId) throw new AppError('SUCCESSION_INVALID');
    const from = await repo.getUnit(tx, input.fromUnitId);
    const to = await repo.getUnit(tx, input.toUnitId);
    if (!from || !to || !inScope(ctx.user, from.id) || !inScope(ctx.user, to.id))
      throw new AppError('SUCCESSION_INVALID');
    const row = await repo.insertSuccession(tx, input);
    const dto = toSuccessionDto({
      id: row.id,
      from_unit_id: from.id,
      from_name: from.name,
      to_unit_id: to.id,
      to_name: to.name,
      kind: row.kind,
      effective_date: row.effectiveDate,
      legal_basis: row.legalBasis,
    });
    await recordAudit(tx, ctx, {
      action: 'create',
      entity: 'unit_succession',
      entityId: row.id,
      provinceId: to.provinceId,
      unitId: to.id,
      after: dto,
    });
    invalidateScopes();
    return dto;
  });
}
