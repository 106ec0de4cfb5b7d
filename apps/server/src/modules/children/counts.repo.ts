import { sql } from 'drizzle-orm';
import type { Exec } from '../../platform/db/pool';

// Live counts over the register: read on every request, no precomputed table (docs/children.md
// "Live counts"). A child is counted where his residence valid on the day is, if active and under 16
// that day (he turns 16 on his birthday: dob > day − 16 years); special if a circumstance is valid then.
// Residence periods of one child do not overlap (a move closes one and opens the next). The child's
// dob, sex and active state are on his residence rows (triggers of migration 0017), so the totals are
// one index-only scan of child_residence_counts_idx; the special ones start from the circumstances.

export interface CountRow {
  unitId: string;
  sex: string | null;
  /** 0..3 = index in countAgeBands; null = no date of birth (counted apart as undated). */
  band: number | null;
  children: number;
}

export interface SpecialRow {
  unitId: string;
  sex: string | null;
  band: number;
  /** null: children in at least one group (DP.0301); else children in that group. */
  groupCode: string | null;
  children: number;
}

export interface CountScope {
  provinceIds: string[];
  unitIds: string[];
  day: string;
}

/** Age band of a date of birth on the day, by the thresholds (birthdays included). */
const band = (day: string) => sql`case
  when r.child_dob is null then null
  when r.child_dob > (${day}::date - interval '3 years')::date then 0
  when r.child_dob > (${day}::date - interval '6 years')::date then 1
  when r.child_dob > (${day}::date - interval '11 years')::date then 2
  else 3 end`;

/** Residence rows of active children valid on the day in the units, under 16 (or without a dob) then. */
const residentOn = (s: CountScope) => sql`r.province_id = any(${sql.param(s.provinceIds)}::uuid[])
  and r.unit_id = any(${sql.param(s.unitIds)}::uuid[]) and r.child_active
  and r.valid_from <= ${s.day}::date and (r.valid_to is null or r.valid_to >= ${s.day}::date)
  and (r.child_dob is null
       or (r.child_dob > (${s.day}::date - interval '16 years')::date and r.child_dob <= ${s.day}::date))`;

/** An analytic read: no JIT (compiling costs more than it saves here) and room for its hash tables. */
export async function countSettings(exec: Exec): Promise<void> {
  await exec.execute(sql`set local jit = off`);
  await exec.execute(sql`set local work_mem = '32MB'`);
}

/** Children by unit × sex × age band; band null = residents without a dob. */
export async function countResidents(exec: Exec, s: CountScope): Promise<CountRow[]> {
  if (!s.unitIds.length) return [];
  const r = await exec.execute<{
    unit_id: string;
    sex: string | null;
    band: number | null;
    children: number;
  }>(sql`
    select r.unit_id, r.child_sex as sex, ${band(s.day)} as band, count(*)::int as children
      from child_residence r
     where ${residentOn(s)}
     group by 1, 2, 3`);
  return r.rows.map((x) => ({ unitId: x.unit_id, sex: x.sex, band: x.band, children: x.children }));
}

/** Special children by unit × sex × age band, in any group (groupCode null) and per group. */
export async function countSpecial(exec: Exec, s: CountScope): Promise<SpecialRow[]> {
  if (!s.unitIds.length) return [];
  const r = await exec.execute<{
    unit_id: string;
    sex: string | null;
    band: number;
    group_code: string | null;
    children: number;
  }>(sql`
    select r.unit_id, r.child_sex as sex, ${band(s.day)} as band, cc.group_code,
           count(distinct r.child_id)::int as children
      from child_circumstance cc
      join child_residence r on r.province_id = cc.province_id and r.child_id = cc.child_id
     where cc.province_id = any(${sql.param(s.provinceIds)}::uuid[])
       and cc.from_date <= ${s.day}::date and (cc.to_date is null or cc.to_date >= ${s.day}::date)
       and ${residentOn(s)} and r.child_dob is not null
     group by grouping sets ((1, 2, 3, 4), (1, 2, 3))`);
  return r.rows.map((x) => ({
    unitId: x.unit_id,
    sex: x.sex,
    band: x.band,
    groupCode: x.group_code,
    children: x.children,
  }));
}

/** Labels of the special-circumstance groups (code list circumstance_group), by code. */
export async function groupLabels(exec: Exec): Promise<Map<string, string>> {
  const r = await exec.execute<{ code: string; label: string }>(
    sql`select code, label from code_item where list = 'circumstance_group'`,
  );
  return new Map(r.rows.map((x) => [x.code, x.label]));
}
