import {
  foldVi,
  maskChildName,
  todayInVietnam,
  type ChildFilters,
  type ChildListItemDto,
  type ChildMaskedItemDto,
  type ChildSearchResultDto,
  type Sex,
  type z,
  type childSearchInput,
} from '@vte/contracts';
import type { AuthedContext } from '../../platform/auth/context';
import type { Db } from '../../platform/db/pool';
import { AppError } from '../../platform/http/app-error';
import { dataScope, getUnit } from '../org';
import { countMatches, cursorKey, listPage, type ListFilters, type ListRow } from './list.repo';

/** The first page counts its rows up to this many ("hơn 1.000 trẻ" beyond): a district of 100,000 children is not read to count it. */
export const TOTAL_CAP = 1_000;

/** Filters a list-only role (masked names) may use; the rest reveal what the mask hides. */
const MASKED_ALLOWED = new Set<keyof ChildFilters>(['unitId', 'ageBand', 'sex', 'asOf']);

export const canReadRecords = (ctx: AuthedContext) => ctx.user.permissions.has('children.read');

/** A personal ID typed with spaces or dots ("051 215 000 123") is a search by ID; anything else by name. */
function queryKind(q: string): ListFilters['q'] {
  const digits = q.replace(/[\s.]/g, '');
  if (/^\d+$/.test(digits)) return { kind: 'id', value: digits };
  return { kind: 'name', folded: foldVi(q) };
}

/** The units to read: the user's locality, narrowed to the chosen unit's subtree (with predecessors). */
async function unitsFor(db: Db, ctx: AuthedContext, unitId: string | undefined): Promise<string[] | null> {
  const scope = ctx.user.unitIds;
  if (!unitId) return scope === null ? null : [...scope];
  if (scope !== null ? !scope.has(unitId) : !(await getUnit(db, unitId)))
    throw new AppError('CHILD_LIST_UNIT_NOT_FOUND');
  const subtree = (await dataScope(db, unitId)) ?? new Set([unitId]);
  return [...subtree].filter((u) => scope === null || scope.has(u));
}

/** Scope, filters allowed to the role, and the query's kind: what the repo needs. */
export async function resolveFilters(db: Db, ctx: AuthedContext, f: ChildFilters): Promise<ListFilters> {
  if (!canReadRecords(ctx)) {
    const used = (Object.keys(f) as (keyof ChildFilters)[]).filter((k) => f[k] !== undefined);
    if (used.some((k) => !MASKED_ALLOWED.has(k))) throw new AppError('CHILD_LIST_FILTER_FORBIDDEN');
  }
  return {
    asOf: f.asOf ?? todayInVietnam(),
    units: await unitsFor(db, ctx, f.unitId),
    hamlet: f.hamlet,
    group: f.group,
    risk: f.risk,
    ageBand: f.ageBand,
    sex: f.sex,
    ethnicity: f.ethnicity,
    idVerification: f.idVerification,
    idProblem: f.idProblem,
    q: f.q ? queryKind(f.q) : undefined,
  };
}

const sexOf = (s: string | null): Sex | null => (s === 'M' || s === 'F' ? s : null);

export function fullItem(r: ListRow): ChildListItemDto {
  return {
    id: r.id,
    fullName: r.fullName,
    dob: r.dob,
    dobPrecision: r.dobPrecision,
    age: r.age,
    sex: sexOf(r.sex),
    ethnicityCode: r.ethnicityCode,
    personalId: r.personalId,
    idVerification: r.idVerification,
    idProblem: r.idProblem,
    unit: { id: r.unitId, name: r.unitName ?? '' },
    hamlet: r.hamlet,
    address: r.address,
    groups: (r.groups ?? []).sort(),
    risks: (r.risks ?? []).sort(),
    guardians: (r.guardians ?? []).map((g) => ({ relation: g.relation, fullName: g.fullName })),
  };
}

function maskedItem(r: ListRow): ChildMaskedItemDto {
  return {
    id: r.id,
    maskedName: maskChildName(r.fullName),
    birthYear: r.dob ? Number(r.dob.slice(0, 4)) : null,
    sex: sexOf(r.sex),
    unit: { id: r.unitId, name: r.unitName ?? '' },
  };
}

/** POST /api/children/search: one keyset page, full or masked by the role, counted on the first page. */
export async function searchChildren(
  db: Db,
  ctx: AuthedContext,
  input: z.output<typeof childSearchInput>,
): Promise<ChildSearchResultDto> {
  const { cursor, limit, ...filters } = input;
  const f = await resolveFilters(db, ctx, filters);
  const full = canReadRecords(ctx);
  let after: { nameSort: string; id: string } | undefined;
  if (cursor) {
    // Only a row the user may see; a cursor to one that is gone (or forged) ends the list.
    const key = await cursorKey(db, cursor.provinceId, cursor.id, f.units);
    if (key === undefined)
      return pageOf(full, [], { asOf: f.asOf, total: null, totalCapped: false, nextCursor: null });
    after = { nameSort: key, id: cursor.id };
  }
  const page = { filters: f, after, limit: limit + 1, detail: full };
  let rows: ListRow[];
  let total: number | null = null;
  if (f.q) {
    // A search's matches are few: a name's page carries their count; an ID's is counted only when
    // they fill more than a page.
    rows = await listPage(db, page);
    if (!cursor)
      total =
        f.q.kind === 'name'
          ? (rows[0]?.matchCount ?? 0)
          : rows.length > limit
            ? await countMatches(db, f, TOTAL_CAP)
            : rows.length;
  } else {
    [rows, total] = await Promise.all([
      listPage(db, page),
      cursor ? Promise.resolve(null) : countMatches(db, f, TOTAL_CAP),
    ]);
  }
  const more = rows.length > limit;
  const shown = rows.slice(0, limit);
  const last = shown[shown.length - 1];
  const meta = {
    asOf: f.asOf,
    total: total === null ? null : Math.min(total, TOTAL_CAP),
    totalCapped: total !== null && total > TOTAL_CAP,
    nextCursor: more && last ? `${last.provinceId}:${last.id}` : null,
  };
  return pageOf(full, shown, meta);
}

type PageMeta = Omit<ChildSearchResultDto, 'masked' | 'items'>;

function pageOf(full: boolean, rows: ListRow[], meta: PageMeta): ChildSearchResultDto {
  return full
    ? { masked: false, items: rows.map(fullItem), ...meta }
    : { masked: true, items: rows.map(maskedItem), ...meta };
}
