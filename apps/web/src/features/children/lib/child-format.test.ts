import { describe, expect, it } from 'vitest';
import { fileNameFrom } from '../../../lib/download';
import { birthLabel, codeLabel, dobLabel } from './child-format';

describe('a child’s date of birth is shown only as precisely as it is known', () => {
  it('a full date, a month, a year, an estimate', () => {
    expect(dobLabel('2015-03-12', 'day')).toBe('12/03/2015');
    expect(dobLabel('2015-03-01', 'month')).toBe('03/2015');
    expect(dobLabel('2015-01-01', 'year')).toBe('2015');
    expect(dobLabel('2015-01-01', 'estimated')).toBe('khoảng 2015');
    expect(dobLabel(null, 'day')).toBe('');
  });

  it('a masked row shows the birth year alone; a full row adds the age', () => {
    expect(birthLabel({ dob: null, dobPrecision: 'year', birthYear: 2016, age: null })).toBe('2016');
    expect(birthLabel({ dob: '2016-02-28', dobPrecision: 'day', birthYear: 2016, age: 9 })).toBe(
      '28/02/2016 (9 tuổi)',
    );
  });
});

describe('codes and file names', () => {
  it('a code is shown by its label, or as itself when the list has no such code', () => {
    const codes = new Map([['ethnicity', [{ code: '01', label: 'Kinh' }]]]);
    expect(codeLabel(codes, 'ethnicity', '01')).toBe('Kinh');
    expect(codeLabel(codes, 'ethnicity', '99')).toBe('99');
    expect(codeLabel(undefined, 'ethnicity', null)).toBe('');
  });

  it('the downloaded file keeps the server’s Vietnamese file name', () => {
    expect(
      fileNameFrom(
        `attachment; filename="x.xlsx"; filename*=UTF-8''danh-s%C3%A1ch-l%E1%BB%97i.xlsx`,
        'f.xlsx',
      ),
    ).toBe('danh-sách-lỗi.xlsx');
    expect(fileNameFrom('attachment; filename="phieu.xlsx"', 'f.xlsx')).toBe('phieu.xlsx');
    expect(fileNameFrom(null, 'f.xlsx')).toBe('f.xlsx');
  });
});
