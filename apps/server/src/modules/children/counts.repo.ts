import { sql } from 'drizzle-orm';
import type { Exec } from '../../platform/db/pool';

// Live counts over the register: read on every request, no precomputed table (docs/children.md
// "Live counts"). A child is counted where his residence valid on the day is, if active and under 16
// that day (he turns 16 on his birthday: dob > day − 16 years); special if a circumstance is valid then.
// Residence periods of one child do not overlap (a move closes one and opens the next). The child's
// dob, sex, active state and "has a circumstance" are on his residence rows (triggers of migrations
// 0017 and 0024), so the totals are one index-only scan of child_residence_counts_idx (in parallel at
// province scale) and the special children a merge of two small index-only scans in child order.

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
  /** The groups these children are in on the day (each child once, each group once). */
  groups: string[];
  children: number;
}

export interface CountScope {
  provinceIds: string[];
  unitIds: string[];
  day: string;
}

/** Lower bounds (exclusive) of the dates of birth of the bands 0-2, 3-5 and 6-10 on the day. */
const bound = (day: string, years: number) => sql`(${day}::date - make_interval(years => ${years}))::date`;

/** Age band of a date of birth on the day, by the thresholds (birthdays included). */
const band = (day: string) => sql`case
  when r.child_dob > ${bound(day, 3)} then 0
  when r.child_dob > ${bound(day, 6)} then 1
  when r.child_dob > ${bound(day, 11)} then 2
  else 3 end`;

/** Residence rows of active children valid on the day in the units, under 16 (or without a dob) then. */
const residentOn = (s: CountScope) => sql`r.province_id = any(${sql.param(s.provinceIds)}::uuid[])
  and r.unit_id = any(${sql.param(s.unitIds)}::uuid[]) and r.child_active
  and r.valid_from <= ${s.day}::date and (r.valid_to is null or r.valid_to >= ${s.day}::date)
  and (r.child_dob is null
       or (r.child_dob > ${bound(s.day, 16)} and r.child_dob <= ${s.day}::date))`;

/**
 * An analytic read, set in one round trip: no JIT (compiling costs more than it saves here), room
 * for its hash tables, and a parallel scan at province scale. The planner sizes a scan by unit
 * (`unit_id = any(…)`: one index range per unit, each small), so the minimum size for a parallel
 * index scan is lifted; the setup cost still keeps a commune's count serial.
 */
export async function countSettings(exec: Exec): Promise<void> {
  await exec.execute(sql`select set_config('jit', 'off', true), set_config('work_mem', '32MB', true),
    set_config('max_parallel_workers_per_gather', '2', true),
    set_config('min_parallel_index_scan_size', '0', true)`);
}

/** Children by unit × sex × age band; band null = residents without a dob. */
export async function countResidents(exec: Exec, s: CountScope): Promise<CountRow[]> {
  if (!s.unitIds.length) return [];
  // Grouped by unit and sex only, the bands as counts of "born after" each bound (one comparison a
  // row, no band expression in the hash key; a small group estimate lets the planner aggregate in
  // each worker).
  const r = await exec.execute<{
    unit_id: string;
    sex: string | null;
    all: number;
    dated: number;
    under3: number;
    under6: number;
    under11: number;
  }>(sql`
    select r.unit_id, r.child_sex as sex, count(*)::int as all, count(r.child_dob)::int as dated,
           (count(*) filter (where r.child_dob > ${bound(s.day, 3)}))::int as under3,
           (count(*) filter (where r.child_dob > ${bound(s.day, 6)}))::int as under6,
           (count(*) filter (where r.child_dob > ${bound(s.day, 11)}))::int as under11
      from child_residence r
     where ${residentOn(s)}
     group by 1, 2`);
  return r.rows.flatMap((x) => {
    const perBand = [x.under3, x.under6 - x.under3, x.under11 - x.under6, x.dated - x.under11];
    const rows: CountRow[] = perBand.map((children, band) => ({
      unitId: x.unit_id,
      sex: x.sex,
      band,
      children,
    }));
    rows.push({ unitId: x.unit_id, sex: x.sex, band: null, children: x.all - x.dated });
    return rows.filter((row) => row.children > 0);
  });
}

/**
 * Special children by unit × sex × age band × the set of groups they are in: the circumstances
 * valid on the day grouped by child, merged in child order with the residences of the children who
 * have any (child_residence_special_idx: a few per cent of the register).
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
      from (select cc.province_id, cc.child_id, array_agg(cc.group_code) as groups
              from child_circumstance cc
             where cc.province_id = any(${sql.param(s.provinceIds)}::uuid[])
               and cc.from_date <= ${s.day}::date and (cc.to_date is null or cc.to_date >= ${s.day}::date)
             group by 1, 2) sp
      join child_residence r on r.province_id = sp.province_id and r.child_id = sp.child_id
     where ${residentOn(s)} and r.child_special and r.child_dob is not null
     group by 1, 2, 3, 4`);
  // A child's groups come in index order, a group twice if two of its circumstances are valid.
  return r.rows.map((x) => ({
    unitId: x.unit_id,
    sex: x.sex,
    band: x.band,
    groups: [...new Set(x.groups)].sort(),
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
