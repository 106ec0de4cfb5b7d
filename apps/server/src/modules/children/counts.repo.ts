import { sql } from 'drizzle-orm';
import type { Exec } from '../../platform/db/pool';

// Live counts over the register: read on every request, no precomputed table (docs/children.md
// "Live counts"). A child is counted where his residence valid on the day is, if active and under 16
// that day (he turns 16 on his birthday: dob > day − 16 years); special if a circumstance is valid then.
// Residence periods of one child do not overlap (a move closes one and opens the next).

export interface CountRow {
  bucketId: string;
  sex: string | null;
  /** 0..3 = index in countAgeBands; null = no date of birth (counted apart as undated). */
  band: number | null;
  children: number;
  special: number;
}

export interface GroupRow {
  bucketId: string;
  sex: string | null;
  band: number;
  groupCode: string;
  children: number;
}

export interface CountScope {
  provinceIds: string[];
  unitIds: string[];
  bucketIds: string[];
  day: string;
}

/** The residence rows valid on the day in the units, with the bucket of their unit. */
const residents = (s: CountScope) => sql`
  select r.province_id, r.child_id, u.bucket_id
    from child_residence r
    join unnest(${sql.param(s.unitIds)}::uuid[], ${sql.param(s.bucketIds)}::uuid[]) as u(unit_id, bucket_id)
      on u.unit_id = r.unit_id
   where r.province_id = any(${sql.param(s.provinceIds)}::uuid[])
     and r.valid_from <= ${s.day}::date and (r.valid_to is null or r.valid_to >= ${s.day}::date)`;

/** Age band of a date of birth on the day, by the thresholds (birthdays included). */
const band = (day: string) => sql`case
  when c.dob is null then null
  when c.dob > (${day}::date - interval '3 years')::date then 0
  when c.dob > (${day}::date - interval '6 years')::date then 1
  when c.dob > (${day}::date - interval '11 years')::date then 2
  else 3 end`;

const counted = (day: string) => sql`c.status = 'active'
  and (c.dob is null or (c.dob > (${day}::date - interval '16 years')::date and c.dob <= ${day}::date))`;

const circumstanceOn = (day: string) =>
  sql`cc.from_date <= ${day}::date and (cc.to_date is null or cc.to_date >= ${day}::date)`;

/** Children (and special ones) by bucket × sex × age band; band null = residents without a dob. */
export async function countCube(exec: Exec, s: CountScope): Promise<CountRow[]> {
  if (!s.unitIds.length) return [];
  const r = await exec.execute<{
    bucket_id: string;
    sex: string | null;
    band: number | null;
    children: number;
    special: number;
  }>(sql`
    select x.bucket_id, c.sex, ${band(s.day)} as band, count(*)::int as children,
           count(sp.child_id)::int as special
      from (${residents(s)}) x
      join child c on c.province_id = x.province_id and c.id = x.child_id
      left join (
        select distinct cc.province_id, cc.child_id from child_circumstance cc
         where cc.province_id = any(${sql.param(s.provinceIds)}::uuid[]) and ${circumstanceOn(s.day)}
      ) sp on sp.province_id = c.province_id and sp.child_id = c.id
     where ${counted(s.day)}
     group by 1, 2, 3`);
  return r.rows.map((x) => ({
    bucketId: x.bucket_id,
    sex: x.sex,
    band: x.band,
    children: x.children,
    special: x.special,
  }));
}

/** Children by bucket × sex × age band × special-circumstance group (a child once per group). */
export async function countGroups(exec: Exec, s: CountScope): Promise<GroupRow[]> {
  if (!s.unitIds.length) return [];
  const r = await exec.execute<{
    bucket_id: string;
    sex: string | null;
    band: number;
    group_code: string;
    children: number;
  }>(sql`
    select x.bucket_id, c.sex, ${band(s.day)} as band, cc.group_code, count(distinct c.id)::int as children
      from (${residents(s)}) x
      join child c on c.province_id = x.province_id and c.id = x.child_id
      join child_circumstance cc on cc.province_id = c.province_id and cc.child_id = c.id and ${circumstanceOn(s.day)}
     where ${counted(s.day)} and c.dob is not null
     group by 1, 2, 3, 4`);
  return r.rows.map((x) => ({
    bucketId: x.bucket_id,
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
