import { sql } from 'drizzle-orm';
import type { Exec } from '../../platform/db/pool';

// Merge and undo at the row level: whole child rows kept as JSON (restored exactly, version and
// stamps included) and the ids of every sub-record moved, so an undo moves exactly those back.

/** The columns a merge may change and an undo puts back (generated and key columns excluded). */
const RESTORABLE = [
  'full_name',
  'dob',
  'dob_precision',
  'sex',
  'ethnicity_code',
  'nationality',
  'personal_id',
  'personal_id_kind',
  'id_verification',
  'unit_id',
  'hamlet',
  'address',
  'household_id',
  'schooling',
  'notes',
  'status',
  'merged_into_id',
  'version',
  'updated_at',
  'updated_by',
] as const;
const cols = sql.raw(RESTORABLE.join(', '));

/** The child row as JSON (row_to_json), locked for the merge or undo. */
export async function lockChildJson(
  exec: Exec,
  provinceId: string,
  id: string,
): Promise<Record<string, unknown> | undefined> {
  const r = await exec.execute<{ row: Record<string, unknown> }>(sql`
    select row_to_json(c) as row from child c where c.province_id = ${provinceId} and c.id = ${id} for update`);
  return r.rows[0]?.row;
}

/** Puts a child row back as it was (the JSON of lockChildJson). */
export async function restoreChild(exec: Exec, provinceId: string, id: string, row: Record<string, unknown>) {
  await exec.execute(sql`
    update child set (${cols}) = (select ${cols} from json_populate_record(null::child, ${JSON.stringify(row)}::json))
     where province_id = ${provinceId} and id = ${id}`);
}

/** Marks the merged record; frees its personal ID for the survivor (the unique index is on active rows). */
export async function markMerged(
  exec: Exec,
  provinceId: string,
  id: string,
  into: string,
  by: string | null,
) {
  const r = await exec.execute<{ version: number }>(sql`
    update child set status = 'merged', merged_into_id = ${into}::uuid, version = version + 1,
           updated_at = now(), updated_by = ${by}::uuid
     where province_id = ${provinceId} and id = ${id} returning version`);
  return r.rows[0]!.version;
}

export interface SurvivorPatch {
  fullName: string;
  dob: string | null;
  dobPrecision: string;
  sex: string | null;
  ethnicityCode: string | null;
  nationality: string;
  personalId: string | null;
  personalIdKind: string | null;
  idVerification: string;
  householdId: string | null;
  schooling: string | null;
  notes: string | null;
}

export async function patchSurvivor(
  exec: Exec,
  provinceId: string,
  id: string,
  p: SurvivorPatch,
  by: string | null,
): Promise<number> {
  const r = await exec.execute<{ version: number }>(sql`
    update child set full_name = ${p.fullName}, dob = ${p.dob}::date, dob_precision = ${p.dobPrecision},
           sex = ${p.sex}, ethnicity_code = ${p.ethnicityCode}, nationality = ${p.nationality},
           personal_id = ${p.personalId}, personal_id_kind = ${p.personalIdKind},
           id_verification = ${p.idVerification}, household_id = ${p.householdId}::uuid,
           schooling = ${p.schooling}, notes = ${p.notes},
           version = version + 1, updated_at = now(), updated_by = ${by}::uuid
     where province_id = ${provinceId} and id = ${id} returning version`);
  return r.rows[0]!.version;
}

/** Sub-record tables a merge moves (cases and support plug in through the merge hooks). */
export const MOVED_TABLES = [
  'child_residence',
  'child_guardian',
  'child_circumstance',
  'child_risk',
  'child_consent',
  'child_campaign_item',
] as const;
export type MovedTable = (typeof MOVED_TABLES)[number];

