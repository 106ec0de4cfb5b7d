import type { AgencyListQuery } from '@vte/contracts';
import type { Db } from '../../platform/db/pool';
import { Params, prepared, type Prepared } from '../../platform/db/prepared';
import { uuidArrayParam } from '../../platform/db/sql';
import type { AgencyRow } from './org.repo';

/** A row of the agency list: the agency's DTO fields, its unit's and successor's names, its groups. */
export type AgencyListRow = Pick<
  AgencyRow,
  | 'id'
  | 'unitId'
  | 'name'
  | 'shortName'
  | 'aliases'
  | 'kind'
  | 'parentAgencyId'
  | 'successorId'
  | 'validFrom'
  | 'validTo'
  | 'phone'
  | 'email'
  | 'address'
> & { unitName: string; unitType: string; successorName: string | null; groupIds: string[] };

type Scope = ReadonlySet<string> | readonly string[] | null;

function conditions(p: Params, q: AgencyListQuery, unitIds: Scope): string {
  const where = ['true'];
  if (unitIds !== null) {
    // A hashed semi-join: `= any(array)` compares each row with the whole scope (a province: 100+ units).
    where.push(`a.unit_id in (select unnest(${p.add(uuidArrayParam(unitIds))}::uuid[]))`);
  }
  if (q.unitId) where.push(`a.unit_id = ${p.add(q.unitId)}::uuid`);
  if (q.kind) where.push(`a.kind = ${p.add(q.kind)}`);
  if (q.at) {
    const at = p.add(q.at);
    where.push(`a.valid_from <= ${at}::date and (a.valid_to is null or a.valid_to >= ${at}::date)`);
  }
  if (q.q) {
    const text = p.add(q.q);
    where.push(
      `(vte_fold(a.name) like '%' || vte_fold(${text}) || '%' or vte_fold(coalesce(a.short_name, '') || ' ' || array_to_string(a.aliases, ' ')) like '%' || vte_fold(${text}) || '%')`,
    );
  }
  return where.join(' and ');
}

const orderBy = (t: string, sort: AgencyListQuery['sort']) => {
  const byName = `${t}.name_sort collate "C", ${t}.id`;
  return sort === 'kind'
    ? `${t}.kind, ${byName}`
    : sort === 'validFrom'
      ? `${t}.valid_from, ${byName}`
      : byName;
};

/**
 * One statement for a page and its total (see users-list.repo.ts): the page is chosen on the agency
 * table alone, then only its rows get unit and successor names and group ids.
 */
export function agencyPageQuery(q: AgencyListQuery, unitIds: Scope): Prepared {
  const p = new Params();
  const where = conditions(p, q, unitIds);
  const limit = p.add(q.pageSize);
  const offset = p.add((q.page - 1) * q.pageSize);
  const text = `
    select p.id, p.unit_id as "unitId", p.name, p.short_name as "shortName", p.aliases, p.kind,
           p.parent_agency_id as "parentAgencyId", p.successor_id as "successorId",
           p.valid_from as "validFrom", p.valid_to as "validTo", p.phone, p.email, p.address,
           un.name as "unitName", un.type as "unitType", s.name as "successorName",
           coalesce((select array_agg(m.group_id order by m.group_id) from agency_group_member m
                     where m.agency_id = p.id), '{}')::text[] as "groupIds",
           c.total
    from (select count(*)::int as total from agency a where ${where}) c
    left join lateral (
      select a.* from agency a where ${where}
      order by ${orderBy('a', q.sort)} limit ${limit} offset ${offset}
    ) p on true
    left join admin_unit un on un.id = p.unit_id
    left join agency s on s.id = p.successor_id
    order by ${orderBy('p', q.sort)}`;
  return prepared('vte_agencies', text, p.values);
}

export async function listAgencies(db: Db, q: AgencyListQuery, unitIds: Scope) {
  const r = await db.$client.query<AgencyListRow & { total: number }>(agencyPageQuery(q, unitIds));
  const total = r.rows[0]?.total ?? 0;
  return { rows: r.rows.filter((row) => row.id !== null) as AgencyListRow[], total };
}
