import { describe, expect, it } from 'vitest';
import { aggregateValues, combine, ratioOf, type ValuePoint } from './aggregate';
import type { IndicatorDef } from './validate';

const p = (contributor: string, order: number, value: number | null) => ({ contributor, order, value });

describe('combine', () => {
  it('adds a flow over periods and contributors', () => {
    expect(combine('sum', [p('a', 1, 3), p('a', 2, 4), p('b', 1, 10)])).toBe(17);
  });

  it('keeps the latest known value of a stock per contributor, then adds contributors', () => {
    // Given out of order on purpose: the latest period wins, not the last row.
    expect(combine('last', [p('a', 2, 40), p('a', 1, 30), p('b', 1, 7), p('b', 2, null)])).toBe(47);
  });

  it('is null when nobody reported a number, zero when someone reported zero', () => {
    expect(combine('sum', [p('a', 1, null)])).toBeNull();
    expect(combine('last', [])).toBeNull();
    expect(combine('sum', [p('a', 1, 0), p('b', 1, null)])).toBe(0);
  });
});

describe('ratioOf', () => {
  it('multiplies by the factor and rounds to one decimal', () => {
    expect(ratioOf(1, 3, 100)).toBe(33.3);
    expect(ratioOf(2, 3, 100)).toBe(66.7);
    expect(ratioOf(5, 5, null)).toBe(1);
  });

  it('is null without a denominator or numerator', () => {
    expect(ratioOf(3, 0, 100)).toBeNull();
    expect(ratioOf(3, null, 100)).toBeNull();
    expect(ratioOf(null, 4, 100)).toBeNull();
  });
});

describe('aggregateValues', () => {
  const sex = {
    key: 'sex',
    label: 'Giới tính',
    options: [
      { key: 'nam', label: 'Nam' },
      { key: 'nu', label: 'Nữ' },
    ],
  };
  const base = { partOfCode: null, min: null, max: null };
  const defs: IndicatorDef[] = [
    { id: 'c', code: 'C', aggregation: 'last', dimensions: [sex], ...base },
    { id: 's', code: 'S', aggregation: 'last', dimensions: [sex], ...base },
    {
      id: 'r',
      code: 'R',
      aggregation: 'ratio',
      dimensions: [sex],
      numeratorCode: 'S',
      denominatorCode: 'C',
      factor: 100,
      ...base,
    },
    { id: 'd', code: 'D', aggregation: 'sum', dimensions: [], ...base },
  ];
  const v = (
    indicatorId: string,
    disagg: string,
    contributor: string,
    order: number,
    value: number | null,
  ): ValuePoint => ({ indicatorId, disagg, contributor, order, value });

  it('computes ratios after aggregation, cell by cell', () => {
    const out = aggregateValues(defs, [
      v('c', '', 'a', 1, 100),
      v('c', '', 'a', 2, 120),
      v('c', '', 'b', 2, 80),
      v('c', 'sex=nu', 'a', 2, 60),
      v('s', '', 'a', 2, 30),
      v('s', '', 'b', 1, 20),
      v('s', 'sex=nu', 'a', 2, 15),
      v('d', '', 'a', 1, 2),
      v('d', '', 'a', 2, 3),
    ]);
    expect(out.get('c')!.get('')).toBe(200);
    expect(out.get('s')!.get('')).toBe(50);
    // 50 / 200, not the mean of each contributor's rate.
    expect(out.get('r')!.get('')).toBe(25);
    expect(out.get('r')!.get('sex=nu')).toBe(25);
    expect(out.get('r')!.get('sex=nam')).toBeNull();
    expect(out.get('d')!.get('')).toBe(5);
    expect([...out.get('c')!.keys()]).toEqual(['', 'sex=nam', 'sex=nu']);
  });

  it('ignores values of cells the definition no longer has', () => {
    const out = aggregateValues(defs, [v('d', 'sex=nu', 'a', 1, 9)]);
    expect([...out.get('d')!.entries()]).toEqual([['', null]]);
  });
});
