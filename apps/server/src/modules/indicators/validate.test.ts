import { describe, expect, it } from 'vitest';
import { createIndicatorInput, indicatorCellPath } from '@vte/contracts';
import { checkDefinition } from './definition';
import { seedAssignments, seedIndicatorDefs, seedTargets2025 } from './indicators.seed-data';
import { validateValues, type IndicatorDef } from './validate';

const sex = {
  key: 'sex',
  label: 'Giới tính',
  options: [
    { key: 'nam', label: 'Nam' },
    { key: 'nu', label: 'Nữ' },
  ],
};
const age = {
  key: 'age',
  label: 'Nhóm tuổi',
  options: [
    { key: 'a', label: 'Dưới 6 tuổi' },
    { key: 'b', label: 'Từ 6 tuổi' },
  ],
};
const def = (id: string, code: string, extra: Partial<IndicatorDef> = {}): IndicatorDef => ({
  id,
  code,
  aggregation: 'last',
  dimensions: [sex, age],
  partOfCode: null,
  min: null,
  max: null,
  ...extra,
});
const special = def('i1', '0301');
const supported = def('i2', '0302', { partOfCode: '0301' });
const rate = def('i3', '0303', {
  aggregation: 'ratio',
  dimensions: [],
  numeratorCode: '0302',
  denominatorCode: '0301',
  factor: 100,
});
const defs = [special, supported, rate];
const cell = (indicatorId: string, disagg: string, value: number | null, comment?: string) => ({
  indicatorId,
  disagg,
  value,
  comment,
});
const messages = (...cells: ReturnType<typeof cell>[]) =>
  validateValues(defs, cells, { complete: false }).map((i) => i.message);

describe('validateValues', () => {
  it('accepts consistent cells', () => {
    expect(
      messages(
        cell('i1', '', 12),
        cell('i1', 'sex=nam', 5),
        cell('i1', 'sex=nu', 7),
        cell('i1', 'age=a', 12),
        cell('i2', '', 10),
        cell('i2', 'sex=nu', 7),
      ),
    ).toEqual([]);
  });

  it('refuses a part above its total, naming code, cell and total', () => {
    const issues = validateValues(defs, [cell('i1', '', 12), cell('i1', 'sex=nu', 13)], { complete: false });
    expect(issues).toEqual([
      { path: indicatorCellPath('i1', 'sex=nu'), message: '0301 – Nữ: không được lớn hơn tổng số (12).' },
      {
        path: indicatorCellPath('i1', ''),
        message: '0301 – Tổng số: tổng các nhóm theo giới tính (13) không được lớn hơn tổng số (12).',
      },
    ]);
  });

  it('refuses options of one dimension summing above the total, but not across dimensions', () => {
    expect(messages(cell('i1', '', 10), cell('i1', 'sex=nam', 6), cell('i1', 'sex=nu', 5))).toEqual([
      '0301 – Tổng số: tổng các nhóm theo giới tính (11) không được lớn hơn tổng số (10).',
    ]);
    expect(messages(cell('i1', '', 10), cell('i1', 'sex=nam', 6), cell('i1', 'age=a', 6))).toEqual([]);
  });

  it('refuses a part-of indicator above its parent in the same cell', () => {
    expect(
      messages(cell('i1', '', 10), cell('i1', 'sex=nu', 4), cell('i2', '', 11), cell('i2', 'sex=nu', 4)),
    ).toEqual(['0302 – Tổng số: không được lớn hơn chỉ tiêu 0301 (10).']);
    expect(
      messages(cell('i1', '', 10), cell('i1', 'sex=nu', 4), cell('i2', '', 9), cell('i2', 'sex=nu', 5)),
    ).toEqual(['0302 – Nữ: không được lớn hơn chỉ tiêu 0301 (4).']);
  });

  it('refuses unknown disaggregations, ratios, duplicates, fractions and negatives', () => {
    expect(messages(cell('i1', 'env=mang', 1))).toEqual([
      '0301: phân tổ “env=mang” không có trong chỉ tiêu.',
    ]);
    expect(messages(cell('i3', '', 50))).toEqual(['0303: là tỷ lệ, được tính tự động, không nhập.']);
    expect(messages(cell('i1', '', 1), cell('i1', '', 2))).toEqual([
      '0301 – Tổng số: ô này được gửi hai lần.',
    ]);
    expect(messages(cell('i1', '', 1.5))).toEqual(['0301 – Tổng số: phải là số nguyên không âm.']);
    expect(messages(cell('i1', 'sex=nam', -1))).toEqual(['0301 – Nam: phải là số nguyên không âm.']);
    expect(messages(cell('nope', '', 1))).toEqual(['Chỉ tiêu không có trong danh mục được giao.']);
  });

  it('keeps within min and max', () => {
    const bounded = def('b', 'B1', { min: 2, max: 100 });
    const m = (...c: ReturnType<typeof cell>[]) =>
      validateValues([bounded], c, { complete: false }).map((i) => i.message);
    expect(m(cell('b', '', 1))).toEqual(['B1 – Tổng số: không được nhỏ hơn 2.']);
    expect(m(cell('b', '', 1_000))).toEqual(['B1 – Tổng số: không được lớn hơn 100.']);
    expect(m(cell('b', '', 100), cell('b', 'sex=nam', 1))).toEqual([]);
  });

  it('on submission asks a reason for each assigned indicator without a total', () => {
    const cells = [cell('i1', 'sex=nam', 3), cell('i2', '', null, 'Chưa rà soát xong')];
    expect(validateValues(defs, cells, { complete: false })).toEqual([]);
    expect(validateValues(defs, cells, { complete: true }).map((i) => i.message)).toEqual([
      '0301 – Tổng số: Chưa có số liệu: hãy ghi lý do.',
    ]);
    expect(validateValues(defs, cells, { complete: true, assigned: ['i2'] })).toEqual([]);
    expect(
      validateValues(defs, [cell('i2', '', null, '   ')], { complete: true, assigned: ['i2'] }),
    ).toHaveLength(1);
  });
});

