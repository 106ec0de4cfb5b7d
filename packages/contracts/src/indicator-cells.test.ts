import { describe, expect, it } from 'vitest';
import {
  TOTAL_DISAGG,
  cellKey,
  disaggOf,
  indicatorCells,
  parseCellKey,
  sumAgainstTotal,
} from './indicator-cells';

// The grid rules the server's validation and the web's entry grid both use.
const ID = '6f1c2a9e-0b7d-4c55-9a43-2f0e8d1b7c10';

describe('cellKey / parseCellKey', () => {
  it.each([
    [ID, 'sex=nu'],
    [ID, 'age=0-5'],
    [ID, TOTAL_DISAGG],
  ])('round-trips %s / "%s"', (indicatorId, disagg) => {
    const key = cellKey(indicatorId, disagg);
    expect(key).toBe(`${indicatorId}|${disagg}`);
    expect(parseCellKey(key)).toEqual({ indicatorId, disagg });
  });

  it('reads a key without a separator as the total', () => {
    expect(parseCellKey(ID)).toEqual({ indicatorId: ID, disagg: '' });
  });

  it('splits on the first separator only', () => {
    expect(parseCellKey('a|b|c')).toEqual({ indicatorId: 'a', disagg: 'b|c' });
  });
});

describe('indicatorCells', () => {
  it('lists the total, then each option of each dimension in order', () => {
    const cells = indicatorCells([
      {
        key: 'sex',
        options: [
          { key: 'nam', label: 'Nam' },
          { key: 'nu', label: 'Nữ' },
        ],
      },
      { key: 'age', options: [{ key: '0-5', label: '0–5 tuổi' }] },
    ]);
    expect(cells.map((c) => c.disagg)).toEqual(['', 'sex=nam', 'sex=nu', 'age=0-5']);
    expect(cells[2]).toEqual({ disagg: disaggOf('sex', 'nu'), dimension: 'sex', label: 'Nữ' });
    expect(cells[0]).toEqual({ disagg: TOTAL_DISAGG, dimension: null, label: null });
  });
});

describe('sumAgainstTotal', () => {
  it('sums the entered options; an empty option is nothing entered, not 0', () => {
    expect(sumAgainstTotal(8, [3, 4])).toEqual({ sum: 7, total: 8, over: false });
    expect(sumAgainstTotal(8, [3, null, undefined])).toEqual({ sum: 3, total: 8, over: false });
    expect(sumAgainstTotal(7, [3, 4])).toEqual({ sum: 7, total: 7, over: false });
  });

  it('is over only when the options add up to more than the total', () => {
    expect(sumAgainstTotal(5, [3, 4])).toEqual({ sum: 7, total: 5, over: true });
    expect(sumAgainstTotal(0, [0])).toEqual({ sum: 0, total: 0, over: false });
  });

  it('has nothing to say without a total or without any option entered', () => {
    expect(sumAgainstTotal(null, [3, 4])).toBeNull();
    expect(sumAgainstTotal(undefined, [3])).toBeNull();
    expect(sumAgainstTotal(7, [null, null])).toBeNull();
    expect(sumAgainstTotal(7, [])).toBeNull();
  });
});
