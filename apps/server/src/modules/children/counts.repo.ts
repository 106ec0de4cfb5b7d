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
  /** The groups these children are in on the day (each child once, with all his groups). */
  groups: string[];
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

/**
 * Special children by unit × sex × age band × the set of groups they are in: from the circumstances
 * valid on the day (a few per cent of the register) to each child's residence row that day, looked up
 * in the covering index by child (`limit 1`: one residence per child per day, and a lookup per child
 * instead of a scan of every residence).
 */
export async function countSpecial(exec: Exec, s: CountScope): Promise<SpecialRow[]> {
  if (!s.unitIds.length) return [];
  const r = await exec.execute<{
    unit_id: string;
    sex: string | null;
    band: number;
    groups: string[];
    children: number;
  }>(sql`
    select r.unit_id, r.child_sex as sex, ${band(s.day)} as band, sp.groups, count(*)::int as children
      from (select cc.province_id, cc.child_id, array_agg(distinct cc.group_code order by cc.group_code) as groups
              from child_circumstance cc
             where cc.province_id = any(${sql.param(s.provinceIds)}::uuid[])
               and cc.from_date <= ${s.day}::date and (cc.to_date is null or cc.to_date >= ${s.day}::date)
             group by 1, 2) sp
     cross join lateral (
            select r.unit_id, r.child_sex, r.child_dob from child_residence r
             where r.province_id = sp.province_id and r.child_id = sp.child_id
               and ${residentOn(s)} and r.child_dob is not null
             limit 1) r
     group by 1, 2, 3, 4`);
  return r.rows.map((x) => ({
    unitId: x.unit_id,
    sex: x.sex,
    band: x.band,
    groups: x.groups,
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
