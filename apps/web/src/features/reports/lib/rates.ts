/** A share (0–1) as a whole percentage, never below 0 nor above 100 (bad data must not show 130 %). */
export function percent(rate: number | null | undefined): number {
  if (rate === null || rate === undefined || !Number.isFinite(rate)) return 0;
  return Math.min(100, Math.max(0, Math.round(rate * 100)));
}

/** `part ÷ whole` as a percentage; 0 when there is nothing to count. */
export const percentOf = (part: number, whole: number): number => (whole > 0 ? percent(part / whole) : 0);

export type Trend = 'up' | 'down' | 'same' | null;

/** The direction from the previous period to this one; null when either is unknown. */
export function trendOf(value: number | null, previous: number | null): Trend {
  if (value === null || previous === null) return null;
  if (value > previous) return 'up';
  if (value < previous) return 'down';
  return 'same';
}

/** Progress towards a target as a percentage (may exceed 100: a target can be passed). */
export const targetProgress = (value: number | null, target: number | null): number | null =>
  value === null || target === null || target <= 0 ? null : Math.round((value / target) * 100);

/** The latest year that has a period, or the fallback (this year) when there is none. */
export const latestYear = (periods: readonly { year: number }[], fallback: number): number =>
  periods.length ? Math.max(...periods.map((p) => p.year)) : fallback;
