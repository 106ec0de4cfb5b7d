import { sql } from 'drizzle-orm';
import type { Exec } from '../../platform/db/pool';

export interface AgencyOnDate {
  id: string;
  name: string;
  unitId: string;
}

/**
 * Each agency → the agency valid on `at`, following successors (Phòng Nội vụ huyện → Phòng Văn hóa –
 * Xã hội đặc khu after 1/7/2025). Absent from the map when no agency in the chain is valid then.
 */
export async function agenciesOnDate(
  exec: Exec,
  ids: string[],
  at: string,
): Promise<Map<string, AgencyOnDate>> {
  const out = new Map<string, AgencyOnDate>();
  if (!ids.length) return out;
  const r = await exec.execute<{ orig: string; id: string; name: string; unit_id: string }>(sql`
    with recursive chain(orig, id, depth) as (
      select a.id, a.id, 0 from agency a where a.id = any(${sql.param(ids)}::uuid[])
      union all
      select c.orig, a.successor_id, c.depth + 1
        from chain c join agency a on a.id = c.id
       where a.successor_id is not null and a.valid_to is not null and a.valid_to < ${at}::date and c.depth < 10)
    select distinct on (c.orig) c.orig, a.id, a.name, a.unit_id
      from chain c join agency a on a.id = c.id
     where a.valid_from <= ${at}::date and (a.valid_to is null or a.valid_to >= ${at}::date)
     order by c.orig, c.depth`);
  for (const row of r.rows) out.set(row.orig, { id: row.id, name: row.name, unitId: row.unit_id });
  return out;
}

/** The unit valid on `at` that a unit became through its successions (itself if still valid). */
export async function unitOnDate(exec: Exec, unitId: string, at: string): Promise<string> {
  const r = await exec.execute<{ id: string }>(sql`
    with recursive chain(id, depth) as (
      select ${unitId}::uuid, 0
      union all
      select s.to_unit_id, c.depth + 1
        from chain c join unit_succession s on s.from_unit_id = c.id
       where s.effective_date <= ${at}::date and c.depth < 10)
    select c.id from chain c join admin_unit u on u.id = c.id
     where u.valid_from <= ${at}::date and (u.valid_to is null or u.valid_to >= ${at}::date)
     order by c.depth desc limit 1`);
  return r.rows[0]?.id ?? unitId;
}

/** Many (unit, day) pairs at once → the unit valid that day and its full name's parts. */
export async function unitsOnDates(
  exec: Exec,
  pairs: { unitId: string; day: string }[],
): Promise<Map<string, { id: string; name: string; type: string }>> {
  const out = new Map<string, { id: string; name: string; type: string }>();
  if (!pairs.length) return out;
  const r = await exec.execute<{ unit_id: string; day: string; id: string; name: string; type: string }>(sql`
    with recursive q(unit_id, day) as (
      select * from unnest(${sql.param(pairs.map((p) => p.unitId))}::uuid[], ${sql.param(pairs.map((p) => p.day))}::date[])),
    chain(unit_id, day, id, depth) as (
      select unit_id, day, unit_id, 0 from q
      union all
      select c.unit_id, c.day, s.to_unit_id, c.depth + 1
        from chain c join unit_succession s on s.from_unit_id = c.id
       where s.effective_date <= c.day and c.depth < 10)
    select distinct on (c.unit_id, c.day) c.unit_id, to_char(c.day, 'YYYY-MM-DD') as day, u.id, u.name, u.type
      from chain c join admin_unit u on u.id = c.id
     where u.valid_from <= c.day and (u.valid_to is null or u.valid_to >= c.day)
     order by c.unit_id, c.day, c.depth desc`);
  for (const row of r.rows)
    out.set(`${row.unit_id}|${row.day}`, { id: row.id, name: row.name, type: row.type });
  return out;
}

/**
 * The units a document of `unitId` may name agencies of, over time: the unit, its predecessors and
 * successors (any succession, both ways), and the units above each of them. An agency attached to the
 * former district (TTYT quân - dân y Lý Sơn) is still found from the special zone's plan.
 */
export async function unitsAround(exec: Exec, unitId: string): Promise<{ own: string[]; around: string[] }> {
  const r = await exec.execute<{ id: string; own: boolean }>(sql`
    with recursive line(id, depth) as (
      select ${unitId}::uuid, 0
      union
      select case when s.from_unit_id = l.id then s.to_unit_id else s.from_unit_id end, l.depth + 1
        from line l join unit_succession s on l.id in (s.from_unit_id, s.to_unit_id)
       where l.depth < 10),
    up(id, parent_id, own) as (
      select u.id, u.parent_id, u.id = ${unitId}::uuid from admin_unit u where u.id in (select id from line)
      union
      select u.id, u.parent_id, up.own from admin_unit u join up on u.id = up.parent_id)
    select id, bool_or(own) as own from up group by id`);
  return {
    own: r.rows.filter((x) => x.own).map((x) => x.id),
    around: r.rows.filter((x) => !x.own).map((x) => x.id),
  };
}

/** Agencies valid on `at` in these units whose name, short name or alias contains `q` (accents ignored). */
export async function agenciesValidIn(exec: Exec, unitIds: string[], at: string, q: string | undefined) {
  if (!unitIds.length) return [];
  const like = q ? `%${q}%` : null;
  const r = await exec.execute<{
    id: string;
    name: string;
    short_name: string | null;
    unit_name: string;
    unit_type: string;
  }>(sql`
    select a.id, a.name, a.short_name, u.name as unit_name, u.type as unit_type
      from agency a join admin_unit u on u.id = a.unit_id
     where a.unit_id = any(${sql.param(unitIds)}::uuid[])
       and a.valid_from <= ${at}::date and (a.valid_to is null or a.valid_to >= ${at}::date)
       and (${like}::text is null
            or vte_fold(a.name) like vte_fold(${like}::text)
            or vte_fold(coalesce(a.short_name, '')) like vte_fold(${like}::text)
            or exists (select 1 from unnest(a.aliases) x where vte_fold(x) like vte_fold(${like}::text)))
     order by a.name_sort
     limit 30`);
  return r.rows;
}
