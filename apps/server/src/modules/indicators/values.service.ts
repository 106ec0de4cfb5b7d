import {
  cellKey,
  type AggregatedIndicatorDto,
  type IndicatorDirection,
  type IndicatorEntryDto,
  type IndicatorValueInput,
} from '@vte/contracts';
import { inScope, type AuthedContext } from '../../platform/auth/context';
import type { Exec, Tx } from '../../platform/db/pool';
import { AppError } from '../../platform/http/app-error';
import { recordAudit } from '../audit';
import { agenciesByIds, dataScope, getUnit } from '../org';
import { aggregateValues, type ValuePoint } from './aggregate';
import * as repo from './indicators.repo';
import { toDef, toIndicatorDto } from './indicators.service';
import { cellsOf, validateValues, type CellInput } from './validate';
import { overrideReasons, provenance, registerFigures } from './register-figures';

// Values as agencies report them in a period (called by `reports`), and their roll-up.

/** The register's figures for the assigned indicators it computes, on the period's cut-off day. */
async function figuresOf(exec: Exec, defs: repo.IndicatorRow[], unitId: string, periodId: string) {
  const day = (await repo.periodsByIds(exec, [periodId]))[0]?.cutoffTo;
  return day ? registerFigures(exec, defs.map(toDef), unitId, day) : new Map();
}

/** The cells of an agency's indicators; `prefill` (an open report) starts cells never saved from the register. */
export async function indicatorEntries(
  exec: Exec,
  p: { unitId: string; agencyId: string; periodId: string },
  opts: { prefill?: boolean } = {},
): Promise<IndicatorEntryDto[]> {
  const assigned = await repo.assignedIndicators(exec, p.unitId, p.agencyId);
  if (!assigned.length) return [];
  const unit = await getUnit(exec, p.unitId);
  if (!unit) return [];
  const stored = new Map(
    (
      await repo.valuesOfAgency(exec, {
        provinceId: unit.provinceId,
        periodId: p.periodId,
        agencyId: p.agencyId,
      })
    ).map((v) => [cellKey(v.indicatorId, v.disagg), v]),
  );
  const figures = await figuresOf(exec, assigned, p.unitId, p.periodId);
  return assigned.map((r) => {
    const register = figures.get(r.id) ?? null;
    const cells = cellsOf(toDef(r)).map((c) => {
      const v = stored.get(cellKey(r.id, c.disagg));
      const offered = opts.prefill && register ? (register.cells[c.disagg] ?? null) : null;
      return { disagg: c.disagg, label: c.label, value: v ? v.value : offered, comment: v?.comment ?? null };
    });
    const reason = cellsOf(toDef(r)).map((c) => stored.get(cellKey(r.id, c.disagg))?.overrideReason);
    return {
      indicator: toIndicatorDto(r),
      cells,
      register,
      overrideReason: reason.find((x) => x) ?? null,
    };
  });
}

type Described = {
  indicatorId: string;
  disagg: string;
  value: number | null;
  comment?: string | null | undefined;
  registerValue?: number | null;
  overrideReason?: string | null;
};

/** A cell as the audit row shows it; with the register's figure and the override reason where it has one. */
const describeCell = (code: string, v: Described) => ({
  code,
  disagg: v.disagg,
  value: v.value,
  comment: v.comment || null,
  ...(v.registerValue != null
    ? { registerValue: v.registerValue, overrideReason: v.overrideReason ?? null }
    : {}),
});

