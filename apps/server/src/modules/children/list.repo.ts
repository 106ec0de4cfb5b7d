import type { ChildAgeBand, ChildIdProblem, Sex } from '@vte/contracts';
import type { Db } from '../../platform/db/pool';
import { Params, prepared } from '../../platform/db/prepared';

type Query = { text: string; values: unknown[] };

// The register list (docs/children.md, "List, search and export"): hand-written SQL, one shape per
// set of filters, planned once per connection. Order: Vietnamese name order (name_sort, bytewise)
// then id, read from the partial indexes of migration 0015 so a page reads its rows, not the unit.

/** Filters after the service resolved scope and query kind. */
export interface ListFilters {
  asOf: string;
  /** Units to read (scope ∩ the chosen unit's subtree); null = the whole register (national users). */
  units: readonly string[] | null;
  hamlet?: string | undefined;
  group?: string | undefined;
  risk?: string | undefined;
  ageBand?: ChildAgeBand | undefined;
  sex?: Sex | undefined;
  ethnicity?: string | undefined;
  idVerification?: string | undefined;
  idProblem?: ChildIdProblem | undefined;
  /** A personal ID (digits) or a folded name matched against children and their guardians. */
  q?: { kind: 'id'; value: string } | { kind: 'name'; folded: string } | undefined;
}

export interface ListRow {
  provinceId: string;
  id: string;
  fullName: string;
  dob: string | null;
  dobPrecision: string;
  age: number | null;
  sex: string | null;
  ethnicityCode: string | null;
  personalId: string | null;
  idVerification: string;
  idProblem: ChildIdProblem | null;
  unitId: string;
  unitName: string | null;
  hamlet: string | null;
  address: string | null;
  /** Only with `detail`: codes in force on asOf, and up to three guardians. */
  groups?: string[];
  risks?: string[];
  guardians?: { relation: string; fullName: string }[];
  /** Only in a search by name: how many rows match in all (every page row carries it). */
  matchCount?: number;
}

/** The ID's state from the same rules as checkPersonalId (contracts/personal-id.ts), in SQL. */
const ID_PROBLEM = `case
  when c.personal_id is null then 'missing'
  when c.personal_id_kind is distinct from 'cccd12' or c.personal_id !~ '^[0-9]{12}$'
    or c.id_verification in ('sai_dinh_dang', 'cong_an_tra_lai') then 'invalid'
  when c.dob is not null and c.dob_precision <> 'estimated' and (
    substr(c.personal_id, 5, 2) <> to_char(c.dob, 'YY')
    or (c.sex in ('M', 'F') and substr(c.personal_id, 4, 1)
        <> ((extract(year from c.dob)::int / 100 - 19) * 2 + (c.sex = 'F')::int)::text)) then 'invalid'
  end`;

const inForce = (alias: string, from: string, to: string, asOf: string) =>
  `${alias}.${from} <= ${asOf} and (${alias}.${to} is null or ${alias}.${to} >= ${asOf})`;

/**
 * Folded words as the tokens of the name indexes (migration 0026, `vte_name_tokens`): every word
 * whole, the last one as a prefix ("dat~": a name being typed), in any order ("an nguyen" finds
 * "Nguyễn Văn An"); null when nothing searchable is left. Exact tokens: a GIN prefix match over the
 * words ("dat:*") cost ~9× an exact one.
 */
export function nameTokens(folded: string): string[] | null {
  const words = folded
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, 8);
  if (!words.length) return null;
  return words.map((w, i) => (i === words.length - 1 ? `${w}~` : w));
}

/**
 * Children whose own name or a guardian's name holds the words: two token-index scans, unioned, that
 * drive the page (each match is read by primary key) — never a scan of the whole scope. A child's
 * tokens carry its unit ("@<id>"), so its own-name matches stay inside the scope in the index;
 * guardians have no unit, so theirs are province-wide and filtered by the child's unit.
 */
function nameMatches(p: Params, folded: string, units: readonly string[] | null): string {
  const tokens = nameTokens(folded);
  if (tokens === null) return `select null::uuid as province_id, null::uuid as id where false`;
  const t = `${p.add(tokens)}::text[]`;
  const childTokens = 'vte_child_name_tokens(m.name_folded, m.unit_id)';
  const inUnits = units === null ? '' : ` and ${childTokens} && ${p.add(units.map((u) => `@${u}`))}::text[]`;
  return `select m.province_id, m.id from child m where ${childTokens} @> ${t}${inUnits}
    union select g.province_id, g.child_id from child_guardian g where vte_name_tokens(g.name_folded) @> ${t}`;
}

