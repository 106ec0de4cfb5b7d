import { cellKey } from '@vte/contracts';
import { cellsOf, type IndicatorDef } from './validate';

/** One stored value: who reported it (agency or unit) and where its period falls in time. */
export interface ValuePoint {
  indicatorId: string;
  disagg: string;
  contributor: string;
  /** Chronological rank of the period: larger is later. */
  order: number;
  value: number | null;
}

/**
 * DHIS2-style: each contributor's periods are combined first (a flow adds up, a stock keeps its
 * latest known value), then contributors are added. Null when nobody reported a number.
 */
export function combine(
  aggregation: 'sum' | 'last',
  points: Pick<ValuePoint, 'contributor' | 'order' | 'value'>[],
): number | null {
  const perContributor = new Map<string, { value: number; order: number }>();
  for (const p of points) {
    if (p.value === null) continue;
    const prev = perContributor.get(p.contributor);
    if (!prev) perContributor.set(p.contributor, { value: p.value, order: p.order });
    else if (aggregation === 'sum')
      perContributor.set(p.contributor, {
        value: prev.value + p.value,
        order: Math.max(prev.order, p.order),
      });
    else if (p.order > prev.order) perContributor.set(p.contributor, { value: p.value, order: p.order });
  }
  if (!perContributor.size) return null;
  let total = 0;
  for (const v of perContributor.values()) total += v.value;
  return total;
}

/** numerator ÷ denominator × factor, one decimal; null without a usable denominator or numerator. */
export function ratioOf(
  numerator: number | null,
  denominator: number | null,
  factor: number | null | undefined,
): number | null {
  if (numerator === null || denominator === null || denominator === 0) return null;
  return Math.round(((numerator * (factor ?? 1)) / denominator) * 10) / 10;
}

export type Aggregated = Map<string, Map<string, number | null>>;

/** Every cell of every indicator, entered ones combined, ratios computed from the combined cells. */
export function aggregateValues(defs: IndicatorDef[], points: ValuePoint[]): Aggregated {
  const grouped = new Map<string, ValuePoint[]>();
  for (const p of points) {
    const k = cellKey(p.indicatorId, p.disagg);
    const list = grouped.get(k);
    if (list) list.push(p);
    else grouped.set(k, [p]);
  }
  const out: Aggregated = new Map();
  for (const d of defs) {
    if (d.aggregation === 'ratio') continue;
    const agg = d.aggregation;
    out.set(
      d.id,
      new Map(cellsOf(d).map((c) => [c.disagg, combine(agg, grouped.get(cellKey(d.id, c.disagg)) ?? [])])),
    );
  }
  const byCode = new Map(defs.map((d) => [d.code, d]));
  for (const d of defs) {
    if (d.aggregation !== 'ratio') continue;
    const num = d.numeratorCode ? out.get(byCode.get(d.numeratorCode)?.id ?? '') : undefined;
    const den = d.denominatorCode ? out.get(byCode.get(d.denominatorCode)?.id ?? '') : undefined;
    out.set(
      d.id,
      new Map(
        cellsOf(d).map((c) => [
          c.disagg,
          ratioOf(num?.get(c.disagg) ?? null, den?.get(c.disagg) ?? null, d.factor),
        ]),
      ),
    );
  }
  return out;
}