export async function saveIndicatorValues(
  tx: Tx,
  ctx: AuthedContext,
  p: { provinceId: string; unitId: string; agencyId: string; periodId: string },
  values: IndicatorValueInput[],
  opts: { complete: boolean },
): Promise<void> {
  if (!inScope(ctx.user, p.unitId)) throw new AppError('INDICATOR_NOT_ASSIGNED');
  const assigned = await repo.assignedIndicators(tx, p.unitId, p.agencyId);
  const byId = new Map(assigned.map((r) => [r.id, r]));
  const foreign = [...new Set(values.map((v) => v.indicatorId).filter((id) => !byId.has(id)))];
  if (foreign.length) {
    const ratio = (await repo.indicatorsByIds(tx, foreign)).find((r) => r.aggregation === 'ratio');
    if (ratio) throw new AppError('INDICATOR_RATIO_NOT_ENTERED', { code: ratio.code });
    throw new AppError('INDICATOR_NOT_ASSIGNED', { indicatorIds: foreign });
  }
  const stored = (await repo.valuesOfAgency(tx, p)).filter((v) => byId.has(v.indicatorId));
  const sentKeys = new Set(values.map((v) => cellKey(v.indicatorId, v.disagg)));
  const cells: CellInput[] = [
    ...stored.filter((v) => !sentKeys.has(cellKey(v.indicatorId, v.disagg))),
    ...values,
  ];
  const figures = await figuresOf(tx, assigned, p.unitId, p.periodId);
  const why = overrideReasons(assigned.map(toDef), figures, values, stored);
  const issues = [...validateValues(assigned.map(toDef), cells, { complete: opts.complete }), ...why.issues];
  if (issues.length) throw new AppError('INDICATOR_VALUE_INVALID', { issues });
  const origin = (v: IndicatorValueInput) => provenance(figures, v, why.reasons);

  const old = new Map(stored.map((v) => [cellKey(v.indicatorId, v.disagg), v]));
  const changed = values.filter((v) => {
    const o = old.get(cellKey(v.indicatorId, v.disagg));
    return (
      !o ||
      o.value !== v.value ||
      (o.comment ?? null) !== (v.comment || null) ||
      (o.overrideReason ?? null) !== origin(v).overrideReason
    );
  });
  if (!changed.length) return;
  await repo.upsertValues(
    tx,
    changed.map((v) => ({
      ...p,
      indicatorId: v.indicatorId,
      disagg: v.disagg,
      value: v.value,
      comment: v.comment || null,
      ...origin(v),
      updatedBy: ctx.user.id || null,
    })),
  );
  const describe = (v: Described) => describeCell(byId.get(v.indicatorId)!.code, v);
  await recordAudit(tx, ctx, {
    action: 'update',
    entity: 'indicator_value',
    entityId: p.periodId,
    provinceId: p.provinceId,
    unitId: p.unitId,
    before: {
      agencyId: p.agencyId,
      cells: changed.flatMap((v) => {
        const o = old.get(cellKey(v.indicatorId, v.disagg));
        return o ? [describe(o)] : [];
      }),
    },
    after: { agencyId: p.agencyId, cells: changed.map((v) => describe({ ...v, ...origin(v) })) },
  });
}

type PeriodSel = { periodId: string; agencyIds: string[] | null }[];

/** Agencies expected to report, by indicator: the listed ones' assignments, or every assignment in the period's unit scope. */
async function expectedAgencies(
  exec: Exec,
  current: PeriodSel,
  periods: { id: string; unitId: string }[],
): Promise<Map<string, Set<string>>> {
  const expected = new Map<string, Set<string>>();
  for (const s of current) {
    const period = periods.find((x) => x.id === s.periodId);
    if (!period) continue;
    const scope = await dataScope(exec, period.unitId);
    const list = await repo.assignmentsReaching(exec, {
      agencyIds: s.agencyIds,
      unitIds: scope ? [...scope] : null,
    });
    for (const a of list)
      expected.set(a.indicatorId, (expected.get(a.indicatorId) ?? new Set()).add(a.agencyId));
  }
  return expected;
}

