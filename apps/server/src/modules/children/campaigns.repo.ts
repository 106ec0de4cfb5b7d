import { sql, type SQL } from 'drizzle-orm';
import { idProblems, type CampaignProblem } from '@vte/contracts';
import type { Exec } from '../../platform/db/pool';
import { childCampaign } from './campaigns.tables';

// Cleaning campaigns: every query of the campaign use case. A record's problems are computed here in
// SQL from the child row (the same rules as checkPersonalId for the ID), on a given date, so a child
// who turns 16 today is NOT_A_CHILD today without any nightly batch.

export type CampaignRow = typeof childCampaign.$inferSelect;

/**
 * The problems of child `c` (of province `provinceId`) on `asOf`, as text[] (contracts: campaignProblems).
 * The pending duplicates are one uncorrelated set (a hashed subplan), not a lookup per child.
 */
export function problemsOf(asOf: string, provinceId: string): SQL {
  const d = sql`${asOf}::date`;
  return sql`array_remove(array[
    case when nullif(btrim(c.personal_id), '') is null then 'ID_MISSING' end,
    case when c.personal_id_kind = 'cmnd9' or c.personal_id ~ '^[0-9]{9}$' then 'ID_LEGACY_CMND'
         when nullif(btrim(c.personal_id), '') is not null and c.personal_id !~ '^[0-9]{12}$' then 'ID_FORMAT' end,
    case when c.personal_id ~ '^[0-9]{12}$' and (
           (c.sex is not null and (substr(c.personal_id, 4, 1)::int % 2 = 1) <> (c.sex = 'F'))
        or (c.dob is not null and c.dob_precision <> 'estimated'
            and 19 + substr(c.personal_id, 4, 1)::int / 2 <> extract(year from c.dob)::int / 100))
         then 'ID_SEX_CENTURY' end,
    case when c.personal_id ~ '^[0-9]{12}$' and c.dob is not null and c.dob_precision <> 'estimated'
          and substr(c.personal_id, 5, 2) <> to_char(c.dob, 'YY') then 'ID_BIRTH_YEAR' end,
    case when btrim(c.full_name) = '' then 'NAME_MISSING' end,
    case when c.dob is null then 'DOB_MISSING' end,
    case when c.dob is not null and c.dob_precision <> 'day' then 'DOB_PARTIAL' end,
    case when c.sex is null then 'SEX_MISSING' end,
    case when c.ethnicity_code is null or c.ethnicity_code = '99' then 'ETHNICITY_MISSING' end,
    case when not exists (select 1 from child_guardian g where g.province_id = c.province_id
          and g.child_id = c.id and (g.valid_to is null or g.valid_to >= ${d})) then 'GUARDIAN_MISSING' end,
    case when c.id in (select x.child_a from child_duplicate x where x.province_id = ${provinceId}::uuid and x.status = 'pending'
          union all select x.child_b from child_duplicate x where x.province_id = ${provinceId}::uuid and x.status = 'pending')
         then 'SUSPECTED_DUPLICATE' end,
    case when c.dob is not null and c.dob + interval '16 years' <= ${d} then 'NOT_A_CHILD' end
  ], null)::text[]`;
}

const idProblemArray = sql`${sql.param([...idProblems])}::text[]`;
const initialState = (p: SQL) => sql`case when 'ID_MISSING' = any(${p}) then 'chua_co'
  when ${p} && ${idProblemArray} then 'sai_dinh_dang' else 'thieu_thong_tin' end`;

export async function insertCampaign(
  exec: Exec,
  row: typeof childCampaign.$inferInsert,
): Promise<CampaignRow> {
  return (await exec.insert(childCampaign).values(row).returning())[0]!;
}

export async function getCampaign(exec: Exec, id: string): Promise<CampaignRow | undefined> {
  const r = await exec
    .select()
    .from(childCampaign)
    .where(sql`${childCampaign.id} = ${id}`);
  return r[0];
}

