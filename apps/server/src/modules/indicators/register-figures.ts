import {
  cellsFromCube,
  indicatorCellPath,
  registerIndicatorCodes,
  type AggregatedIndicatorDto,
  type IndicatorDirection,
  type RegisterFiguresDto,
} from '@vte/contracts';
import type { Exec } from '../../platform/db/pool';
import { registerCounts } from '../children';
import { activeIndicators, type IndicatorRow } from './indicators.repo';
import { toDef } from './indicators.service';
import type { IndicatorDef, Issue } from './validate';
import { cellLabel, cellsOf } from './validate';

// The indicators the register of children computes live (docs/indicators.md "Live counts"): their
// figures are offered pre-filled, and an agency's different figure needs a reason (stored, audited).

const MEASURES: Record<string, 'children' | 'special' | 'rate'> = {
  [registerIndicatorCodes.children]: 'children',
  [registerIndicatorCodes.special]: 'special',
  [registerIndicatorCodes.rate]: 'rate',
};

type Def = Pick<IndicatorDef, 'id' | 'code' | 'dimensions'>;

/** The register's figures for those of `defs` it computes, for the unit on the day, by indicator id. */
export async function registerFigures(
  exec: Exec,
  defs: readonly Def[],
  unitId: string,
  day: string,
): Promise<Map<string, RegisterFiguresDto>> {
  const out = new Map<string, RegisterFiguresDto>();
  const wanted = defs.filter((d) => MEASURES[d.code]);
  if (!wanted.length) return out;
  const counts = await registerCounts(exec, unitId, day);
  // A unit that keeps no children in the register yet has no figures to offer (not zeros).
  if (counts.children === 0 && counts.undated === 0) return out;
  for (const d of wanted) {
    const m = MEASURES[d.code]!;
    out.set(d.id, {
      source: counts.source,
      date: day,
      cells: m === 'rate' ? { '': counts.specialRate } : cellsFromCube(counts.cube, m, d.dimensions),
    });
  }
  return out;
}

export interface SentCell {
  indicatorId: string;
  disagg: string;
  value: number | null;
  overrideReason?: string | null | undefined;
}

/** The register's figure of a cell, when the register gives one. */
export function figureOf(figures: Map<string, RegisterFiguresDto>, indicatorId: string, disagg: string) {
  const v = figures.get(indicatorId)?.cells[disagg];
  return v === undefined ? null : v;
}

/** A sent figure that differs from the register's. */
export const differs = (figures: Map<string, RegisterFiguresDto>, c: SentCell): boolean => {
  const f = figureOf(figures, c.indicatorId, c.disagg);
  return f !== null && c.value !== null && c.value !== f;
};

/**
 * The reason for each indicator whose sent figures differ from the register's: one sent on any of its
 * cells, else the one stored. Missing → an issue on each differing cell.
 */
export function overrideReasons(
  defs: readonly Def[],
  figures: Map<string, RegisterFiguresDto>,
  sent: readonly SentCell[],
  stored: readonly { indicatorId: string; overrideReason: string | null }[],
): { reasons: Map<string, string>; issues: Issue[] } {
  const reasons = new Map<string, string>();
  for (const s of stored) if (s.overrideReason) reasons.set(s.indicatorId, s.overrideReason);
  for (const c of sent) if (c.overrideReason?.trim()) reasons.set(c.indicatorId, c.overrideReason.trim());
  const byId = new Map(defs.map((d) => [d.id, d]));
  const issues: Issue[] = [];
  for (const c of sent) {
    const d = byId.get(c.indicatorId);
    if (!d || !differs(figures, c) || reasons.has(c.indicatorId)) continue;
    issues.push({
      path: indicatorCellPath(d.id, c.disagg),
      message: `${d.code} – ${cellLabel(d, c.disagg) ?? c.disagg}: khác số liệu Sổ theo dõi trẻ em (${figureOf(figures, d.id, c.disagg)}); hãy ghi lý do điều chỉnh.`,
    });
  }
  return { reasons, issues };
}

/** What to store beside a value: its source, the register's figure then, and the reason if it differs. */
export function provenance(
  figures: Map<string, RegisterFiguresDto>,
  c: SentCell,
  reasons: Map<string, string>,
) {
  const registerValue = figureOf(figures, c.indicatorId, c.disagg);
  if (registerValue === null) return { source: null, registerValue: null, overrideReason: null };
  const same = c.value === registerValue;
  return {
    source: same ? 'register' : null,
    registerValue,
    overrideReason: differs(figures, c) ? (reasons.get(c.indicatorId) ?? null) : null,
  };
}

/** A row for a register indicator no agency's accepted report carried: the register's figures alone. */
function registerOnlyRow(d: IndicatorRow): AggregatedIndicatorDto {
  const def = toDef(d);
  return {
    indicatorId: d.id,
    code: d.code,
    name: d.name,
    unit: d.unit,
    aggregation: def.aggregation,
    direction: d.direction as IndicatorDirection,
    cells: cellsOf(def).map((c) => ({ disagg: c.disagg, label: c.label, value: null })),
    total: null,
    previous: null,
    target: null,
    missing: [],
  };
}

/**
 * The consolidated figures of a unit beside the register's (DP.0101, DP.0301, DP.0304 on the cut-off
 * day): a cell no agency reported starts from the register's figure, listed in `register.filled`.
 */
export async function withRegisterFigures(
  exec: Exec,
  rows: AggregatedIndicatorDto[],
  unitId: string,
  day: string,
): Promise<AggregatedIndicatorDto[]> {
  const defs = (await activeIndicators(exec)).filter((d) => MEASURES[d.code]);
  const figures = await registerFigures(exec, defs.map(toDef), unitId, day);
  if (!figures.size) return rows;
  const present = new Set(rows.map((r) => r.indicatorId));
  const all = [...rows, ...defs.filter((d) => figures.has(d.id) && !present.has(d.id)).map(registerOnlyRow)];
  return all
    .map((r) => {
      const fig = figures.get(r.indicatorId);
      if (!fig) return r;
      const filled: string[] = [];
      const cells = r.cells.map((c) => {
        const f = fig.cells[c.disagg] ?? null;
        if (c.value !== null || f === null) return c;
        filled.push(c.disagg);
        return { ...c, value: f };
      });
      const total = cells.find((c) => c.disagg === '')?.value ?? r.total;
      return { ...r, cells, total, register: { ...fig, filled } };
    })
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}
