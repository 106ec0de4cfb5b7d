import { and, asc, eq, isNull, ne, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Exec } from '../../platform/db/pool';
import {
  child,
  childConsent,
  childGuardian,
  childHousehold,
  childResidence,
  childCircumstance,
  childRisk,
} from './children.tables';

// The child record and its sub-records. Every query names the province (the distribution key)
// except the cross-province personal-ID check, which is a deliberate register-wide lookup.

export type ChildRow = typeof child.$inferSelect;
export type NewChildRow = typeof child.$inferInsert;
export type ResidenceRow = typeof childResidence.$inferSelect;
export type GuardianRow = typeof childGuardian.$inferSelect;
export type CircumstanceRow = typeof childCircumstance.$inferSelect;
export type RiskRow = typeof childRisk.$inferSelect;
export type ConsentRow = typeof childConsent.$inferSelect;
export type HouseholdRow = typeof childHousehold.$inferSelect;

/** By id; within the user's province when known (primary key), else register-wide. */
export async function findChild(
  exec: Exec,
  provinceId: string | null,
  id: string,
): Promise<ChildRow | undefined> {
  const cond = provinceId ? and(eq(child.provinceId, provinceId), eq(child.id, id)) : eq(child.id, id);
  const [row] = await exec.select().from(child).where(cond).limit(1);
  return row;
}

/** Active children holding this personal ID anywhere in the register (all provinces). */
export async function activeByPersonalId(
  exec: Exec,
  personalId: string,
  exceptId: string | null,
): Promise<{ provinceId: string; id: string; unitId: string }[]> {
  const conds = [eq(child.personalId, personalId), eq(child.status, 'active')];
  if (exceptId) conds.push(ne(child.id, exceptId));
  return exec
    .select({ provinceId: child.provinceId, id: child.id, unitId: child.unitId })
    .from(child)
    .where(and(...conds))
    .limit(5);
}

export async function insertChild(exec: Exec, row: NewChildRow): Promise<ChildRow> {
  const [r] = await exec.insert(child).values(row).returning();
  return r!;
}

/** Writes only when the stored version is `version`; undefined means someone else wrote first. */
export async function updateChild(
  exec: Exec,
  key: { provinceId: string; id: string; version: number },
  patch: Partial<NewChildRow>,
): Promise<ChildRow | undefined> {
  const [r] = await exec
    .update(child)
    .set({ ...patch, version: sql`${child.version} + 1`, updatedAt: new Date() })
    .where(and(eq(child.provinceId, key.provinceId), eq(child.id, key.id), eq(child.version, key.version)))
    .returning();
  return r;
}

export async function insertHousehold(
  exec: Exec,
  row: typeof childHousehold.$inferInsert,
): Promise<HouseholdRow> {
  const [r] = await exec.insert(childHousehold).values(row).returning();
  return r!;
}

export async function updateHousehold(
  exec: Exec,
  provinceId: string,
  id: string,
  patch: Partial<typeof childHousehold.$inferInsert>,
): Promise<void> {
  await exec
    .update(childHousehold)
    .set({ ...patch, updatedAt: new Date() })
    .where(and(eq(childHousehold.provinceId, provinceId), eq(childHousehold.id, id)));
}

export async function getHousehold(
  exec: Exec,
  provinceId: string,
  id: string,
): Promise<HouseholdRow | undefined> {
  const [r] = await exec
    .select()
    .from(childHousehold)
    .where(and(eq(childHousehold.provinceId, provinceId), eq(childHousehold.id, id)));
  return r;
}

export async function insertResidence(
  exec: Exec,
  row: typeof childResidence.$inferInsert,
): Promise<ResidenceRow> {
  const [r] = await exec.insert(childResidence).values(row).returning();
  return r!;
}

export async function openResidence(exec: Exec, provinceId: string, childId: string) {
  const [r] = await exec
    .select()
    .from(childResidence)
    .where(
      and(
        eq(childResidence.provinceId, provinceId),
        eq(childResidence.childId, childId),
        isNull(childResidence.validTo),
      ),
    )
    .limit(1);
  return r;
}

export async function closeResidence(exec: Exec, provinceId: string, id: string, validTo: string) {
  await exec
    .update(childResidence)
    .set({ validTo, updatedAt: new Date() })
    .where(and(eq(childResidence.provinceId, provinceId), eq(childResidence.id, id)));
}

/** A correction of the current place (not a move): the open period follows the record. */
export async function mirrorOpenResidence(exec: Exec, c: ChildRow): Promise<void> {
  await exec
    .update(childResidence)
    .set({ hamlet: c.hamlet, address: c.address, updatedAt: new Date() })
    .where(
      and(
        eq(childResidence.provinceId, c.provinceId),
        eq(childResidence.childId, c.id),
        isNull(childResidence.validTo),
      ),
    );
}

/** Everything the child's page shows, each list in date order. */
export async function subRecords(exec: Exec, provinceId: string, childId: string) {
  const of = (t: { provinceId: AnyPgColumn; childId: AnyPgColumn }) =>
    and(eq(t.provinceId, provinceId), eq(t.childId, childId));
  const [residences, guardians, circumstances, risks, consents] = await Promise.all([
    exec.select().from(childResidence).where(of(childResidence)).orderBy(asc(childResidence.validFrom)),
    exec.select().from(childGuardian).where(of(childGuardian)).orderBy(asc(childGuardian.createdAt)),
    exec
      .select()
      .from(childCircumstance)
      .where(of(childCircumstance))
      .orderBy(asc(childCircumstance.fromDate)),
    exec.select().from(childRisk).where(of(childRisk)).orderBy(asc(childRisk.fromDate)),
    exec.select().from(childConsent).where(of(childConsent)).orderBy(asc(childConsent.givenOn)),
  ]);
  return { residences, guardians, circumstances, risks, consents };
}
export type SubRecords = Awaited<ReturnType<typeof subRecords>>;

/** Erasure of the record itself: personal fields emptied, residences keep only unit and dates. */
export async function eraseChildRow(
  exec: Exec,
  row: ChildRow,
  e: { requestRef: string; by: string | null },
): Promise<ChildRow> {
  const now = new Date();
  await exec
    .update(childResidence)
    .set({ hamlet: null, address: null, source: null, updatedAt: now })
    .where(and(eq(childResidence.provinceId, row.provinceId), eq(childResidence.childId, row.id)));
  const [r] = await exec
    .update(child)
    .set({
      fullName: '—',
      dob: null,
      sex: null,
      ethnicityCode: null,
      personalId: null,
      personalIdKind: null,
      idVerification: 'chua_co',
      hamlet: null,
      address: null,
      householdId: null,
      schooling: null,
      notes: null,
      sourceRecordRef: null,
      status: 'erased',
      erasedAt: now,
      erasureRef: e.requestRef,
      version: sql`${child.version} + 1`,
      updatedAt: now,
      updatedBy: e.by,
    })
    .where(and(eq(child.provinceId, row.provinceId), eq(child.id, row.id)))
    .returning();
  return r!;
}

/** A household no other record points to any more loses its personal fields too. */
export async function eraseOrphanHousehold(
  exec: Exec,
  provinceId: string,
  householdId: string,
): Promise<void> {
  const [used] = await exec
    .select({ id: child.id })
    .from(child)
    .where(and(eq(child.provinceId, provinceId), eq(child.householdId, householdId)))
    .limit(1);
  if (used) return;
  await exec
    .update(childHousehold)
    .set({ headName: null, hamlet: null, address: null, updatedAt: new Date() })
    .where(and(eq(childHousehold.provinceId, provinceId), eq(childHousehold.id, householdId)));
}
