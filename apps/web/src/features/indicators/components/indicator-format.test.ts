import { indicatorDto, type IndicatorDto } from '@vte/contracts';
import { describe, expect, it } from 'vitest';
import {
  aggregationColor,
  aggregationLabel,
  byGroup,
  dimensionSummary,
  searchText,
} from './indicator-format';

const id = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const SEX = {
  key: 'sex',
  label: 'Giới tính',
  options: [
    { key: 'nam', label: 'Nam' },
    { key: 'nu', label: 'Nữ' },
  ],
};
const AGE = {
  key: 'age',
  label: 'Nhóm tuổi',
  options: [
    { key: '0-5', label: 'Dưới 6 tuổi' },
    { key: '6-10', label: 'Từ 6 đến dưới 11 tuổi' },
  ],
};

/** Parsed with the contract, so a fixture that drifts from IndicatorDto fails. */
function indicator(
  n: number,
  patch: Partial<IndicatorDto> & Pick<IndicatorDto, 'code' | 'group'>,
): IndicatorDto {
  return indicatorDto.parse({
    id: id(n),
    name: `Chỉ tiêu ${patch.code}`,
    unit: 'người',
    aggregation: 'last',
    direction: 'higher',
    dimensions: [],
    partOfCode: null,
    numeratorCode: null,
    denominatorCode: null,
    factor: null,
    min: null,
    max: null,
    definition: null,
    source: null,
    leadBody: null,
    legalBasis: null,
    active: true,
    ...patch,
  });
}

describe('aggregationLabel / aggregationColor', () => {
  it('names every aggregation in Vietnamese with its own colour', () => {
    expect(aggregationLabel('sum')).toBe('Cộng dồn');
    expect(aggregationLabel('last')).toBe('Cuối kỳ');
    expect(aggregationLabel('ratio')).toBe('Tỷ lệ');
    expect(new Set(Object.values(aggregationColor)).size).toBe(3);
  });
});

describe('dimensionSummary', () => {
  it('lists the dimension labels, or says there are none', () => {
    expect(dimensionSummary({ dimensions: [SEX, AGE] })).toBe('Giới tính, Nhóm tuổi');
    expect(dimensionSummary({ dimensions: [] })).toBe('Không phân tổ');
  });
});

describe('searchText', () => {
  it('holds the code, name, group, unit, aggregation and every dimension and option label', () => {
    const text = searchText(
      indicator(1, {
        code: 'DP.0101',
        name: 'Số trẻ em',
        group: 'I. Thông tin chung',
        aggregation: 'sum',
        dimensions: [SEX, AGE],
      }),
    );
    expect(text).toBe(
      'DP.0101 Số trẻ em I. Thông tin chung người Cộng dồn Giới tính Nam Nữ Nhóm tuổi Dưới 6 tuổi Từ 6 đến dưới 11 tuổi',
    );
  });
});

describe('byGroup', () => {
  it('orders the seeded groups by their numerals (I … VI, then unnumbered) and codes within each', () => {
    const list = [
      indicator(1, { code: 'DP.0601', group: 'VI. Tham gia của trẻ em' }),
      indicator(2, { code: 'DP.0202', group: 'II. Y tế, dinh dưỡng' }),
      indicator(3, { code: 'DP.0701', group: 'Xâm hại trẻ em' }),
      indicator(4, { code: 'DP.0401', group: 'IV. Giáo dục' }),
      indicator(5, { code: 'DP.0201', group: 'II. Y tế, dinh dưỡng' }),
      indicator(6, { code: 'DP.0101', group: 'I. Thông tin chung' }),
      indicator(7, { code: 'DP.0301', group: 'III. Bảo vệ trẻ em' }),
      indicator(8, { code: 'DP.0801', group: 'Xử lý vi phạm hành chính' }),
    ];
    expect(byGroup(list).map(([group, items]) => [group, items.map((i) => i.code)])).toEqual([
      ['I. Thông tin chung', ['DP.0101']],
      ['II. Y tế, dinh dưỡng', ['DP.0201', 'DP.0202']],
      ['III. Bảo vệ trẻ em', ['DP.0301']],
      ['IV. Giáo dục', ['DP.0401']],
      ['VI. Tham gia của trẻ em', ['DP.0601']],
      ['Xâm hại trẻ em', ['DP.0701']],
      ['Xử lý vi phạm hành chính', ['DP.0801']],
    ]);
  });

  it('does not reorder the list it is given', () => {
    const list = [indicator(1, { code: 'B1', group: 'G' }), indicator(2, { code: 'A1', group: 'G' })];
    byGroup(list);
    expect(list.map((i) => i.code)).toEqual(['B1', 'A1']);
  });

  it('is empty for no indicators', () => {
    expect(byGroup([])).toEqual([]);
  });
});
