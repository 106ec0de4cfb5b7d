import { timeframeSchema, type Timeframe } from '@vte/contracts';
import { describe, expect, it } from 'vitest';
import { describeTimeframe, planDateText, planIssueLine, withWindow } from './plan-format';

/** Time frames pass the contract, so a fixture that drifts from it fails here. */
const tf = (value: Timeframe): Timeframe => timeframeSchema.parse(value);

describe('planIssueLine / planDateText', () => {
  it('gives the number and the full date', () => {
    expect(planIssueLine({ number: '65/KH-UBND', issuedDate: '2025-04-03', issuedMonth: null })).toBe(
      'Số 65/KH-UBND · 03/04/2025',
    );
  });

  it('gives the month when the document only names a month', () => {
    expect(planIssueLine({ number: '65/KH-UBND', issuedDate: null, issuedMonth: '2025-04' })).toBe(
      'Số 65/KH-UBND · tháng 4/2025',
    );
    expect(planDateText({ issuedDate: null, issuedMonth: '2025-12' })).toBe('tháng 12/2025');
  });

  it('prefers the full date over the month', () => {
    expect(planDateText({ issuedDate: '2025-04-30', issuedMonth: '2025-04' })).toBe('30/04/2025');
  });

  it('leaves out what is unknown, without a stray separator', () => {
    expect(planIssueLine({ number: null, issuedDate: '2025-04-03', issuedMonth: null })).toBe('03/04/2025');
    expect(planIssueLine({ number: '12/KH', issuedDate: null, issuedMonth: null })).toBe('Số 12/KH');
    expect(planIssueLine({ number: null, issuedDate: null, issuedMonth: null })).toBe('');
    expect(planDateText({ issuedDate: null, issuedMonth: null })).toBe('');
  });
});

describe('describeTimeframe', () => {
  it.each<[Timeframe | null | undefined, string]>([
    [null, 'chưa xác định được hạn'],
    [undefined, 'chưa xác định được hạn'],
    [{ kind: 'unknown', year: 2025 }, 'chưa xác định được hạn'],
    [{ kind: 'year-round', year: 2025 }, 'thường xuyên trong năm 2025'],
    [{ kind: 'quarters', year: 2025, quarters: [2, 4] }, 'quý II, IV năm 2025'],
    [{ kind: 'quarters', year: 2026, quarters: [1, 2, 3, 4] }, 'quý I, II, III, IV năm 2026'],
    [{ kind: 'month', year: 2025, months: [3, 9] }, 'tháng 3, 9 năm 2025'],
    [{ kind: 'date', year: 2025, from: '2025-06-30', to: '2025-06-30' }, 'ngày 30/06/2025'],
    [{ kind: 'date', year: 2025, from: '2025-06-15' }, 'ngày 15/06/2025'],
    [{ kind: 'before', year: 2025, to: '2025-11-15' }, 'trước ngày 15/11/2025'],
    [{ kind: 'range', year: 2025, from: '2025-07-01', to: '2025-12-31' }, 'từ 01/07/2025 đến 31/12/2025'],
  ])('%j → "%s"', (value, text) => {
    expect(describeTimeframe(value ? tf(value) : value)).toBe(text);
  });
});

describe('withWindow', () => {
  it('spans the whole year for year-round', () => {
    expect(withWindow(tf({ kind: 'year-round', year: 2025 }))).toEqual({
      kind: 'year-round',
      year: 2025,
      from: '2025-01-01',
      to: '2025-12-31',
    });
  });

  it('spans from the first month of the first quarter to the last day of the last quarter', () => {
    expect(withWindow(tf({ kind: 'quarters', year: 2025, quarters: [2, 4] }))).toMatchObject({
      from: '2025-04-01',
      to: '2025-12-31',
    });
    expect(withWindow(tf({ kind: 'quarters', year: 2025, quarters: [1] }))).toMatchObject({
      from: '2025-01-01',
      to: '2025-03-31',
    });
    expect(withWindow(tf({ kind: 'quarters', year: 2025, quarters: [3] }))).toMatchObject({
      from: '2025-07-01',
      to: '2025-09-30',
    });
  });

  it('ends months on their real last day, leap years included', () => {
    expect(withWindow(tf({ kind: 'month', year: 2024, months: [2] }))).toMatchObject({
      from: '2024-02-01',
      to: '2024-02-29',
    });
    expect(withWindow(tf({ kind: 'month', year: 2025, months: [2] }))).toMatchObject({
      from: '2025-02-01',
      to: '2025-02-28',
    });
    expect(withWindow(tf({ kind: 'month', year: 2025, months: [11, 4] }))).toMatchObject({
      from: '2025-04-01',
      to: '2025-11-30',
    });
  });

  it('keeps the other fields', () => {
    expect(withWindow(tf({ kind: 'month', year: 2025, months: [6] }))).toEqual({
      kind: 'month',
      year: 2025,
      months: [6],
      from: '2025-06-01',
      to: '2025-06-30',
    });
  });

  it('leaves alone what has no year, no months, or is defined by dates', () => {
    const cases: Timeframe[] = [
      { kind: 'year-round', year: null },
      { kind: 'quarters', year: 2025, quarters: [] },
      { kind: 'quarters', year: 2025 },
      { kind: 'month', year: 2025, months: [] },
      { kind: 'date', year: 2025, from: '2025-05-05', to: '2025-05-05' },
      { kind: 'before', year: 2025, to: '2025-05-05' },
      { kind: 'range', year: 2025, from: '2025-02-01', to: '2025-03-01' },
      { kind: 'unknown', year: 2025 },
    ];
    for (const value of cases) expect(withWindow(tf(value))).toEqual(value);
  });

  it('produces windows the contract accepts', () => {
    for (const q of [1, 2, 3, 4])
      expect(() => tf(withWindow(tf({ kind: 'quarters', year: 2023, quarters: [q] })))).not.toThrow();
    for (let m = 1; m <= 12; m++)
      expect(() => tf(withWindow(tf({ kind: 'month', year: 2100, months: [m] })))).not.toThrow();
  });
});