/** Campaigns with a chosen unit, or a record filed under a unit, among `unitIds` (null = all). */
export async function listCampaigns(exec: Exec, unitIds: string[] | null): Promise<CampaignRow[]> {
  const units = sql`${sql.param(unitIds ?? [])}::uuid[]`;
  return exec
    .select()
    .from(childCampaign)
    .where(
      unitIds === null
        ? undefined
        : sql`(${childCampaign.unitIds} && ${units} or exists (select 1 from child_campaign_item i
            where i.province_id = ${childCampaign.provinceId} and i.campaign_id = ${childCampaign.id}
              and i.unit_id = any(${units})))`,
    )
    .orderBy(sql`${childCampaign.startsOn} desc`, sql`${childCampaign.createdAt} desc`);
}

export async function updateCampaign(
  exec: Exec,
  c: { provinceId: string; id: string },
  patch: Partial<typeof childCampaign.$inferInsert>,
): Promise<void> {
  await exec
    .update(childCampaign)
    .set({ ...patch, updatedAt: new Date() })
    .where(sql`${childCampaign.provinceId} = ${c.provinceId} and ${childCampaign.id} = ${c.id}`);
}

/** The units the campaign's records are filed under. */
export async function itemUnits(exec: Exec, c: { provinceId: string; id: string }): Promise<string[]> {
  const r = await exec.execute<{ unitId: string }>(sql`
    select distinct unit_id "unitId" from child_campaign_item
    where province_id = ${c.provinceId}::uuid and campaign_id = ${c.id}::uuid and unit_id is not null`);
  return r.rows.map((x) => x.unitId);
}

/** Child unit → campaign unit (a campaign unit covers its subtree and predecessors). */
export interface UnitMap {
  childUnits: string[];
  campaignUnits: string[];
}

/** Adds every active child of the mapped units with a problem on `asOf`; existing items stay. */
export async function snapshotProblems(
  exec: Exec,
  a: { provinceId: string; campaignId: string; asOf: string; map: UnitMap; userId: string | null },
): Promise<number> {
  const p = problemsOf(a.asOf, a.provinceId);
  const r = await exec.execute(sql`
    insert into child_campaign_item (province_id, campaign_id, child_id, unit_id, problems, state, created_by, updated_by)
    select c.province_id, ${a.campaignId}::uuid, c.id, m.campaign_unit, x.p, ${initialState(sql`x.p`)}, ${a.userId}::uuid, ${a.userId}::uuid
    from unnest(${sql.param(a.map.childUnits)}::uuid[], ${sql.param(a.map.campaignUnits)}::uuid[]) m(unit_id, campaign_unit)
    join child c on c.province_id = ${a.provinceId}::uuid and c.unit_id = m.unit_id and c.status = 'active'
    cross join lateral (select ${p} as p) x
    where cardinality(x.p) > 0
    on conflict (province_id, campaign_id, child_id) do nothing`);
  return r.rowCount ?? 0;
}

/** Stamps items whose record has no problem left on `asOf` (or left the register); unstamps relapses. */
export async function markFixed(
  exec: Exec,
  a: { provinceId: string; campaignId: string; asOf: string; userId: string | null },
): Promise<number> {
  const live = sql`(select ${problemsOf(a.asOf, a.provinceId)} from child c where c.province_id = i.province_id and c.id = i.child_id and c.status = 'active')`;
  const where = sql`i.province_id = ${a.provinceId}::uuid and i.campaign_id = ${a.campaignId}::uuid`;
  const fixed = await exec.execute(sql`
    update child_campaign_item i set fixed_at = now(), state = 'da_cap_nhat', updated_at = now(), updated_by = ${a.userId}::uuid
    where ${where} and i.fixed_at is null and coalesce(cardinality(${live}), 0) = 0`);
  await exec.execute(sql`
    update child_campaign_item i set fixed_at = null, updated_at = now(), updated_by = ${a.userId}::uuid
    where ${where} and i.fixed_at is not null and coalesce(cardinality(${live}), 0) > 0`);
  return fixed.rowCount ?? 0;
}

export interface ItemFilter {
  provinceId: string;
  campaignId: string;
  /** Campaign units the caller sees. */
  unitIds: string[];
  asOf: string;
  hamlet?: string | undefined;
  state?: string | undefined;
  open?: boolean | undefined;
  inSample?: boolean | undefined;
  itemIds?: string[];
}