/** Names for the missing-agency lists: the caller's (with their unit) first, else the register's. */
async function agencyNamer(
  exec: Exec,
  expected: Map<string, Set<string>>,
  known: Map<string, string>,
): Promise<(id: string) => string> {
  const ids = [...new Set([...expected.values()].flatMap((s) => [...s]))].filter((id) => !known.has(id));
  const names = new Map((await agenciesByIds(exec, ids)).map((a) => [a.id, a.name]));
  return (id) => known.get(id) ?? names.get(id) ?? id;
}

export async function aggregateIndicators(
  exec: Exec,
  p: {
    current: PeriodSel;
    previous: PeriodSel;
    targets: { unitId: string; year: number } | null;
    names: Map<string, string>;
  },
): Promise<AggregatedIndicatorDto[]> {
  const periodIds = [...new Set([...p.current, ...p.previous].map((s) => s.periodId))];
  const periods = (await repo.periodsByIds(exec, periodIds)).sort((a, b) =>
    (a.cutoffTo + a.dueDate + a.id).localeCompare(b.cutoffTo + b.dueDate + b.id),
  );
  const order = new Map(periods.map((x, i) => [x.id, i]));
  const rows = await repo.valuesOfPeriods(exec, periodIds);
  const counted = (sel: PeriodSel) => {
    const allowed = new Map(sel.map((s) => [s.periodId, s.agencyIds && new Set(s.agencyIds)]));
    return rows.filter(
      (r) =>
        allowed.has(r.periodId) &&
        (allowed.get(r.periodId) === null || allowed.get(r.periodId)!.has(r.agencyId)),
    );
  };
  const toPoints = (list: typeof rows): ValuePoint[] =>
    list.map((r) => ({ ...r, contributor: r.agencyId, order: order.get(r.periodId) ?? -1 }));
  const current = counted(p.current);
  const defs = await repo.activeIndicators(exec);
  const now = aggregateValues(defs.map(toDef), toPoints(current));
  const before = aggregateValues(defs.map(toDef), toPoints(counted(p.previous)));

  const expected = await expectedAgencies(exec, p.current, periods);
  const valued = new Set([...current, ...counted(p.previous)].map((r) => r.indicatorId));
  const byCode = new Map(defs.map((d) => [d.code, d]));
  const included = (d: repo.IndicatorRow): boolean =>
    d.aggregation === 'ratio'
      ? [d.numeratorCode, d.denominatorCode].some((c) => {
          const x = c ? byCode.get(c) : undefined;
          return !!x && x.aggregation !== 'ratio' && included(x);
        })
      : expected.has(d.id) || valued.has(d.id);

  const targets = p.targets
    ? new Map(
        (await repo.targetsOf(exec, p.targets.unitId, p.targets.year)).map((t) => [t.indicatorId, t.value]),
      )
    : new Map<string, number>();
  const nameOf = await agencyNamer(exec, expected, p.names);

  return defs
    .filter(included)
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
    .map((d) => {
      const cells = now.get(d.id)!;
      const missing = [...(expected.get(d.id) ?? [])].flatMap((agencyId) => {
        const totals = current
          .filter((r) => r.indicatorId === d.id && r.agencyId === agencyId && r.disagg === '')
          .sort((a, b) => (order.get(b.periodId) ?? 0) - (order.get(a.periodId) ?? 0));
        if (totals.some((r) => r.value !== null)) return [];
        return [{ name: nameOf(agencyId), comment: totals.find((r) => r.comment)?.comment ?? null }];
      });
      return {
        indicatorId: d.id,
        code: d.code,
        name: d.name,
        unit: d.unit,
        aggregation: toDef(d).aggregation,
        direction: d.direction as IndicatorDirection,
        cells: cellsOf(toDef(d)).map((c) => ({
          disagg: c.disagg,
          label: c.label,
          value: cells.get(c.disagg) ?? null,
        })),
        total: cells.get('') ?? null,
        previous: before.get(d.id)?.get('') ?? null,
        target: targets.get(d.id) ?? null,
        missing: missing.sort((a, b) => a.name.localeCompare(b.name, 'vi')),
      };
    });
}
