import { isoDate, uuid, z } from './common';

// Live counts from the register of children (docs/children.md "Live counts"): DP.0101, DP.0301 and
// DP.0304 for any unit and any date, computed on each request from the residence and the special
// circumstances valid that day. Aggregates only: no names, no ids of children.

export const childrenCountsErrorCodes = ['CHILDREN_COUNTS_UNIT_NOT_FOUND'] as const;
export type ChildrenCountsErrorCode = (typeof childrenCountsErrorCodes)[number];

/** Age bands of the register (spec §2.4), whole years, lower bound included: "3-5" = from 3 to under 6. */
export const countAgeBands = [
  { key: '0-2', label: 'Dưới 3 tuổi', from: 0, to: 3 },
  { key: '3-5', label: 'Từ 3 đến dưới 6 tuổi', from: 3, to: 6 },
  { key: '6-10', label: 'Từ 6 đến dưới 11 tuổi', from: 6, to: 11 },
  { key: '11-15', label: 'Từ 11 đến dưới 16 tuổi', from: 11, to: 16 },
] as const;
export type CountAgeBand = (typeof countAgeBands)[number]['key'];

/** The indicators the register computes (codes of the catalogue; docs/indicators.md). */
export const registerIndicatorCodes = { children: 'DP.0101', special: 'DP.0301', rate: 'DP.0304' } as const;

const countDate = isoDate.check((ctx) => {
  const y = Number(ctx.value.slice(0, 4));
  if (y < 1990 || y > 2100)
    ctx.issues.push({ code: 'custom', input: ctx.value, message: 'Ngày tính phải trong các năm 1990–2100' });
});

export const childrenCountsInput = z.strictObject({
  unitId: uuid,
  /** The day counted (YYYY-MM-DD); a child turns 16 on his birthday and leaves the count that day. */
  date: countDate,
  /** Also the breakdown by the units directly under the one asked (unit × sex × age band × group). */
  byUnit: z.union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')]).default(false),
});
export type ChildrenCountsInput = z.input<typeof childrenCountsInput>;

const n = z.number().int().min(0);

/** One cell of the cube: children of one sex and age band (sex null = not recorded). */
export const countsCubeCell = z.object({
  sex: z.enum(['M', 'F']).nullable(),
  band: z.string(),
  children: n,
  special: n,
  /** Children per special-circumstance group (code list circumstance_group); a child may be in several. */
  groups: z.record(z.string(), n),
});
export type CountsCubeCell = z.infer<typeof countsCubeCell>;

export const countsIndicatorDto = z.object({
  code: z.string(),
  /** disagg key as in indicator-cells.ts ('' total, "sex=nu", "age=0-5") → value; ratios have only ''. */
  cells: z.record(z.string(), z.number().nullable()),
});

export const countsUnitDto = z.object({
  unitId: uuid,
  unitName: z.string(),
  children: n,
  special: n,
  cube: z.array(countsCubeCell),
});

export const childrenCountsDto = z.object({
  unitId: uuid,
  unitName: z.string(),
  date: isoDate,
  /** "Sổ theo dõi trẻ em, tính đến dd/mm/yyyy": shown beside every pre-filled figure. */
  source: z.string(),
  /** DP.0101: children under 16 on the date. */
  children: n,
  /** DP.0301: of them, in at least one special-circumstance group valid on the date. */
  special: n,
  /** DP.0304 = special ÷ children × 100, two decimals; null when there are no children. */
  specialRate: z.number().nullable(),
  /** Residents on the date without a date of birth: they cannot be counted as children or not. */
  undated: n,
  bySex: z.array(z.object({ sex: z.enum(['M', 'F']).nullable(), children: n, special: n })),
  byAge: z.array(z.object({ band: z.string(), label: z.string(), children: n, special: n })),
  byGroup: z.array(z.object({ groupCode: z.string(), label: z.string(), children: n })),
  cube: z.array(countsCubeCell),
  /** With byUnit: the units directly under the one asked (the unit itself for children recorded at it). */
  units: z.array(countsUnitDto).nullable(),
  indicators: z.array(countsIndicatorDto),
  note: z.string(),
});
export type ChildrenCountsDto = z.infer<typeof childrenCountsDto>;

/** dd/mm/yyyy of a YYYY-MM-DD date. */
const viDate = (d: string): string => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;

export const registerSourceLabel = (date: string): string => `Sổ theo dõi trẻ em, tính đến ${viDate(date)}`;

const sexOfOption: Record<string, 'M' | 'F'> = { nam: 'M', nu: 'F' };

/**
 * An indicator's cells (indicator-cells.ts keys) from the register's cube, for the catalogue's
 * dimensions: sex options "nam"/"nu"; age options "a-b" (whole years a to b) when they are a union of
 * the register's bands. Any other cell is null (the register cannot say).
 */
export function cellsFromCube(
  cube: readonly Pick<CountsCubeCell, 'sex' | 'band' | 'children' | 'special'>[],
  measure: 'children' | 'special',
  dimensions: readonly { key: string; options: readonly { key: string }[] }[],
): Record<string, number | null> {
  const sum = (keep: (c: (typeof cube)[number]) => boolean) =>
    cube.filter(keep).reduce((a, c) => a + c[measure], 0);
  const out: Record<string, number | null> = { '': sum(() => true) };
  for (const d of dimensions)
    for (const o of d.options) {
      const key = `${d.key}=${o.key}`;
      if (d.key === 'sex') {
        const sex = sexOfOption[o.key];
        out[key] = sex ? sum((c) => c.sex === sex) : null;
      } else if (d.key === 'age') {
        const m = /^(\d+)-(\d+)$/.exec(o.key);
        const inside = m
          ? countAgeBands.filter((b) => b.from >= Number(m[1]) && b.to <= Number(m[2]) + 1)
          : [];
        const covered = inside.reduce((a, b) => a + (b.to - b.from), 0);
        const exact = m && covered === Number(m[2]) + 1 - Number(m[1]);
        const keys = new Set<string>(inside.map((b) => b.key));
        out[key] = exact ? sum((c) => keys.has(c.band)) : null;
      } else out[key] = null;
    }
  return out;
}
