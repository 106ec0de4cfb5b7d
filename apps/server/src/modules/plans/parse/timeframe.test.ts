import { describe, expect, it } from 'vitest';
import { parseTimeframe } from './timeframe';

describe('time frames', () => {
  it.each([
    ['Thường xuyên trong năm', { kind: 'year-round', year: 2025, from: '2025-01-01', to: '2025-12-31' }],
    ['Thường xuyên', { kind: 'year-round', year: 2025 }],
    [
      'Quý II, IV năm 2025',
      { kind: 'quarters', year: 2025, quarters: [2, 4], from: '2025-04-01', to: '2025-12-31' },
    ],
    ['Quý II/2025', { kind: 'quarters', year: 2025, quarters: [2], from: '2025-04-01', to: '2025-06-30' }],
    ['Quý III và Quý IV/2026', { kind: 'quarters', year: 2026, quarters: [3, 4] }],
    ['Quý II - IV', { kind: 'quarters', year: 2025, quarters: [2, 3, 4] }],
    ['Hằng quý', { kind: 'quarters', year: 2025, quarters: [1, 2, 3, 4] }],
    ['Tháng 6/2025', { kind: 'month', year: 2025, months: [6], from: '2025-06-01', to: '2025-06-30' }],
    ['Tháng 2 năm 2024', { kind: 'month', year: 2024, months: [2], to: '2024-02-29' }],
    ['Trước ngày 30/6/2025', { kind: 'before', year: 2025, to: '2025-06-30' }],
    ['Hoàn thành trước ngày 30/6/2025', { kind: 'before', year: 2025, to: '2025-06-30' }],
    ['Chậm nhất ngày 15/12', { kind: 'before', year: 2025, to: '2025-12-15' }],
    ['Trước tháng 9/2025', { kind: 'before', year: 2025, to: '2025-08-31' }],
    ['Từ tháng 3 đến tháng 5/2025', { kind: 'range', year: 2025, from: '2025-03-01', to: '2025-05-31' }],
    ['Tháng 3 - 5/2025', { kind: 'range', from: '2025-03-01', to: '2025-05-31' }],
    ['Từ ngày 01/6/2025 đến ngày 31/7/2025', { kind: 'range', from: '2025-06-01', to: '2025-07-31' }],
    ['6 tháng đầu năm', { kind: 'range', from: '2025-01-01', to: '2025-06-30' }],
    ['Năm 2025', { kind: 'year-round', year: 2025, from: '2025-01-01', to: '2025-12-31' }],
    ['30/6/2025', { kind: 'date', year: 2025, from: '2025-06-30', to: '2025-06-30' }],
    ['Ngày 30 tháng 6 năm 2025', { kind: 'date', from: '2025-06-30', to: '2025-06-30' }],
    ['Theo chỉ đạo của UBND tỉnh', { kind: 'unknown', year: 2025 }],
  ])('%s', (text, expected) => {
    expect(parseTimeframe(text, 2025)).toMatchObject(expected);
  });

  it('uses the year written over the plan year, and has no year when neither is known', () => {
    expect(parseTimeframe('Quý I/2026', 2025).year).toBe(2026);
    expect(parseTimeframe('Thường xuyên', null)).toEqual({ kind: 'year-round', year: null });
    expect(parseTimeframe('Trước ngày 31/2/2025', 2025).kind).not.toBe('before');
    expect(parseTimeframe(null, 2025)).toEqual({ kind: 'unknown', year: 2025 });
  });
});
