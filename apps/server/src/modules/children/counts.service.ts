import {
  cellsFromCube,
  countAgeBands,
  registerIndicatorCodes,
  registerSourceLabel,
  type ChildrenCountsDto,
  type CountsCubeCell,
} from '@vte/contracts';
import { inScope, type AuthedContext } from '../../platform/auth/context';
import type { Exec } from '../../platform/db/pool';
import { AppError } from '../../platform/http/app-error';
import { countingUnits, getUnit, unitFullName, unitsByIds } from '../org';
import { countResidents, countSettings, countSpecial, groupLabels, type CountScope } from './counts.repo';

// DP.0101 / DP.0301 / DP.0304 computed live from the register for a unit and a day.

const NOTE =
  'Số liệu tổng hợp từ Sổ theo dõi trẻ em, không chứa tên hay thông tin cá nhân. Ô có số nhỏ vẫn có thể giúp nhận ra một trẻ: chỉ chia sẻ khi cần.';

/** The catalogue's seed dimensions (indicators.seed-data.ts), for the DTO's indicator cells. */
const SEED_DIMENSIONS = [
  { key: 'sex', options: [{ key: 'nam' }, { key: 'nu' }] },
  { key: 'age', options: [{ key: '0-5' }, { key: '6-10' }, { key: '11-15' }] },
];

type Sex = 'M' | 'F' | null;

/** Rows of one bucket (a unit directly under the one asked) of the cube. */
interface CountRow {
  bucketId: string;
  sex: string | null;
  band: number | null;
  children: number;
  special: number;
}
interface GroupRow {
  bucketId: string;
  sex: string | null;
  band: number;
  groupCode: string;
  children: number;
}
const asSex = (s: string | null): Sex => (s === 'M' || s === 'F' ? s : null);

/** One cube (sex × band, groups per cell) from the rows of one bucket or of all. */
function toCube(rows: CountRow[], groups: GroupRow[]): CountsCubeCell[] {
  const cells = new Map<string, CountsCubeCell>();
  const cell = (sex: Sex, band: number) => {
    const k = `${sex}|${band}`;
    let c = cells.get(k);
    if (!c) {
      c = { sex, band: countAgeBands[band]!.key, children: 0, special: 0, groups: {} };
      cells.set(k, c);
    }
    return c;
  };
  for (const r of rows) {
    if (r.band === null) continue;
    const c = cell(asSex(r.sex), r.band);
    c.children += r.children;
    c.special += r.special;
  }
  for (const g of groups) {
    const c = cell(asSex(g.sex), g.band);
    c.groups[g.groupCode] = (c.groups[g.groupCode] ?? 0) + g.children;
  }
  const sexOrder = (s: Sex) => (s === 'M' ? 0 : s === 'F' ? 1 : 2);
  return [...cells.values()].sort(
    (a, b) => sexOrder(a.sex) - sexOrder(b.sex) || a.band.localeCompare(b.band, 'en', { numeric: true }),
  );
}

const total = (cube: CountsCubeCell[], m: 'children' | 'special') => cube.reduce((a, c) => a + c[m], 0);
const rate = (special: number, children: number) =>
  children ? Math.round((special / children) * 10000) / 100 : null;

async function bucketsOf(exec: Exec, rows: CountRow[], groups: GroupRow[]) {
  const ids = [...new Set(rows.map((r) => r.bucketId))];
  const names = new Map((await unitsByIds(exec, ids)).map((u) => [u.id, unitFullName(u)]));
  return ids
    .map((id) => {
      const cube = toCube(
        rows.filter((r) => r.bucketId === id),
        groups.filter((g) => g.bucketId === id),
      );
      const children = total(cube, 'children');
      return { unitId: id, unitName: names.get(id) ?? '', children, special: total(cube, 'special'), cube };
    })
    .sort((a, b) => a.unitName.localeCompare(b.unitName, 'vi'));
}

/** Totals and special children in one snapshot, by bucket. */
async function readCounts(exec: Exec, scope: CountScope, bucketOf: Map<string, string>) {
  const { residents, special } = await exec.transaction(
    async (tx) => {
      await countSettings(tx);
      return { residents: await countResidents(tx, scope), special: await countSpecial(tx, scope) };
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
  const bucket = (unitId: string) => bucketOf.get(unitId) ?? unitId;
  const rows: CountRow[] = residents.map((r) => ({ ...r, bucketId: bucket(r.unitId), special: 0 }));
  const groups: GroupRow[] = [];
  for (const x of special) {
    const at = { bucketId: bucket(x.unitId), sex: x.sex, band: x.band };
    rows.push({ ...at, children: 0, special: x.children });
    for (const groupCode of x.groups) groups.push({ ...at, groupCode, children: x.children });
  }
  return { rows, groups };
}

/** The register's counts for a unit on a day, without any access check (callers check). */
export async function registerCounts(
  exec: Exec,
  unitId: string,
  day: string,
  opts: { byUnit?: boolean } = {},
): Promise<ChildrenCountsDto> {
  const unit = await getUnit(exec, unitId);
  if (!unit) throw new AppError('CHILDREN_COUNTS_UNIT_NOT_FOUND');
  const units = await countingUnits(exec, unitId, day);
  const scope = {
    provinceIds: [...new Set(units.map((u) => u.provinceId))],
    unitIds: units.map((u) => u.unitId),
    day,
  };
  const { rows, groups } = await readCounts(exec, scope, new Map(units.map((u) => [u.unitId, u.bucketId])));
  const cube = toCube(rows, groups);
  const children = total(cube, 'children');
  const special = total(cube, 'special');
  const labels = await groupLabels(exec);
  const byGroup = new Map<string, number>();
  for (const g of groups) byGroup.set(g.groupCode, (byGroup.get(g.groupCode) ?? 0) + g.children);
  return {
    unitId,
    unitName: unitFullName(unit),
    date: day,
    source: registerSourceLabel(day),
    children,
    special,
    specialRate: rate(special, children),
    undated: rows.filter((r) => r.band === null).reduce((a, r) => a + r.children, 0),
    bySex: (['M', 'F', null] as const).map((sex) => {
      const part = cube.filter((c) => c.sex === sex);
      return { sex, children: total(part, 'children'), special: total(part, 'special') };
    }),
    byAge: countAgeBands.map((b) => {
      const part = cube.filter((c) => c.band === b.key);
      return {
        band: b.key,
        label: b.label,
        children: total(part, 'children'),
        special: total(part, 'special'),
      };
    }),
    byGroup: [...byGroup.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([groupCode, n]) => ({ groupCode, label: labels.get(groupCode) ?? groupCode, children: n })),
    cube,
    units: opts.byUnit ? await bucketsOf(exec, rows, groups) : null,
    indicators: [
      { code: registerIndicatorCodes.children, cells: cellsFromCube(cube, 'children', SEED_DIMENSIONS) },
      { code: registerIndicatorCodes.special, cells: cellsFromCube(cube, 'special', SEED_DIMENSIONS) },
      { code: registerIndicatorCodes.rate, cells: { '': rate(special, children) } },
    ],
    note: NOTE,
  };
}

/** GET/POST /api/children/counts: a unit in the user's scope (404 otherwise, as for a forged id). */
export async function childrenCounts(
  exec: Exec,
  ctx: AuthedContext,
  input: { unitId: string; date: string; byUnit: boolean },
): Promise<ChildrenCountsDto> {
  if (!inScope(ctx.user, input.unitId)) throw new AppError('CHILDREN_COUNTS_UNIT_NOT_FOUND');
  return registerCounts(exec, input.unitId, input.date, { byUnit: input.byUnit });
}