function itemWhere(f: ItemFilter, live: SQL): SQL {
  const parts: SQL[] = [
    sql`i.province_id = ${f.provinceId}::uuid`,
    sql`i.campaign_id = ${f.campaignId}::uuid`,
    sql`i.unit_id = any(${sql.param(f.unitIds)}::uuid[])`,
    // An erased record (lawful request) leaves the campaign's lists and files with the register.
    sql`c.status <> 'erased'`,
  ];
  if (f.hamlet !== undefined)
    parts.push(
      f.hamlet === '' ? sql`nullif(btrim(c.hamlet), '') is null` : sql`btrim(c.hamlet) = ${f.hamlet}`,
    );
  if (f.state) parts.push(sql`i.state = ${f.state}`);
  if (f.open !== undefined)
    parts.push(f.open ? sql`cardinality(${live}) > 0` : sql`cardinality(${live}) = 0`);
  if (f.inSample !== undefined) parts.push(sql`i.in_sample = ${f.inSample}`);
  if (f.itemIds) parts.push(sql`i.id = any(${sql.param(f.itemIds)}::uuid[])`);
  return sql.join(parts, sql` and `);
}

/** Live problems of the item's child: none once the record left the register (merged, erased). */
const liveProblems = (asOf: string, provinceId: string) =>
  sql`(case when c.status = 'active' then ${problemsOf(asOf, provinceId)} else '{}'::text[] end)`;

export type ItemRow = {
  provinceId: string;
  id: string;
  childId: string;
  unitId: string | null;
  fullName: string;
  dob: string | null;
  dobPrecision: string;
  sex: string | null;
  guardians: string | null;
  hamlet: string | null;
  address: string | null;
  personalId: string | null;
  idVerification: string;
  problems: CampaignProblem[];
  currentProblems: CampaignProblem[];
  state: string;
  fixedAt: Date | string | null;
  visitResult: string | null;
  visitNote: string | null;
  visitedAt: Date | string | null;
  policeSentAt: Date | string | null;
  policeSentId: string | null;
  policeResult: string | null;
  policeNewId: string | null;
  inSample: boolean;
  recheckResult: string | null;
  recheckNote: string | null;
  version: number;
};

const itemColumns = (live: SQL) => sql`
  i.province_id "provinceId", i.id, i.child_id "childId", i.unit_id "unitId", c.full_name "fullName", c.dob, c.dob_precision "dobPrecision",
  c.sex, (select string_agg(g.full_name, ', ' order by g.relation, g.full_name) from child_guardian g
    where g.province_id = c.province_id and g.child_id = c.id and g.valid_to is null) guardians,
  c.hamlet, c.address, c.personal_id "personalId", c.id_verification "idVerification", i.problems, ${live} "currentProblems", i.state,
  i.fixed_at "fixedAt", i.visit_result "visitResult", i.visit_note "visitNote", i.visited_at "visitedAt",
  i.police_sent_at "policeSentAt", i.police_sent_id "policeSentId", i.police_result "policeResult",
  i.police_new_id "policeNewId", i.in_sample "inSample", i.recheck_result "recheckResult",
  i.recheck_note "recheckNote", c.version`;

const itemOrder = sql`i.unit_id, nullif(btrim(c.hamlet), '') nulls last, c.name_sort, i.id`;
const itemJoin = sql`child_campaign_item i join child c on c.province_id = i.province_id and c.id = i.child_id`;

/**
 * The items matching `f`, in list order. A page is chosen first (live problems computed only when
 * the filter needs them) and its rows are then built, so page 1 of a district does not compute
 * the problems of every record. `lock` takes the rows (item and child) for a change.
 */
