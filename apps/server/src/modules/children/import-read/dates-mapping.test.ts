import { describe, expect, it } from 'vitest';
import { parseDob } from './dates';
import { codeLookup } from './lookups';
import { guessMapping } from './mapping';

const AS_OF = '2026-06-30';
const read = (v: Parameters<typeof parseDob>[0]) => {
  const p = parseDob(v, AS_OF);
  return [p.dob, p.precision, p.outcome];
};

describe('dates of birth as lists write them', () => {
  it('reads day-first text in its usual forms', () => {
    expect(read('15/03/2018')).toEqual(['2018-03-15', 'day', 'ok']);
    expect(read('5/3/2018')).toEqual(['2018-03-05', 'day', 'normalised']);
    expect(read('5/3/18')).toEqual(['2018-03-05', 'day', 'normalised']);
    expect(read('05-03-2018')).toEqual(['2018-03-05', 'day', 'normalised']);
    expect(read('05.03.2018')).toEqual(['2018-03-05', 'day', 'normalised']);
    expect(read('2018-03-05')).toEqual(['2018-03-05', 'day', 'normalised']);
    expect(read('15/03/2018 00:00:00')).toEqual(['2018-03-15', 'day', 'ok']);
    expect(read('ngày 5 tháng 3 năm 2018')).toEqual(['2018-03-05', 'day', 'normalised']);
  });

  it('reads Excel serials, ddmmyyyy typed as a number, year only and month/year', () => {
    expect(read({ serial: 43174 })).toEqual(['2018-03-15', 'day', 'ok']);
    expect(read(43174)).toEqual(['2018-03-15', 'day', 'normalised']);
    expect(read(15032018)).toEqual(['2018-03-15', 'day', 'normalised']);
    expect(read(2015)).toEqual(['2015-01-01', 'year', 'partial']);
    expect(read('năm 2015')).toEqual(['2015-01-01', 'year', 'partial']);
    expect(read('3/2020')).toEqual(['2020-03-01', 'month', 'partial']);
    expect(read('tháng 3/2020')).toEqual(['2020-03-01', 'month', 'partial']);
  });

  it('reads an American date as swapped, and refuses dates that do not exist or are before 1900', () => {
    expect(read('03/15/2018')).toEqual(['2018-03-15', 'day', 'swapped']);
    expect(read('31/02/2018')).toEqual([null, 'day', 'invalid']);
    expect(read('15/13/2019')).toEqual([null, 'day', 'invalid']);
    expect(read('1890')).toEqual([null, 'day', 'invalid']);
    expect(read('12/05/1890')).toEqual([null, 'day', 'invalid']);
    expect(read('chưa rõ')).toEqual([null, 'day', 'invalid']);
    expect(read(null)).toEqual([null, 'day', 'missing']);
    expect(read('  ')).toEqual([null, 'day', 'missing']);
  });
});

describe('column mapping', () => {
  const cols = (headers: string[]) => headers.map((header, index) => ({ index, header }));

  it('guesses fields from header words in any order, including split names and mark columns', () => {
    const m = guessMapping(
      cols([
        'Tên',
        'Họ và tên đệm',
        'Năm sinh',
        'Họ tên bố',
        'SĐT',
        'Quan hệ với trẻ',
        'Người nuôi dưỡng',
        'Tổ dân phố',
        'Khuyết tật',
        'Mồ côi',
        'Hộ nghèo',
        'Tình trạng đi học',
        'Ghi chú',
      ]),
      null,
      codeLookup(),
    );
    expect(m).toEqual({
      givenName: 'Tên',
      fullName: 'Họ và tên đệm',
      dob: 'Năm sinh',
      fatherName: 'Họ tên bố',
      guardianPhone: 'SĐT',
      guardianRelation: 'Quan hệ với trẻ',
      guardianName: 'Người nuôi dưỡng',
      hamlet: 'Tổ dân phố',
      'group:d': 'Khuyết tật',
      'group:a': 'Mồ côi',
      'poverty:ho_ngheo': 'Hộ nghèo',
      schooling: 'Tình trạng đi học',
      notes: 'Ghi chú',
    });
  });

  it('reads the date of birth written under the Nam or Nữ column', () => {
    const m = guessMapping(cols(['Họ và tên', 'Ngày tháng năm sinh / Nam', 'Ngày tháng năm sinh / Nữ']));
    expect(m).toEqual({
      fullName: 'Họ và tên',
      'dobSex:M': 'Ngày tháng năm sinh / Nam',
      'dobSex:F': 'Ngày tháng năm sinh / Nữ',
    });
  });

  it('lets the remembered mapping win where its headers match, and guesses the rest', () => {
    const remembered = { notes: 'Đối tượng', fullName: 'Họ và tên', hamlet: 'Cột không còn' };
    const m = guessMapping(cols(['Họ và tên', 'Đối tượng', 'Thôn']), remembered);
    expect(m).toEqual({ fullName: 'Họ và tên', notes: 'Đối tượng', hamlet: 'Thôn' });
  });
});