function ageCondition(band: ChildAgeBand | undefined, asOf: string): string {
  const yearsAgo = (n: number) => `(${asOf} - interval '${n} years')::date`;
  if (band === undefined) return `(c.dob is null or (c.dob <= ${asOf} and c.dob > ${yearsAgo(16)}))`;
  if (band === 'unknown') return 'c.dob is null';
  if (band === '16+') return `c.dob <= ${yearsAgo(16)}`;
  const [from, to] = band.split('-').map(Number) as [number, number];
  return `c.dob <= ${yearsAgo(from)} and c.dob > ${yearsAgo(to)}`;
}

/** Conditions on `child c` other than the units. */
function conditions(p: Params, f: ListFilters, asOf: string): string[] {
  const w = [`c.status = 'active'`, ageCondition(f.ageBand, asOf)];
  if (f.sex) w.push(`c.sex = ${p.add(f.sex)}`);
  if (f.ethnicity) w.push(`c.ethnicity_code = ${p.add(f.ethnicity)}`);
  if (f.idVerification) w.push(`c.id_verification = ${p.add(f.idVerification)}`);
  if (f.idProblem === 'missing') w.push('c.personal_id is null');
  if (f.idProblem === 'invalid') w.push(`(${ID_PROBLEM}) = 'invalid'`);
  if (f.hamlet) w.push(`vte_fold(c.hamlet) = vte_fold(${p.add(f.hamlet)})`);
  if (f.group) {
    const code = f.group === '*' ? '' : ` and cc.group_code = ${p.add(f.group)}`;
    w.push(`exists (select 1 from child_circumstance cc where cc.province_id = c.province_id
      and cc.child_id = c.id and ${inForce('cc', 'from_date', 'to_date', asOf)}${code})`);
  }
  if (f.risk) {
    const code = f.risk === '*' ? '' : ` and cr.risk_code = ${p.add(f.risk)}`;
    w.push(`exists (select 1 from child_risk cr where cr.province_id = c.province_id
      and cr.child_id = c.id and ${inForce('cr', 'from_date', 'to_date', asOf)}${code})`);
  }
  if (f.q?.kind === 'id') w.push(`c.personal_id = ${p.add(f.q.value)}`);
  return w;
}

export interface PageRequest {
  filters: ListFilters;
  /** The sort key and id of the previous page's last row. */
  after?: { nameSort: string; id: string } | undefined;
  limit: number;
  /** Groups, risks and guardians of each row (roles that read records); the masked list skips them. */
  detail: boolean;
}

const ORDER = (t: string) => `${t}.name_sort collate "C", ${t}.id`;

/**
 * The rows of one page. With a unit list and no text query, one index range per unit (lateral) and
 * a merge of their heads: a district's page reads ≤ limit rows per commune instead of sorting them all.
 */
function pageCore(p: Params, r: PageRequest, asOf: string): string {
  const w = conditions(p, r.filters, asOf);
  if (r.after)
    w.push(
      `(c.name_sort collate "C", c.id) > (${p.add(r.after.nameSort)} collate "C", ${p.add(r.after.id)}::uuid)`,
    );
  const limit = p.add(r.limit);
  const units = r.filters.units;
  const cols = `c.*, ${ID_PROBLEM} as id_problem`;
  // Only added when used: an unused parameter has no type PostgreSQL can infer.
  const unitCond = () => (units === null ? 'true' : `c.unit_id = any(${p.add(units)}::uuid[])`);
  // A name's matches are all read to be sorted: counting them there spares a second search.
  if (r.filters.q?.kind === 'name')
    return `select x.*, count(*) over ()::int as match_count from (${nameMatches(p, r.filters.q.folded, units)}) mm
      cross join lateral (select ${cols} from child c where c.province_id = mm.province_id and c.id = mm.id
        and ${unitCond()} and ${w.join(' and ')}) x
      order by ${ORDER('x')} limit ${limit}`;
  if (units === null)
    return `select ${cols} from child c where ${w.join(' and ')} order by ${ORDER('c')} limit ${limit}`;
  if (r.filters.q)
    return `select ${cols} from child c where ${unitCond()} and ${w.join(' and ')}
      order by ${ORDER('c')} limit ${limit}`;
  // Keys first, from the unit index alone when the filters are on its columns (age, sex, ID
  // missing); only the page's rows are then read from the table.
  return `select ${cols} from (select k.province_id, k.id from ${perUnit(p, units, w, 'c.province_id, c.id, c.name_sort', limit)} k
      order by ${ORDER('k')} limit ${limit}) k
    join child c on c.province_id = k.province_id and c.id = k.id`;
}

