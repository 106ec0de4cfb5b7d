import { sql, type SQL } from 'drizzle-orm';
import type { Exec } from '../../platform/db/pool';

// Duplicates: blocking queries against the register (spec §3.9), the review queue's pairs.
// Hand-written SQL: each blocking key is its own index-friendly branch of one UNION.

/** A register child as the scorer and the review screen need it. */
export type MatchRow = {
  provinceId: string;
  id: string;
  fullName: string;
  dob: string | null;
  dobPrecision: string;
  sex: string | null;
  personalId: string | null;
  personalIdKind: string | null;
  unitId: string;
  unitName: string;
  hamlet: string | null;
  status: string;
  guardians: { relation: string; fullName: string }[];
};

const matchColumns = sql`c.province_id as "provinceId", c.id, c.full_name as "fullName",
  to_char(c.dob, 'YYYY-MM-DD') as dob, c.dob_precision as "dobPrecision", c.sex,
  c.personal_id as "personalId", c.personal_id_kind as "personalIdKind", c.unit_id as "unitId",
  u.name as "unitName", c.hamlet, c.status,
  coalesce((select json_agg(json_build_object('relation', g.relation, 'fullName', g.full_name) order by g.created_at, g.id)
              from child_guardian g
             where g.province_id = c.province_id and g.child_id = c.id and g.valid_to is null), '[]') as guardians`;

export interface Probe {
  personalId: string | null;
  /** Folded given name (last token) and whole folded name. */
  given: string;
  folded: string;
  year: number | null;
  mother: string | null;
}

const inUnits = (units: readonly string[] | null) =>
  units ? sql`and c.unit_id = any(${sql.param([...units])}::uuid[])` : sql``;
const inYear = (year: number | null) =>
  year === null ? sql`` : sql`and c.dob >= make_date(${year}, 1, 1) and c.dob < make_date(${year + 1}, 1, 1)`;

/** Active children sharing a blocking key with the probe, in the units (null: the whole province). */
export async function candidates(
  exec: Exec,
  provinceId: string,
  units: readonly string[] | null,
  p: Probe,
): Promise<MatchRow[]> {
  const base = sql`from child c where c.province_id = ${provinceId} and c.status = 'active' ${inUnits(units)}`;
  const branches: SQL[] = [
    sql`(select c.id ${base} and (c.name_folded like ${'% ' + p.given} or c.name_folded = ${p.given}) ${inYear(p.year)} limit 200)`,
    sql`(select c.id ${base} and c.name_folded % ${p.folded} order by similarity(c.name_folded, ${p.folded}) desc limit 50)`,
  ];
  if (p.personalId) branches.push(sql`(select c.id ${base} and c.personal_id = ${p.personalId})`);
  if (p.mother)
    branches.push(sql`(select c.id ${base} ${inYear(p.year)} and exists (
      select 1 from child_guardian g where g.province_id = c.province_id and g.child_id = c.id
         and g.relation = 'me' and g.name_folded = ${p.mother}) limit 100)`);
  const r = await exec.execute<MatchRow>(sql`
    select ${matchColumns}
      from child c join admin_unit u on u.id = c.unit_id
     where c.province_id = ${provinceId} and c.id in (${sql.join(branches, sql` union `)})`);
  return r.rows;
}

/** Every active child of one unit, for a scan. */
export async function unitChildren(exec: Exec, provinceId: string, unitId: string): Promise<MatchRow[]> {
  const r = await exec.execute<MatchRow>(sql`
    select ${matchColumns}
      from child c join admin_unit u on u.id = c.unit_id
     where c.province_id = ${provinceId} and c.unit_id = ${unitId} and c.status = 'active'`);
  return r.rows;
}

export interface NewPair {
  childA: string;
  childB: string;
  score: number;
  kind: 'same_id' | 'probable';
  reasons: string[];
}

/**
 * Stores proposed pairs (ordered, a < b). A pair already decided — 'different' above all — keeps
 * its decision: it is never proposed again. Returns how many pairs are new or still pending.
 */
export async function upsertPairs(exec: Exec, provinceId: string, pairs: NewPair[], by: string | null) {
  let touched = 0;
  for (let i = 0; i < pairs.length; i += 500) {
    const chunk = pairs.slice(i, i + 500);
    const values = chunk.map(
      (p) =>
        sql`(${provinceId}::uuid, ${p.childA}::uuid, ${p.childB}::uuid, ${p.score}::real, ${p.kind}, ${JSON.stringify(p.reasons)}::jsonb, ${by}::uuid)`,
    );
    const r = await exec.execute(sql`
      insert into child_duplicate (province_id, child_a, child_b, score, kind, reasons, created_by)
      values ${sql.join(values, sql`, `)}
      on conflict (province_id, child_a, child_b) do update
        set score = excluded.score, kind = excluded.kind, reasons = excluded.reasons, updated_at = now()
        where child_duplicate.status = 'pending'`);
    touched += r.rowCount ?? 0;
  }
  return touched;
}