export async function listItems(
  exec: Exec,
  f: ItemFilter,
  page?: { page: number; pageSize: number },
  lock = false,
): Promise<{ rows: ItemRow[]; total: number }> {
  const live = liveProblems(f.asOf, f.provinceId);
  if (lock || !page) {
    const r = await exec.execute<ItemRow>(sql`
      select ${itemColumns(live)} from ${itemJoin} where ${itemWhere(f, live)} order by ${itemOrder}
      ${lock ? sql`for update of i, c` : sql``}`);
    return { rows: r.rows, total: r.rows.length };
  }
  const r = await exec.execute<ItemRow & { total: number }>(sql`
    with p as (
      select i.id, count(*) over ()::int total, row_number() over (order by ${itemOrder}) ord
      from ${itemJoin} where ${itemWhere(f, live)}
      order by ${itemOrder} limit ${page.pageSize} offset ${(page.page - 1) * page.pageSize}
    )
    select ${itemColumns(live)}, p.total from p join ${itemJoin} on i.province_id = ${f.provinceId}::uuid and i.id = p.id
    order by p.ord`);
  return { rows: r.rows, total: r.rows[0]?.total ?? 0 };
}

export type CountsRow = {
  unitId: string;
  total: number;
  open: number;
  fixed: number;
  visited: number;
  sentToPolice: number;
  verified: number;
  returned: number;
  sampled: number;
  sampleChecked: number;
  sampleErrors: number;
};

/** Progress per campaign unit, computed on `asOf`. */
export async function progressByUnit(exec: Exec, f: ItemFilter): Promise<CountsRow[]> {
  const live = liveProblems(f.asOf, f.provinceId);
  const r = await exec.execute<CountsRow>(sql`
    select i.unit_id "unitId", count(*)::int total,
      count(*) filter (where cardinality(x.p) > 0)::int open,
      count(*) filter (where cardinality(x.p) = 0)::int fixed,
      count(*) filter (where i.visited_at is not null)::int visited,
      count(*) filter (where i.police_sent_at is not null)::int "sentToPolice",
      count(*) filter (where i.police_result = 'cong_an_xac_thuc')::int verified,
      count(*) filter (where i.police_result = 'cong_an_tra_lai')::int returned,
      count(*) filter (where i.in_sample)::int sampled,
      count(*) filter (where i.in_sample and i.recheck_result is not null)::int "sampleChecked",
      count(*) filter (where i.in_sample and i.recheck_result = 'sai')::int "sampleErrors"
    from child_campaign_item i join child c on c.province_id = i.province_id and c.id = i.child_id
    cross join lateral (select ${live} p) x
    where ${itemWhere(f, live)} group by i.unit_id`);
  return r.rows;
}

export async function openProblemCounts(
  exec: Exec,
  f: ItemFilter,
): Promise<{ code: string; count: number }[]> {
  const live = liveProblems(f.asOf, f.provinceId);
  const r = await exec.execute<{ code: string; count: number }>(sql`
    select p.code, count(*)::int count
    from child_campaign_item i join child c on c.province_id = i.province_id and c.id = i.child_id
    cross join lateral unnest(${live}) p(code)
    where ${itemWhere(f, live)} group by p.code order by count(*) desc, p.code`);
  return r.rows;
}

export async function countsByHamlet(exec: Exec, f: ItemFilter) {
  const live = liveProblems(f.asOf, f.provinceId);
  const r = await exec.execute<{
    unitId: string;
    hamlet: string | null;
    total: number;
    open: number;
    visited: number;
  }>(sql`
    select i.unit_id "unitId", nullif(btrim(c.hamlet), '') hamlet, count(*)::int total,
      count(*) filter (where cardinality(${live}) > 0)::int open,
      count(*) filter (where i.visited_at is not null)::int visited
    from child_campaign_item i join child c on c.province_id = i.province_id and c.id = i.child_id
    where ${itemWhere(f, live)} group by 1, 2 order by 1, 2 nulls last`);
  return r.rows;
}

type ItemKey = { provinceId: string; id: string };
type Outcome = { result: string; note: string | null; userId: string | null };
const EARLY_STATES = ['chua_co', 'sai_dinh_dang', 'thieu_thong_tin'];

/** The household visit's result; a record still at its first state becomes 'da_ra_soat'. Returns the state. */
export async function setVisit(exec: Exec, k: ItemKey, v: Outcome): Promise<string> {
  const r = await exec.execute<{ state: string }>(sql`
    update child_campaign_item set visit_result = ${v.result}, visit_note = ${v.note}, visited_at = now(),
      visited_by = ${v.userId}::uuid, updated_at = now(), updated_by = ${v.userId}::uuid,
      state = case when state = any(${sql.param(EARLY_STATES)}::text[]) then 'da_ra_soat' else state end
    where province_id = ${k.provinceId}::uuid and id = ${k.id}::uuid returning state`);
  return r.rows[0]!.state;
}

