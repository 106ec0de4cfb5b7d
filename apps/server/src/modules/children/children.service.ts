import {
  todayInVietnam,
  type ChildCreateInput,
  type ChildDto,
  type ChildUpdateInput,
  type DobPrecision,
} from '@vte/contracts';
import { childCreateInput, childUpdateInput } from '@vte/contracts';
import type { z } from 'zod';
import { inScope, type AuthedContext } from '../../platform/auth/context';
import type { Db, Exec } from '../../platform/db/pool';
import { AppError } from '../../platform/http/app-error';
import { recordAudit } from '../audit';
import { getUnit, unitsByIds } from '../org';
import * as repo from './children.repo';
import { auditView, childDto } from './children.dto';
import { assertCodes, dobStored, personalIdFields } from './record-checks';
import { insertSub } from './subrecords.repo';

type CreateInput = z.output<typeof childCreateInput>;
type UpdateInput = z.output<typeof childUpdateInput>;
export type { ChildCreateInput, ChildUpdateInput };

/**
 * The child, if it is active and its unit is in the user's scope; else 404 CHILD_NOT_FOUND with no
 * hint of existence. A refused write is audited (outside the write's transaction, which rolls back).
 */
export async function childInScope(
  db: Db,
  exec: Exec,
  ctx: AuthedContext,
  id: string,
  write: boolean,
): Promise<repo.ChildRow> {
  const row = await repo.findChild(exec, ctx.user.provinceId, id);
  if (row && row.status === 'active' && inScope(ctx.user, row.unitId)) return row;
  if (write)
    await recordAudit(db, ctx, {
      action: 'update',
      entity: 'child',
      entityId: id,
      after: { refused: 'out_of_scope' },
    });
  throw new AppError('CHILD_NOT_FOUND');
}

/** For other modules (cases, support): whether this user may work on this child. */
export async function childExists(exec: Exec, ctx: AuthedContext, id: string): Promise<boolean> {
  const row = await repo.findChild(exec, ctx.user.provinceId, id);
  return !!row && row.status === 'active' && inScope(ctx.user, row.unitId);
}

/** A unit the user may put a child in, existing on `day`. */
export async function assertUnitFor(exec: Exec, ctx: AuthedContext, unitId: string, day: string) {
  if (!inScope(ctx.user, unitId)) throw new AppError('CHILD_UNIT_OUT_OF_SCOPE');
  const unit = await getUnit(exec, unitId);
  if (!unit || unit.validFrom > day || (unit.validTo && unit.validTo < day))
    throw new AppError('CHILD_UNIT_NOT_VALID', { unitId, day });
  return unit;
}

/** Refused when an active child anywhere in the register has the ID; no hint where, unless in scope. */
export async function assertIdFree(
  exec: Exec,
  ctx: AuthedContext,
  personalId: string | null,
  exceptId: string | null,
) {
  if (!personalId) return;
  const holders = await repo.activeByPersonalId(exec, personalId, exceptId);
  if (!holders.length) return;
  const visible = holders.find((h) => inScope(ctx.user, h.unitId));
  throw new AppError('CHILD_ID_DUPLICATE', visible ? { childId: visible.id } : undefined);
}

export async function loadChildDto(exec: Exec, row: repo.ChildRow): Promise<ChildDto> {
  const subs = await repo.subRecords(exec, row.provinceId, row.id);
  const household = row.householdId
    ? await repo.getHousehold(exec, row.provinceId, row.householdId)
    : undefined;
  const unitIds = [...new Set([row.unitId, ...subs.residences.map((r) => r.unitId)])];
  const names = new Map((await unitsByIds(exec, unitIds)).map((u) => [u.id, u.name]));
  return childDto(row, subs, household, names);
}

export async function createChild(db: Db, ctx: AuthedContext, input: CreateInput): Promise<ChildDto> {
  const since = input.livesSince ?? todayInVietnam();
  const dob = dobStored(input.dob, input.dobPrecision);
  if (dob && since < dob) throw new AppError('CHILD_DATE_ORDER');
  const ids = personalIdFields(input.personalId, {
    sex: input.sex ?? null,
    dob,
    dobPrecision: input.dobPrecision,
  });
  return db
    .transaction(async (tx) => {
      const unit = await assertUnitFor(tx, ctx, input.unitId, since);
      await assertCodes(tx, [
        { list: 'ethnicity', field: 'ethnicityCode', code: input.ethnicityCode },
        { list: 'schooling', field: 'schooling', code: input.schooling },
        ...input.guardians.map((g, i) => ({
          list: 'relation' as const,
          field: `guardians.${i}.relation`,
          code: g.relation,
        })),
      ]);
      await assertIdFree(tx, ctx, ids.personalId, null);
      const by = ctx.user.id || null;
      const household = input.household
        ? await repo.insertHousehold(tx, {
            provinceId: unit.provinceId,
            unitId: unit.id,
            ...input.household,
            createdBy: by,
          })
        : null;
      const row = await repo.insertChild(tx, {
        provinceId: unit.provinceId,
        fullName: input.fullName,
        dob,
        dobPrecision: input.dobPrecision,
        sex: input.sex ?? null,
        ethnicityCode: input.ethnicityCode ?? null,
        nationality: input.nationality,
        ...ids,
        unitId: unit.id,
        hamlet: input.hamlet ?? null,
        address: input.address ?? null,
        householdId: household?.id ?? null,
        schooling: input.schooling ?? null,
        notes: input.notes ?? null,
        sourceRecordRef: input.sourceRecordRef ?? null,
        createdBy: by,
        updatedBy: by,
      });
      await repo.insertResidence(tx, {
        provinceId: row.provinceId,
        childId: row.id,
        unitId: unit.id,
        hamlet: row.hamlet,
        address: row.address,
        kind: input.residenceKind,
        validFrom: since,
        createdBy: by,
      });
      for (const g of input.guardians)
        await insertSub(tx, 'guardian', { ...g, provinceId: row.provinceId, childId: row.id, createdBy: by });
      await recordAudit(tx, ctx, {
        action: 'create',
        entity: 'child',
        entityId: row.id,
        provinceId: row.provinceId,
        unitId: row.unitId,
        after: { ...auditView(row), guardians: input.guardians.length },
      });
      return loadChildDto(tx, row);
    })
    .catch(idTaken);
}

