import {
  CHILD_CONSENT_AGE,
  disclosurePurposes,
  type circumstanceInput,
  type consentInput,
  type guardianInput,
  type riskInput,
} from '@vte/contracts';
import type { z } from 'zod';
import type { AuthedContext } from '../../platform/auth/context';
import type { Db, Exec } from '../../platform/db/pool';
import { AppError } from '../../platform/http/app-error';
import { recordAudit } from '../audit';
import type { ChildRow } from './children.repo';
import { auditView, circumstanceDto, consentDto, guardianDto, riskDto } from './children.dto';
import { childInScope } from './children.service';
import { activeCodes } from './codes.service';
import { ageOn, assertCodes, assertDateOrder } from './record-checks';
import { getSub, insertSub, updateSub, type NewSubRow, type SubKind, type SubRow } from './subrecords.repo';

// Guardians, circumstances, risks and consents: add and edit (ending = setting the end date),
// each checked against its code lists and audited with before and after in the same transaction.

type Inputs = {
  guardian: z.output<typeof guardianInput>;
  circumstance: z.output<typeof circumstanceInput>;
  risk: z.output<typeof riskInput>;
  consent: z.output<typeof consentInput>;
};

const dtoOf = {
  guardian: guardianDto,
  circumstance: circumstanceDto,
  risk: riskDto,
  consent: consentDto,
} as const;
type Dto<K extends SubKind> = ReturnType<(typeof dtoOf)[K]>;

/** The rules of each kind, on the record as it will be after the write. */
const checks: { [K in SubKind]: (exec: Exec, child: ChildRow, v: Inputs[K]) => Promise<void> } = {
  async guardian(exec, _child, v) {
    assertDateOrder(v.validFrom, v.validTo);
    await assertCodes(exec, [{ list: 'relation', field: 'relation', code: v.relation }]);
  },
  async circumstance(exec, _child, v) {
    assertDateOrder(v.fromDate, v.toDate);
    await assertCodes(exec, [{ list: 'circumstance_group', field: 'groupCode', code: v.groupCode }]);
    if (v.subtypeCode) {
      const subtype = (await activeCodes(exec, 'circumstance_subtype')).get(v.subtypeCode);
      if (!subtype) throw new AppError('CHILD_CODE_UNKNOWN', { field: 'subtypeCode', code: v.subtypeCode });
      if (subtype.parentCode !== v.groupCode) throw new AppError('CHILD_SUBTYPE_MISMATCH');
    }
  },
  async risk(exec, _child, v) {
    assertDateOrder(v.fromDate, v.toDate);
    await assertCodes(exec, [{ list: 'risk', field: 'riskCode', code: v.riskCode }]);
  },
  async consent(exec, child, v) {
    assertDateOrder(v.givenOn, v.withdrawnOn);
    await assertCodes(exec, [
      { list: 'consent_purpose', field: 'purpose', code: v.purpose },
      { list: 'relation', field: 'representativeRelation', code: v.representativeRelation },
      { list: 'consent_method', field: 'method', code: v.method },
    ]);
    // Law 91/2025 Art. 24: publishing or disclosing needs the child's consent from age 7. Without a
    // date of birth the age is unknown, so the child's consent is asked for too.
    const age = ageOn(child.dob, v.givenOn);
    if (
      disclosurePurposes.includes(v.purpose) &&
      (age === null || age >= CHILD_CONSENT_AGE) &&
      !v.givenByChild
    )
      throw new AppError('CHILD_CONSENT_CHILD_REQUIRED');
  },
};

export async function addSubRecord<K extends SubKind>(
  db: Db,
  ctx: AuthedContext,
  kind: K,
  childId: string,
  input: Inputs[K],
): Promise<Dto<K>> {
  return db.transaction(async (tx) => {
    const child = await childInScope(db, tx, ctx, childId, true);
    await checks[kind](tx, child, input);
    const row = await insertSub(tx, kind, {
      ...input,
      provinceId: child.provinceId,
      childId: child.id,
      createdBy: ctx.user.id || null,
      updatedBy: ctx.user.id || null,
    } as NewSubRow<K>);
    await recordAudit(tx, ctx, {
      action: 'create',
      entity: `child_${kind}`,
      entityId: row.id,
      provinceId: child.provinceId,
      unitId: child.unitId,
      after: { childId: child.id, ...auditView(input) },
    });
    return dtoOf[kind](row as never) as Dto<K>;
  });
}

export async function editSubRecord<K extends SubKind>(
  db: Db,
  ctx: AuthedContext,
  kind: K,
  key: { childId: string; subId: string },
  patch: Partial<Inputs[K]>,
): Promise<Dto<K>> {
  return db.transaction(async (tx) => {
    const child = await childInScope(db, tx, ctx, key.childId, true);
    const before = await getSub(tx, kind, { provinceId: child.provinceId, childId: child.id, id: key.subId });
    if (!before) throw new AppError('CHILD_SUBRECORD_NOT_FOUND');
    const merged = { ...before, ...stripUndefined(patch) } as unknown as Inputs[K];
    await checks[kind](tx, child, merged);
    const after: SubRow<K> = await updateSub(tx, kind, before, {
      ...stripUndefined(patch),
      updatedBy: ctx.user.id || null,
    } as Partial<NewSubRow<K>>);
    const changed = Object.keys(stripUndefined(patch));
    await recordAudit(tx, ctx, {
      action: 'update',
      entity: `child_${kind}`,
      entityId: before.id,
      provinceId: child.provinceId,
      unitId: child.unitId,
      before: { childId: child.id, ...auditView(pick(before, changed)) },
      after: { childId: child.id, ...auditView(pick(after, changed)) },
    });
    return dtoOf[kind](after as never) as Dto<K>;
  });
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function pick(row: object, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).filter(([k]) => keys.includes(k)));
}