export async function setRecheck(exec: Exec, k: ItemKey, v: Outcome): Promise<void> {
  await exec.execute(sql`
    update child_campaign_item set recheck_result = ${v.result}, recheck_note = ${v.note}, rechecked_at = now(),
      rechecked_by = ${v.userId}::uuid, updated_at = now(), updated_by = ${v.userId}::uuid
    where province_id = ${k.provinceId}::uuid and id = ${k.id}::uuid`);
}

/** The police answer on the item (the child row is changed by setChildId). */
export async function setPoliceAnswer(
  exec: Exec,
  k: ItemKey,
  a: { result: string; newId: string | null; userId: string | null },
): Promise<void> {
  await exec.execute(sql`
    update child_campaign_item set police_result = ${a.result}, police_new_id = ${a.newId},
      police_answered_at = now(), state = ${a.result}, updated_at = now(), updated_by = ${a.userId}::uuid
    where province_id = ${k.provinceId}::uuid and id = ${k.id}::uuid`);
}

/** Hand-over list sent: the ID held at that moment is kept beside the police answer. */
export async function markSentToPolice(
  exec: Exec,
  a: { provinceId: string; itemIds: string[]; userId: string | null },
): Promise<void> {
  await exec.execute(sql`
    update child_campaign_item i set police_sent_at = now(), police_sent_id = c.personal_id,
      state = 'da_gui_cong_an', updated_at = now(), updated_by = ${a.userId}::uuid
    from child c where c.province_id = i.province_id and c.id = i.child_id
      and i.province_id = ${a.provinceId}::uuid and i.id = any(${sql.param(a.itemIds)}::uuid[])`);
}

/** Active children other than `exceptIds` holding one of `ids`, anywhere in the register. */
export async function idsTaken(exec: Exec, ids: string[], exceptIds: string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const r = await exec.execute<{ pid: string }>(sql`
    select personal_id pid from child where status = 'active' and personal_id = any(${sql.param(ids)}::text[])
      and id <> all(${sql.param(exceptIds)}::uuid[])`);
  return new Set(r.rows.map((x) => x.pid));
}

export async function setChildId(
  exec: Exec,
  a: {
    provinceId: string;
    childId: string;
    personalId: string | null;
    verification: string;
    userId: string | null;
  },
): Promise<void> {
  await exec.execute(sql`
    update child set personal_id = coalesce(${a.personalId}, personal_id),
      personal_id_kind = case when ${a.personalId}::text is null then personal_id_kind else 'cccd12' end,
      id_verification = ${a.verification}, version = version + 1, updated_at = now(), updated_by = ${a.userId}::uuid
    where province_id = ${a.provinceId}::uuid and id = ${a.childId}::uuid`);
}

/** Draws the phúc tra sample per unit: the first n items by md5(seed‖id), so the seed reproduces it. */
export async function drawSample(
  exec: Exec,
  a: { provinceId: string; campaignId: string; seed: string; rate: number; min: number },
): Promise<{ unitId: string; items: number; drawn: number }[]> {
  const r = await exec.execute<{ unitId: string; items: number; drawn: number }>(sql`
    with ranked as (
      select id, unit_id, row_number() over (partition by unit_id order by md5(${a.seed} || id::text)) rn,
        count(*) over (partition by unit_id) n
      from child_campaign_item where province_id = ${a.provinceId}::uuid and campaign_id = ${a.campaignId}::uuid
    ), picked as (
      update child_campaign_item i set in_sample = true, updated_at = now() from ranked r
      where i.province_id = ${a.provinceId}::uuid and i.id = r.id
        and r.rn <= least(r.n, greatest(${a.min}::int, ceil(r.n * ${a.rate}::real)::int))
      returning i.unit_id
    )
    select r.unit_id "unitId", max(r.n)::int items, (select count(*)::int from picked p where p.unit_id = r.unit_id) drawn
    from ranked r group by r.unit_id`);
  return r.rows;
}
