import { describe, expect, it } from 'vitest';
import { latestYear, percent, percentOf, targetProgress, trendOf } from './rates';

describe('percent', () => {
  it.each([
    [0, 0],
    [0.5, 50],
    [1, 100],
    [1 / 3, 33],
    [2 / 3, 67],
    [0.125, 13],
    [0.994, 99],
    [0.995, 100],
    [0.004, 0],
    [0.005, 1],
  ])('%d → %i %%', (rate, expected) => {
    expect(percent(rate)).toBe(expected);
  });

  it('never goes above 100 nor below 0', () => {
    expect(percent(1.3)).toBe(100);
    expect(percent(42)).toBe(100);
    expect(percent(-0.2)).toBe(0);
  });

  it('shows 0 for unknown or non-finite rates', () => {
    expect(percent(null)).toBe(0);
    expect(percent(undefined)).toBe(0);
    expect(percent(Number.NaN)).toBe(0);
    expect(percent(Number.POSITIVE_INFINITY)).toBe(0);
    expect(percent(Number.NEGATIVE_INFINITY)).toBe(0);
  });
});

describe('percentOf', () => {
  it('divides and rounds', () => {
    expect(percentOf(3, 4)).toBe(75);
    expect(percentOf(1, 3)).toBe(33);
    expect(percentOf(17, 18)).toBe(94);
    expect(percentOf(0, 12)).toBe(0);
  });

  it('is 0 when there is nothing to count', () => {
    expect(percentOf(5, 0)).toBe(0);
    expect(percentOf(0, 0)).toBe(0);
    expect(percentOf(5, -2)).toBe(0);
  });

  it('caps at 100 when the part is larger than the whole (bad data)', () => {
    expect(percentOf(13, 10)).toBe(100);
  });
});

describe('trendOf', () => {
  it('compares with the previous period', () => {
    expect(trendOf(12, 10)).toBe('up');
    expect(trendOf(9, 10)).toBe('down');
    expect(trendOf(10, 10)).toBe('same');
    expect(trendOf(0, 0)).toBe('same');
    expect(trendOf(0, 1)).toBe('down');
  });

  it('is unknown when either value is unknown (0 is a value, not unknown)', () => {
    expect(trendOf(null, 10)).toBeNull();
    expect(trendOf(10, null)).toBeNull();
    expect(trendOf(null, null)).toBeNull();
    expect(trendOf(0, null)).toBeNull();
  });
});

describe('targetProgress', () => {
  it('is the value as a rounded share of the target, and may pass 100', () => {
    expect(targetProgress(50, 200)).toBe(25);
    expect(targetProgress(1, 3)).toBe(33);
    expect(targetProgress(2, 3)).toBe(67);
    expect(targetProgress(0, 10)).toBe(0);
    expect(targetProgress(300, 200)).toBe(150);
  });

  it('is null without a value or without a positive target', () => {
    expect(targetProgress(null, 100)).toBeNull();
    expect(targetProgress(10, null)).toBeNull();
    expect(targetProgress(10, 0)).toBeNull();
    expect(targetProgress(10, -5)).toBeNull();
  });
});

describe('latestYear', () => {
  it('is the largest year whatever the order', () => {
    expect(latestYear([{ year: 2024 }, { year: 2026 }, { year: 2025 }], 2030)).toBe(2026);
    expect(latestYear([{ year: 2023 }], 2030)).toBe(2023);
  });

  it('falls back when there are no periods', () => {
    expect(latestYear([], 2025)).toBe(2025);
  });
});