/** One ordered range of `child_list_unit_idx` per unit, at most `limit` rows each (lateral). */
function perUnit(p: Params, units: readonly string[], w: string[], select: string, limit: string): string {
  return `unnest(${p.add(units)}::uuid[]) as su(unit_id)
    cross join lateral (select ${select} from child c where c.unit_id = su.unit_id and ${w.join(' and ')}
      order by ${ORDER('c')} limit ${limit})`;
}

function detailColumns(asOf: string): string {
  return `,
    coalesce((select array_agg(distinct cc.group_code) from child_circumstance cc
      where cc.province_id = p.province_id and cc.child_id = p.id and ${inForce('cc', 'from_date', 'to_date', asOf)}), '{}') as groups,
    coalesce((select array_agg(distinct cr.risk_code) from child_risk cr
      where cr.province_id = p.province_id and cr.child_id = p.id and ${inForce('cr', 'from_date', 'to_date', asOf)}), '{}') as risks,
    coalesce((select json_agg(json_build_object('relation', g.relation, 'fullName', g.full_name))
      from (select g.relation, g.full_name from child_guardian g
            where g.province_id = p.province_id and g.child_id = p.id and (g.valid_to is null or g.valid_to >= ${asOf})
            order by g.is_primary_contact desc, g.created_at, g.id limit 3) g), '[]') as guardians`;
}

/**
 * Unnamed, so planned for its values every time: a named statement's generic plan, made after five
 * runs without the unit list and dates, read the whole register for a commune's count (1M rows: 1 s).
 */
export function pageQuery(r: PageRequest): Query {
  const p = new Params();
  const asOf = `${p.add(r.filters.asOf)}::date`;
  const core = pageCore(p, r, asOf);
  const text = `with page as (${core})
    select p.province_id as "provinceId", p.id, p.full_name as "fullName", p.dob, p.dob_precision as "dobPrecision",
      extract(year from age(${asOf}, p.dob))::int as age, p.sex, p.ethnicity_code as "ethnicityCode",
      p.personal_id as "personalId", p.id_verification as "idVerification",
      p.id_problem as "idProblem",
      p.unit_id as "unitId", ul.name as "unitName", p.hamlet, p.address${r.detail ? detailColumns(asOf) : ''}${
        r.filters.q?.kind === 'name' ? ', p.match_count as "matchCount"' : ''
      }
    from page p left join unit_label ul on ul.id = p.unit_id
    order by ${ORDER('p')}`;
  return { text, values: p.values };
}

/** How many rows match, counted up to `cap` + 1 (a province-wide count would read a million rows). */
export function countQuery(f: ListFilters, cap: number): Query {
  const p = new Params();
  const asOf = `${p.add(f.asOf)}::date`;
  const w = conditions(p, f, asOf);
  const cap1 = p.add(cap + 1);
  if (f.units !== null && !f.q)
    // Per unit, from the unit index alone: one filter over a district's 100,000 rows read
    // the table in its physical order (a seq scan until 1,001 matches, or to the end).
    return {
      text: `select count(*)::int as n from (select 1 from ${perUnit(p, f.units, w, '1', cap1)} k limit ${cap1}) x`,
      values: p.values,
    };
  if (f.units !== null) w.push(`c.unit_id = any(${p.add(f.units)}::uuid[])`);
  const from =
    f.q?.kind === 'name'
      ? `(${nameMatches(p, f.q.folded, f.units)}) mm cross join lateral (select c.* from child c
          where c.province_id = mm.province_id and c.id = mm.id) c`
      : 'child c';
  const text = `select count(*)::int as n from (select 1 from ${from} where ${w.join(' and ')} limit ${cap1}) x`;
  return { text, values: p.values };
}

export async function listPage(db: Db, r: PageRequest): Promise<ListRow[]> {
  return (await db.$client.query<ListRow>(pageQuery(r))).rows;
}

export async function countMatches(db: Db, f: ListFilters, cap: number): Promise<number> {
  return (await db.$client.query<{ n: number }>(countQuery(f, cap))).rows[0]!.n;
}

/** The sort key of a cursor's row (by primary key, within the units); undefined when it is not there. */
export async function cursorKey(
  db: Db,
  provinceId: string,
  id: string,
  units: readonly string[] | null,
): Promise<string | undefined> {
  const text = `select name_sort as k from child where province_id = $1 and id = $2
    and ($3::uuid[] is null or unit_id = any($3::uuid[]))`;
  const r = await db.$client.query<{ k: string }>(
    prepared('vte_children_cursor', text, [provinceId, id, units]),
  );
  return r.rows[0]?.k;
}