/** The child's page: every opening is audited as a read with its purpose, in the same transaction. */
export async function readChild(db: Db, ctx: AuthedContext, id: string, purpose: string): Promise<ChildDto> {
  return db.transaction(async (tx) => {
    await assertCodes(tx, [{ list: 'access_purpose', field: 'purpose', code: purpose }]);
    const row = await childInScope(db, tx, ctx, id, false);
    await recordAudit(tx, ctx, {
      action: 'read',
      entity: 'child',
      entityId: row.id,
      provinceId: row.provinceId,
      unitId: row.unitId,
      after: { purpose },
    });
    return loadChildDto(tx, row);
  });
}

export async function updateChildRecord(
  db: Db,
  ctx: AuthedContext,
  id: string,
  input: UpdateInput,
): Promise<ChildDto> {
  return db
    .transaction(async (tx) => {
      const row = await childInScope(db, tx, ctx, id, true);
      if (row.version !== input.version)
        throw new AppError('CHILD_VERSION_CONFLICT', { version: row.version });
      const { version: _version, household, ...fields } = input;
      await assertCodes(tx, [
        { list: 'ethnicity', field: 'ethnicityCode', code: fields.ethnicityCode },
        { list: 'schooling', field: 'schooling', code: fields.schooling },
        { list: 'id_verification', field: 'idVerification', code: fields.idVerification },
      ]);
      const precision = (fields.dobPrecision ?? row.dobPrecision) as DobPrecision;
      const dob = dobStored(fields.dob === undefined ? row.dob : fields.dob, precision);
      const sex = fields.sex === undefined ? row.sex : fields.sex;
      const patch: Partial<repo.NewChildRow> = defined({ ...fields, updatedBy: ctx.user.id || null });
      if (fields.dob !== undefined || fields.dobPrecision !== undefined)
        Object.assign(patch, { dob, dobPrecision: precision });
      const idChanged = fields.personalId !== undefined && fields.personalId !== row.personalId;
      if (idChanged || fields.dob !== undefined || fields.sex !== undefined) {
        const ids = personalIdFields(fields.personalId === undefined ? row.personalId : fields.personalId, {
          sex: sex === 'M' || sex === 'F' ? sex : null,
          dob,
          dobPrecision: precision,
        });
        patch.personalId = ids.personalId;
        patch.personalIdKind = ids.personalIdKind;
        if (idChanged && !fields.idVerification) patch.idVerification = ids.idVerification;
        if (idChanged) await assertIdFree(tx, ctx, ids.personalId, row.id);
      }
      if (household !== undefined) patch.householdId = await saveHousehold(tx, ctx, row, household);
      const updated = await repo.updateChild(tx, row, patch);
      delete patch.updatedBy;
      if (!updated) throw new AppError('CHILD_VERSION_CONFLICT');
      if (fields.hamlet !== undefined || fields.address !== undefined)
        await repo.mirrorOpenResidence(tx, updated);
      await recordAudit(tx, ctx, {
        action: 'update',
        entity: 'child',
        entityId: row.id,
        provinceId: row.provinceId,
        unitId: row.unitId,
        before: auditView(pick(row, Object.keys(patch))),
        after: auditView(pick(updated, Object.keys(patch))),
      });
      return loadChildDto(tx, updated);
    })
    .catch(idTaken);
}

async function saveHousehold(
  tx: Exec,
  ctx: AuthedContext,
  row: repo.ChildRow,
  h: UpdateInput['household'],
): Promise<string | null> {
  if (h === null) return null;
  const fields = { ...h, updatedBy: ctx.user.id || null };
  if (row.householdId) {
    await repo.updateHousehold(tx, row.provinceId, row.householdId, fields);
    return row.householdId;
  }
  const created = await repo.insertHousehold(tx, {
    provinceId: row.provinceId,
    unitId: row.unitId,
    ...fields,
  });
  return created.id;
}

function pick<T extends object>(row: T, keys: string[]): Partial<T> {
  return Object.fromEntries(Object.entries(row).filter(([k]) => keys.includes(k))) as Partial<T>;
}

function defined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Two writes of the same ID at once: the province's unique index refuses the second one. */
function idTaken(e: unknown): never {
  const code =
    (e as { code?: string; cause?: { code?: string } }).code ??
    (e as { cause?: { code?: string } }).cause?.code;
  throw code === '23505' ? new AppError('CHILD_ID_DUPLICATE') : e;
}
