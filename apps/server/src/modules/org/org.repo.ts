import { and, asc, eq, ilike, inArray, isNull, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { anyUuid } from '../../platform/db/sql';
import type { Exec } from '../../platform/db/pool';
import { adminUnit, agency, agencyGroup, agencyGroupMember, unitSuccession } from './org.tables';

export type UnitRow = typeof adminUnit.$inferSelect;
export type AgencyRow = typeof agency.$inferSelect;
export type GroupRow = typeof agencyGroup.$inferSelect;

const validOn = (from: AnyColumn, to: AnyColumn, at: string) =>
  sql`${from} <= ${at}::date and (${to} is null or ${to} >= ${at}::date)`;
const idIn = (col: AnyColumn, ids: string[] | null) => (ids === null ? undefined : anyUuid(col, ids));
/** Accent- and case-insensitive match, backed by the trigram index on vte_fold(name). */
const folded = (col: SQL | AnyColumn, q: string) => sql`vte_fold(${col}) like '%' || vte_fold(${q}) || '%'`;

/** The unit, everything under it, its predecessors, and its successors by rename or change of type. */
export async function scopeClosure(exec: Exec, rootId: string): Promise<string[]> {
  const r = await exec.execute<{ id: string }>(sql`
    with recursive edges(a, b) as (
      select parent_id, id from admin_unit where parent_id is not null
      union all select to_unit_id, from_unit_id from unit_succession
      union all select from_unit_id, to_unit_id from unit_succession where kind in ('rename', 'change_type')
    ), s(id) as (
      select ${rootId}::uuid
      union select e.b from edges e join s on e.a = s.id
    ) select id from s`);
  return r.rows.map((x) => x.id);
}

export async function ancestors(exec: Exec, unitId: string): Promise<string[]> {
  const r = await exec.execute<{ id: string }>(sql`
    with recursive up(id, parent_id) as (
      select id, parent_id from admin_unit where id = ${unitId}::uuid
      union select u.id, u.parent_id from admin_unit u join up on u.id = up.parent_id
    ) select id from up`);
  return r.rows.map((x) => x.id);
}

export async function listUnits(
  exec: Exec,
  f: {
    at?: string | undefined;
    q?: string | undefined;
    type?: string | undefined;
    parentId?: string | undefined;
  },
  ids: string[] | null,
): Promise<UnitRow[]> {
  const where = [
    idIn(adminUnit.id, ids),
    f.at ? validOn(adminUnit.validFrom, adminUnit.validTo, f.at) : undefined,
    f.q ? folded(sql`${adminUnit.name}`, f.q) : undefined,
    f.type ? eq(adminUnit.type, f.type) : undefined,
    f.parentId ? eq(adminUnit.parentId, f.parentId) : undefined,
  ];
  return exec
    .select()
    .from(adminUnit)
    .where(and(...where))
    .orderBy(asc(adminUnit.validFrom), sql`${adminUnit.name} collate "vi-VN-x-icu"`)
    .limit(5000);
}

export async function getUnit(exec: Exec, id: string): Promise<UnitRow | undefined> {
  return (await exec.select().from(adminUnit).where(eq(adminUnit.id, id)))[0];
}

export async function unitByCode(exec: Exec, code: string, validFrom: string): Promise<UnitRow | undefined> {
  return (
    await exec
      .select()
      .from(adminUnit)
      .where(and(eq(adminUnit.code, code), eq(adminUnit.validFrom, validFrom)))
  )[0];
}

export async function insertUnit(exec: Exec, row: typeof adminUnit.$inferInsert): Promise<UnitRow> {
  return (await exec.insert(adminUnit).values(row).returning())[0]!;
}

export async function updateUnitRow(
  exec: Exec,
  id: string,
  patch: Partial<typeof adminUnit.$inferInsert>,
): Promise<UnitRow> {
  return (
    await exec
      .update(adminUnit)
      .set({ ...patch, updatedAt: new Date() })
      .where(eq(adminUnit.id, id))
      .returning()
  )[0]!;
}

export type SuccessionRow = {
  id: string;
  from_unit_id: string;
  from_name: string;
  to_unit_id: string;
  to_name: string;
  kind: string;
  effective_date: string;
  legal_basis: string;
};

export async function successionsOf(exec: Exec, unitId: string): Promise<SuccessionRow[]> {
  const r = await exec.execute<SuccessionRow>(sql`
    select s.id, s.from_unit_id, f.name as from_name, s.to_unit_id, t.name as to_name, s.kind,
           to_char(s.effective_date, 'YYYY-MM-DD') as effective_date, s.legal_basis
    from unit_succession s join admin_unit f on f.id = s.from_unit_id join admin_unit t on t.id = s.to_unit_id
    where s.from_unit_id = ${unitId}::uuid or s.to_unit_id = ${unitId}::uuid
    order by s.effective_date`);
  return r.rows;
}

export async function insertSuccession(exec: Exec, row: typeof unitSuccession.$inferInsert) {
  return (await exec.insert(unitSuccession).values(row).returning())[0]!;
}

export async function getAgency(exec: Exec, id: string): Promise<AgencyRow | undefined> {
  return (await exec.select().from(agency).where(eq(agency.id, id)))[0];
}

export async function agenciesByIds(exec: Exec, ids: string[]): Promise<AgencyRow[]> {
  return ids.length ? exec.select().from(agency).where(inArray(agency.id, ids)) : [];
}

export async function unitsByIds(exec: Exec, ids: string[]): Promise<UnitRow[]> {
  return ids.length ? exec.select().from(adminUnit).where(inArray(adminUnit.id, ids)) : [];
}

export async function agencyByName(exec: Exec, unitId: string, name: string): Promise<AgencyRow | undefined> {
  return (
    await exec
      .select()
      .from(agency)
      .where(and(eq(agency.unitId, unitId), ilike(agency.name, name)))
  )[0];
}

export async function insertAgency(exec: Exec, row: typeof agency.$inferInsert): Promise<AgencyRow> {
  return (await exec.insert(agency).values(row).returning())[0]!;
}

export async function updateAgencyRow(
  exec: Exec,
  id: string,
  patch: Partial<typeof agency.$inferInsert>,
): Promise<AgencyRow> {
  return (
    await exec
      .update(agency)
      .set({ ...patch, updatedAt: new Date() })
      .where(eq(agency.id, id))
      .returning()
  )[0]!;
}

export async function groupIdsOfAgencies(exec: Exec, agencyIds: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (!agencyIds.length) return out;
  const rows = await exec
    .select()
    .from(agencyGroupMember)
    .where(inArray(agencyGroupMember.agencyId, agencyIds));
  for (const r of rows) out.set(r.agencyId, [...(out.get(r.agencyId) ?? []), r.groupId]);
  return out;
}

export async function listGroups(
  exec: Exec,
  unitId: string | undefined,
  ids: string[] | null,
): Promise<GroupRow[]> {
  return exec
    .select()
    .from(agencyGroup)
    .where(and(idIn(agencyGroup.unitId, ids), unitId ? eq(agencyGroup.unitId, unitId) : undefined))
    .orderBy(sql`${agencyGroup.name} collate "vi-VN-x-icu"`);
}

export async function getGroup(exec: Exec, id: string): Promise<GroupRow | undefined> {
  return (await exec.select().from(agencyGroup).where(eq(agencyGroup.id, id)))[0];
}

export async function groupMembers(
  exec: Exec,
  groupIds: string[],
): Promise<Map<string, { id: string; name: string }[]>> {
  const out = new Map<string, { id: string; name: string }[]>();
  if (!groupIds.length) return out;
  const rows = await exec
    .select({ groupId: agencyGroupMember.groupId, id: agency.id, name: agency.name })
    .from(agencyGroupMember)
    .innerJoin(agency, eq(agency.id, agencyGroupMember.agencyId))
    .where(inArray(agencyGroupMember.groupId, groupIds))
    .orderBy(sql`${agency.name} collate "vi-VN-x-icu"`);
  for (const r of rows) out.set(r.groupId, [...(out.get(r.groupId) ?? []), { id: r.id, name: r.name }]);
  return out;
}

export async function insertGroup(exec: Exec, row: typeof agencyGroup.$inferInsert): Promise<GroupRow> {
  return (await exec.insert(agencyGroup).values(row).returning())[0]!;
}

export async function updateGroupRow(
  exec: Exec,
  id: string,
  patch: Partial<typeof agencyGroup.$inferInsert>,
): Promise<GroupRow> {
  return (
    await exec
      .update(agencyGroup)
      .set({ ...patch, updatedAt: new Date() })
      .where(eq(agencyGroup.id, id))
      .returning()
  )[0]!;
}

export async function setGroupMembers(exec: Exec, groupId: string, agencyIds: string[]): Promise<void> {
  await exec.delete(agencyGroupMember).where(eq(agencyGroupMember.groupId, groupId));
  if (agencyIds.length)
    await exec.insert(agencyGroupMember).values(agencyIds.map((agencyId) => ({ groupId, agencyId })));
}

export async function agenciesOfUnits(exec: Exec, unitIds: string[]): Promise<AgencyRow[]> {
  return unitIds.length ? exec.select().from(agency).where(inArray(agency.unitId, unitIds)) : [];
}

/** Agencies belonging to any of the groups (for "tasks of groups I belong to"). */
export async function groupsOfAgency(exec: Exec, agencyId: string): Promise<string[]> {
  const rows = await exec
    .select({ g: agencyGroupMember.groupId })
    .from(agencyGroupMember)
    .where(eq(agencyGroupMember.agencyId, agencyId));
  return rows.map((r) => r.g);
}

/** Seeding: set an agency's successor only where none is set (never overwrite an officer's correction). */
export async function fillMissingSuccessor(exec: Exec, agencyId: string, successorId: string): Promise<void> {
  await exec
    .update(agency)
    .set({ successorId })
    .where(and(eq(agency.id, agencyId), isNull(agency.successorId)));
}
