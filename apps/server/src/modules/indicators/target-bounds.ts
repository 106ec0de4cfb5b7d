import type { Issue } from './validate';

interface Bounded {
  code: string;
  unit: string;
  aggregation: string;
  factor: number | null;
  max: number | null;
}

/**
 * The largest target an indicator can have: a percentage 100, a computed rate its scale (× factor,
 * 100 unless set), any indicator its own declared maximum. A contract cannot know the unit.
 */
export function targetCeiling(r: Bounded): number | null {
  const ceilings = [
    r.unit.trim() === '%' ? 100 : null,
    r.aggregation === 'ratio' ? (r.factor ?? 100) : null,
    r.max,
  ].filter((c): c is number => c !== null);
  return ceilings.length ? Math.min(...ceilings) : null;
}

export function targetIssues(
  rows: ReadonlyMap<string, Bounded>,
  targets: readonly { indicatorId: string; value: number }[],
): Issue[] {
  return targets.flatMap((t, i) => {
    const r = rows.get(t.indicatorId);
    const ceiling = r ? targetCeiling(r) : null;
    return r && ceiling !== null && t.value > ceiling
      ? [
          {
            path: `body.targets.${i}.value`,
            message: `Mục tiêu của chỉ tiêu ${r.code} không được vượt quá ${ceiling}${r.unit.trim() === '%' ? '%' : ''}.`,
          },
        ]
      : [];
  });
}
