import { sql } from 'drizzle-orm';
import type { Exec } from '../../platform/db/pool';

export interface CountingUnit {
  /** A unit a record may point at (possibly dissolved or renamed since). */
  unitId: string;
  /** The unit directly under the asked one that it falls in on the day (the asked unit itself at its level). */
  bucketId: string;
  provinceId: string;
}

/**
 * The units whose records count for `unitId` on `day`, for statistics over records that keep the unit
 * of their time (a child's residence in Lý Sơn district counts for the district on 30/6/2025 and for the
 * special zone from 1/7/2025, without retyping):
 * 1. the unit as it stood that day: itself when valid; else its predecessors valid that day (any kind),
 *    or, past its end, its successor by rename or change of type;
 * 2. everything under it that day (parent links of units valid that day), each with its bucket;
 * 3. every unit that had become one of those by that day through successions.
 */
export async function countingUnits(exec: Exec, unitId: string, day: string): Promise<CountingUnit[]> {
  const r = await exec.execute<{ unit_id: string; bucket_id: string; province_id: string }>(sql`
    with recursive
    valid_on(id) as (
      select id from admin_unit where valid_from <= ${day}::date and (valid_to is null or valid_to >= ${day}::date)),
    back(id, depth) as (
      select ${unitId}::uuid, 0
      union
      select s.from_unit_id, b.depth + 1 from back b join unit_succession s on s.to_unit_id = b.id
       where b.id not in (select id from valid_on) and b.depth < 10),
    fwd(id, depth) as (
      select ${unitId}::uuid, 0
      union
      select s.to_unit_id, f.depth + 1 from fwd f join unit_succession s on s.from_unit_id = f.id
       where s.kind in ('rename', 'change_type') and s.effective_date <= ${day}::date
         and f.id not in (select id from valid_on) and f.depth < 10),
    roots(id) as (
      select id from back where id in (select id from valid_on)
      union select id from fwd where id in (select id from valid_on)),
    tree(id, bucket, depth) as (
      select id, id, 0 from roots
      union all
      select u.id, case when t.depth = 0 then u.id else t.bucket end, t.depth + 1
        from tree t join admin_unit u on u.parent_id = t.id
       where u.id in (select id from valid_on) and t.depth < 10),
    pred(id, target, depth) as (
      select id, id, 0 from tree
      union all
      select s.from_unit_id, p.target, p.depth + 1 from pred p join unit_succession s on s.to_unit_id = p.id
       where s.effective_date <= ${day}::date and s.from_unit_id not in (select id from valid_on) and p.depth < 10)
    select distinct on (p.id) p.id as unit_id, t.bucket as bucket_id, u.province_id
      from pred p join tree t on t.id = p.target join admin_unit u on u.id = p.id
     order by p.id, p.depth, t.depth`);
  return r.rows.map((x) => ({ unitId: x.unit_id, bucketId: x.bucket_id, provinceId: x.province_id }));
}