/** Moves a child's rows of one table to another child; returns the ids moved. */
export async function moveRows(
  exec: Exec,
  table: MovedTable,
  provinceId: string,
  from: string,
  to: string,
): Promise<string[]> {
  const r = await exec.execute<{ id: string }>(sql`
    update ${sql.raw(table)} t set child_id = ${to}::uuid
     where t.province_id = ${provinceId} and t.child_id = ${from}::uuid and ${moveCondition(table, to)}
     returning t.id`);
  return r.rows.map((x) => x.id);
}

/** Rows left with the merged record: they would clash with or double count the survivor's. */
function moveCondition(table: MovedTable, to: string) {
  switch (table) {
    // A period overlapping one of the survivor's would count the child twice on those days.
    case 'child_residence':
      return sql`not exists (select 1 from child_residence s where s.province_id = t.province_id
        and s.child_id = ${to}::uuid and s.valid_from <= coalesce(t.valid_to, 'infinity'::date)
        and t.valid_from <= coalesce(s.valid_to, 'infinity'::date))`;
    // The same person already linked to the survivor with the same relation.
    case 'child_guardian':
      return sql`not exists (select 1 from child_guardian s where s.province_id = t.province_id
        and s.child_id = ${to}::uuid and s.relation = t.relation and s.name_folded = t.name_folded)`;
    // One item per campaign and child (unique index).
    case 'child_campaign_item':
      return sql`not exists (select 1 from child_campaign_item s where s.province_id = t.province_id
        and s.child_id = ${to}::uuid and s.campaign_id = t.campaign_id)`;
    default:
      return sql`true`;
  }
}

/** Moves exactly these rows back to their first child (undo). */
export async function moveBack(exec: Exec, table: MovedTable, provinceId: string, ids: string[], to: string) {
  if (!ids.length) return;
  await exec.execute(sql`
    update ${sql.raw(table)} set child_id = ${to}::uuid
     where province_id = ${provinceId} and id = any(${sql.param(ids)}::uuid[])`);
}

export async function insertMerge(
  exec: Exec,
  m: { provinceId: string; survivorId: string; mergedId: string; snapshot: unknown; by: string | null },
): Promise<string> {
  const r = await exec.execute<{ id: string }>(sql`
    insert into child_merge (province_id, survivor_id, merged_id, snapshot, merged_by)
    values (${m.provinceId}, ${m.survivorId}, ${m.mergedId}, ${JSON.stringify(m.snapshot)}::jsonb, ${m.by}::uuid)
    returning id`);
  return r.rows[0]!.id;
}

export type MergeRow = {
  provinceId: string;
  id: string;
  survivorId: string;
  mergedId: string;
  snapshot: unknown;
  undoneAt: string | null;
};

export async function lockMerge(exec: Exec, provinceId: string, id: string): Promise<MergeRow | undefined> {
  const r = await exec.execute<MergeRow>(sql`
    select province_id as "provinceId", id, survivor_id as "survivorId", merged_id as "mergedId", snapshot,
           undone_at as "undoneAt"
      from child_merge where province_id = ${provinceId} and id = ${id} for update`);
  return r.rows[0];
}

export async function markUndone(exec: Exec, provinceId: string, id: string, by: string | null) {
  await exec.execute(sql`
    update child_merge set undone_at = now(), undone_by = ${by}::uuid where province_id = ${provinceId} and id = ${id}`);
}

export async function setSnapshot(exec: Exec, provinceId: string, id: string, snapshot: unknown) {
  await exec.execute(sql`
    update child_merge set snapshot = ${JSON.stringify(snapshot)}::jsonb where province_id = ${provinceId} and id = ${id}`);
}

/** Whether an active child other than these holds the personal ID, anywhere in the register. */
export async function personalIdHeld(exec: Exec, personalId: string, except: string[]): Promise<boolean> {
  const r = await exec.execute(sql`
    select 1 from child where personal_id = ${personalId} and status = 'active'
       and id <> all(${sql.param(except)}::uuid[]) limit 1`);
  return r.rows.length > 0;
}
