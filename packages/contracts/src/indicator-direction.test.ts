import { describe, expect, it } from 'vitest';
import { indicatorTrend, targetAttainment, targetAttainmentText } from './indicator-direction';

describe('indicator direction', () => {
  it('calls a rising underweight rate worse and a falling one better', () => {
    expect(indicatorTrend('lower', 10.6, 5.6)).toEqual({ move: 'up', verdict: 'worse' });
    expect(indicatorTrend('lower', 5.6, 10.6)).toEqual({ move: 'down', verdict: 'better' });
    expect(indicatorTrend('higher', 90, 80)).toEqual({ move: 'up', verdict: 'better' });
    expect(indicatorTrend('neutral', 90, 80)).toEqual({ move: 'up', verdict: 'neutral' });
    expect(indicatorTrend('lower', 3, 3)).toEqual({ move: 'same', verdict: 'neutral' });
    expect(indicatorTrend('lower', null, 3)).toBeNull();
  });

  it('reads a lower-is-better target as a ceiling: stunting 10 % under 17 % is met, 10.6 % over 9 % is not', () => {
    expect(targetAttainment('lower', 10, 17)).toEqual({ kind: 'ceiling', met: true });
    expect(targetAttainment('lower', 10.6, 9)).toEqual({ kind: 'over', percentOver: 18, met: false });
    expect(targetAttainmentText(targetAttainment('lower', 10.6, 9))).toBe('vượt ngưỡng 18 %');
    expect(targetAttainment('higher', 45, 90)).toEqual({ kind: 'reached', percent: 50, met: false });
    expect(targetAttainment('neutral', 45, 90)).toBeNull();
  });
});