export type PairRow = {
  provinceId: string;
  id: string;
  childA: string;
  childB: string;
  score: number;
  kind: 'same_id' | 'probable';
  reasons: string[] | null;
  status: 'pending' | 'same' | 'different';
  decidedBy: string | null;
  decidedAt: string | null;
};

const pairColumns = sql`d.province_id as "provinceId", d.id, d.child_a as "childA", d.child_b as "childB",
  d.score, d.kind, d.reasons, d.status, d.decided_by as "decidedBy", d.decided_at as "decidedAt"`;

export type QueueRow = PairRow & {
  aName: string;
  aDob: string | null;
  aPrecision: string;
  bName: string;
  bDob: string | null;
  bPrecision: string;
};

/** Pending pairs whose two children are active and both in the units (null: the whole province). */
export async function pendingPairs(
  exec: Exec,
  provinceId: string,
  units: readonly string[] | null,
  limit: number,
): Promise<QueueRow[]> {
  const both = units
    ? sql`and a.unit_id = any(${sql.param([...units])}::uuid[]) and b.unit_id = any(${sql.param([...units])}::uuid[])`
    : sql``;
  const r = await exec.execute<QueueRow>(sql`
    select ${pairColumns},
           a.full_name as "aName", to_char(a.dob, 'YYYY-MM-DD') as "aDob", a.dob_precision as "aPrecision",
           b.full_name as "bName", to_char(b.dob, 'YYYY-MM-DD') as "bDob", b.dob_precision as "bPrecision"
      from child_duplicate d
      join child a on a.province_id = d.province_id and a.id = d.child_a
      join child b on b.province_id = d.province_id and b.id = d.child_b
     where d.province_id = ${provinceId} and d.status = 'pending'
       and a.status = 'active' and b.status = 'active' ${both}
     order by d.score desc, d.created_at, d.id
     limit ${limit}`);
  return r.rows;
}

/** A pair by id, locked for a decision when `forUpdate`. */
export async function pairById(
  exec: Exec,
  provinceId: string,
  id: string,
  forUpdate = false,
): Promise<PairRow | undefined> {
  const r = await exec.execute<PairRow>(sql`
    select ${pairColumns} from child_duplicate d where d.province_id = ${provinceId} and d.id = ${id}
    ${forUpdate ? sql`for update` : sql``}`);
  return r.rows[0];
}

export async function decidePair(
  exec: Exec,
  key: { provinceId: string; id: string },
  status: 'pending' | 'same' | 'different',
  by: string | null,
): Promise<void> {
  const decided = status === 'pending' ? sql`null, decided_at = null` : sql`${by}::uuid, decided_at = now()`;
  await exec.execute(sql`
    update child_duplicate set status = ${status}, decided_by = ${decided}, updated_at = now(), updated_by = ${by}::uuid
     where province_id = ${key.provinceId} and id = ${key.id}`);
}

/** Guardians (current), groups (open) and the fields of one child for the side-by-side screen. */
export async function pairSide(exec: Exec, provinceId: string, id: string) {
  const r = await exec.execute<{
    id: string;
    version: number;
    fullName: string;
    dob: string | null;
    dobPrecision: string;
    sex: string | null;
    ethnicityCode: string | null;
    nationality: string;
    personalId: string | null;
    idVerification: string;
    unitId: string;
    unitName: string;
    hamlet: string | null;
    address: string | null;
    schooling: string | null;
    notes: string | null;
    status: string;
    createdAt: string;
    guardians: string[];
    groups: string[];
  }>(sql`
    select c.id, c.version, c.full_name as "fullName", to_char(c.dob, 'YYYY-MM-DD') as dob,
           c.dob_precision as "dobPrecision", c.sex, c.ethnicity_code as "ethnicityCode", c.nationality,
           c.personal_id as "personalId", c.id_verification as "idVerification", c.unit_id as "unitId",
           u.name as "unitName", c.hamlet, c.address, c.schooling, c.notes, c.status,
           to_char(c.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "createdAt",
           coalesce((select array_agg(g.relation || ': ' || g.full_name order by g.created_at, g.id) from child_guardian g
                      where g.province_id = c.province_id and g.child_id = c.id and g.valid_to is null), '{}') as guardians,
           coalesce((select array_agg(distinct cc.group_code) from child_circumstance cc
                      where cc.province_id = c.province_id and cc.child_id = c.id and cc.to_date is null), '{}') as groups
      from child c join admin_unit u on u.id = c.unit_id
     where c.province_id = ${provinceId} and c.id = ${id}`);
  return r.rows[0];
}
