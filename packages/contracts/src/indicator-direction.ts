// Which way an indicator is better (issue 9 item 7). One rule for the dashboard, reports and exports:
// a rising underweight rate is worse, and a stunting rate under its 17 % ceiling meets its target.

export const indicatorDirections = ['higher', 'lower', 'neutral'] as const;
export type IndicatorDirection = (typeof indicatorDirections)[number];
export const indicatorDirectionLabels: Record<IndicatorDirection, string> = {
  higher: 'Càng cao càng tốt',
  lower: 'Càng thấp càng tốt',
  neutral: 'Không đánh giá tăng/giảm',
};

/** The movement from the previous period, and whether it is good news given the direction. */
export interface IndicatorTrend {
  move: 'up' | 'down' | 'same';
  verdict: 'better' | 'worse' | 'neutral';
}

export function indicatorTrend(
  direction: IndicatorDirection,
  value: number | null,
  previous: number | null,
): IndicatorTrend | null {
  if (value === null || previous === null) return null;
  const move = value > previous ? 'up' : value < previous ? 'down' : 'same';
  if (move === 'same' || direction === 'neutral') return { move, verdict: 'neutral' };
  const better = (move === 'up') === (direction === 'higher');
  return { move, verdict: better ? 'better' : 'worse' };
}

/**
 * Against the year's target. Higher is better: the share of the target reached (85 %, may pass 100).
 * Lower is better: the target is a ceiling: met at or under it, else how far over it (18 % over).
 * Neutral: no judgement.
 */
export type TargetAttainment =
  | { kind: 'reached'; percent: number; met: boolean }
  | { kind: 'ceiling'; met: true }
  | { kind: 'over'; percentOver: number; met: false };

export function targetAttainment(
  direction: IndicatorDirection,
  value: number | null,
  target: number | null,
): TargetAttainment | null {
  if (value === null || target === null || direction === 'neutral') return null;
  if (direction === 'higher') {
    if (target <= 0) return null;
    const percent = Math.round((value / target) * 100);
    return { kind: 'reached', percent, met: value >= target };
  }
  if (value <= target) return { kind: 'ceiling', met: true };
  const percentOver = target > 0 ? Math.round(((value - target) / target) * 100) : 100;
  return { kind: 'over', percentOver, met: false };
}

/** Plain Vietnamese for files and tooltips: "đạt 85 % chỉ tiêu", "đạt (không vượt ngưỡng)", "vượt ngưỡng 18 %". */
export function targetAttainmentText(a: TargetAttainment | null): string {
  if (!a) return '';
  if (a.kind === 'reached') return `đạt ${a.percent} % chỉ tiêu`;
  if (a.kind === 'ceiling') return 'đạt (không vượt ngưỡng)';
  return `vượt ngưỡng ${a.percentOver} %`;
}