describe('checkDefinition', () => {
  const catalogue = new Map<string, 'sum' | 'last' | 'ratio'>([
    ['A', 'sum'],
    ['R', 'ratio'],
  ]);
  const check = (d: Parameters<typeof checkDefinition>[0]) =>
    checkDefinition(d, (c) => catalogue.get(c)).map((i) => i.message);

  it('needs numerator and denominator on ratios, pointing at entered indicators', () => {
    expect(check({ code: 'X', aggregation: 'ratio', dimensions: [] })).toEqual([
      'Chỉ tiêu tỷ lệ cần có tử số.',
      'Chỉ tiêu tỷ lệ cần có mẫu số.',
    ]);
    expect(
      check({ code: 'X', aggregation: 'ratio', dimensions: [], numeratorCode: 'R', denominatorCode: 'Z' }),
    ).toEqual([
      'Tử số: chỉ tiêu R là tỷ lệ, phải chọn chỉ tiêu được nhập số liệu.',
      'Mẫu số: không có chỉ tiêu mã Z trong danh mục.',
    ]);
    expect(
      check({
        code: 'X',
        aggregation: 'ratio',
        dimensions: [],
        numeratorCode: 'A',
        denominatorCode: 'A',
        factor: 100,
      }),
    ).toEqual([]);
  });

  it('refuses self references, duplicate keys and min above max', () => {
    expect(check({ code: 'A', aggregation: 'sum', dimensions: [], partOfCode: 'A' })).toEqual([
      'Là một phần của: không có chỉ tiêu mã A trong danh mục.',
    ]);
    expect(check({ code: 'X', aggregation: 'sum', dimensions: [sex, sex], min: 5, max: 1 })).toHaveLength(2);
    expect(check({ code: 'X', aggregation: 'sum', dimensions: [], factor: 100 })).toEqual([
      'Hệ số chỉ dùng cho chỉ tiêu tỷ lệ.',
    ]);
  });
});

describe('seed catalogue', () => {
  it('passes the contract and the definition rules, and its assignments and targets name real codes', () => {
    const aggOf = new Map(seedIndicatorDefs.map((d) => [d.code, d.aggregation]));
    expect(aggOf.size).toBe(seedIndicatorDefs.length);
    for (const d of seedIndicatorDefs) {
      const parsed = createIndicatorInput.safeParse(d);
      expect(parsed.error?.issues ?? [], d.code).toEqual([]);
      expect(
        checkDefinition(d, (c) => aggOf.get(c)),
        d.code,
      ).toEqual([]);
    }
    for (const a of seedAssignments) expect(['sum', 'last'], a.code).toContain(aggOf.get(a.code));
    for (const t of seedTargets2025) expect(aggOf.has(t.code), t.code).toBe(true);
  });
});
