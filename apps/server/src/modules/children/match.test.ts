import { describe, expect, it } from 'vitest';
import {
  inFileDuplicates,
  matchBand,
  REVIEW_THRESHOLD,
  scorePair,
  VERY_LIKELY_THRESHOLD,
  type FileMatchRow,
  type MatchInput,
} from './match';
import { dobSimilarity, jaroWinkler, nameSimilarity } from './match-similarity';

const UNIT = '00000000-0000-4000-8000-000000000001';
const OTHER_UNIT = '00000000-0000-4000-8000-000000000002';

function kid(over: Partial<MatchInput> = {}): MatchInput {
  return {
    fullName: 'Nguyễn Thị Ánh',
    dob: '2015-03-07',
    dobPrecision: 'day',
    sex: 'F',
    unitId: UNIT,
    hamlet: 'Thôn Đông',
    ...over,
  };
}

describe('jaroWinkler', () => {
  it('gives 1 for equal strings, 0 for nothing in common, the textbook value for martha/marhta', () => {
    expect(jaroWinkler('anh', 'anh')).toBe(1);
    expect(jaroWinkler('abc', 'xyz')).toBe(0);
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.961, 3);
  });
});

describe('scorePair: same personal ID', () => {
  it('equal 12-digit IDs are the same child whatever the names say', () => {
    const r = scorePair(
      kid({ personalId: '051315000123' }),
      kid({ fullName: 'Lê Văn Tèo', personalId: '051 315 000 123' }),
    );
    expect(r).toMatchObject({ kind: 'same_id', score: 1, reasons: ['same_id'] });
  });

  it('an ID flagged wrong proves nothing, and a legacy 9-digit number is not an ID', () => {
    const flagged = scorePair(
      kid({ personalId: '051315000123', personalIdFlagged: true }),
      kid({ fullName: 'Lê Văn Tèo', sex: 'M', personalId: '051315000123' }),
    );
    expect(flagged.kind).toBe('none');
    const legacy = scorePair(
      kid({ personalId: '212345678' }),
      kid({ fullName: 'Lê Văn Tèo', personalId: '212345678' }),
    );
    expect(legacy.kind).toBe('none');
  });

  it('two different valid IDs are never "very likely", even with the same name and birth date', () => {
    const r = scorePair(kid({ personalId: '051315000123' }), kid({ personalId: '051315000124' }));
    expect(r.score).toBeLessThan(VERY_LIKELY_THRESHOLD);
    expect(r.reasons).toContain('id_differs');
  });
});

describe('scorePair: Vietnamese names', () => {
  it('Nguyễn Thị Ánh and NGUYEN THI ANH born the same day are very likely the same child', () => {
    const r = scorePair(kid(), kid({ fullName: 'NGUYEN THI ANH', hamlet: 'thon dong' }));
    expect(r.kind).toBe('probable');
    expect(matchBand(r.score)).toBe('very_likely');
    expect(r.reasons).toEqual(expect.arrayContaining(['name_exact', 'dob_exact', 'sex_same', 'same_hamlet']));
  });

  it('folds đ to d: Đặng Văn Đức = DANG VAN DUC', () => {
    const r = scorePair(
      kid({ fullName: 'Đặng Văn Đức', sex: 'M' }),
      kid({ fullName: 'DANG VAN DUC', sex: 'M' }),
    );
    expect(matchBand(r.score)).toBe('very_likely');
  });

  it('a missing middle name (Nguyễn Ánh vs Nguyễn Thị Ánh) is still proposed', () => {
    const r = scorePair(kid(), kid({ fullName: 'Nguyễn Ánh' }));
    expect(r.kind).toBe('probable');
  });

  it('a one-letter typo in the given name (Trần Văn Hoàng / Trần Văn Hoang / Trần Văn Hoàn) is proposed for review', () => {
    const r = scorePair(
      kid({ fullName: 'Trần Văn Hoàng', sex: 'M' }),
      kid({ fullName: 'Trần Văn Hoàn', sex: 'M' }),
    );
    expect(r.kind).toBe('probable');
  });

  it('the common family and middle names weigh less: same family, other given name is not proposed', () => {
    const r = scorePair(kid({ fullName: 'Nguyễn Thị Lan' }), kid({ fullName: 'Nguyễn Thị Hoa' }));
    expect(r.kind).toBe('none');
    expect(nameSimilarity(['nguyen', 'thi', 'lan'], ['nguyen', 'thi', 'hoa'])).toBeLessThan(0.6);
  });

  it('another family name (Phạm / Đinh) with the same middle and given name is another child', () => {
    expect(nameSimilarity(['pham', 'minh', 'khoa'], ['dinh', 'minh', 'khoa'])).toBeLessThan(0.85);
    expect(scorePair(kid({ fullName: 'Phạm Minh Khoa' }), kid({ fullName: 'Đinh Minh Khoa' })).kind).toBe(
      'none',
    );
  });

  it('a one-letter slip in the family name (Phạm / Phan) is still proposed', () => {
    expect(scorePair(kid({ fullName: 'Phạm Minh Khoa' }), kid({ fullName: 'Phan Minh Khoa' })).kind).toBe(
      'probable',
    );
  });

  it('a different third syllable (Nguyễn Ngọc Quân Lan / Nguyễn Ngọc Linh Lan) is another child', () => {
    const r = scorePair(kid({ fullName: 'Nguyễn Ngọc Quân Lan' }), kid({ fullName: 'Nguyễn Ngọc Linh Lan' }));
    expect(r.kind).toBe('none');
  });
});

describe('scorePair: dates of birth', () => {
  it('day and month swapped (07/03 vs 03/07) is proposed for review', () => {
    const r = scorePair(kid(), kid({ dob: '2015-07-03' }));
    expect(r.kind).toBe('probable');
    expect(r.reasons).toContain('dob_day_month_swapped');
  });

  it('one day apart is proposed', () => {
    const r = scorePair(kid(), kid({ dob: '2015-03-08' }));
    expect(r.reasons).toContain('dob_one_day');
    expect(r.kind).toBe('probable');
  });

  it('a year-only date agrees with any date of that year, not with another year', () => {
    const same = scorePair(kid(), kid({ dob: '2015-01-01', dobPrecision: 'year' }));
    expect(same.kind).toBe('probable');
    expect(same.reasons).toContain('dob_year_only');
    const other = scorePair(kid(), kid({ dob: '2016-01-01', dobPrecision: 'year' }));
    expect(other.kind).toBe('none');
  });

  it('a month-precision date agrees with a day in that month', () => {
    expect(dobSimilarity('2015-03-01', 'month', '2015-03-07', 'day').reason).toBe('dob_month_only');
  });

  it('the same name born years apart is another child', () => {
    expect(scorePair(kid(), kid({ dob: '2012-10-20' })).kind).toBe('none');
  });

  it('crossing a month or a year boundary still counts as one day apart', () => {
    expect(dobSimilarity('2015-12-31', 'day', '2016-01-01', 'day').reason).toBe('dob_one_day');
  });
});

describe('scorePair: twins and namesakes', () => {
  const parents = { motherName: 'Phạm Thị Hoa', fatherName: 'Nguyễn Văn Nam' };

  it('twins (same parents, same date, different given names) are never proposed, with a twin hint', () => {
    const r = scorePair(
      kid({ ...parents, fullName: 'Nguyễn Thị Ánh' }),
      kid({ ...parents, fullName: 'Nguyễn Thị Anh Thư' }),
    );
    expect(r).toMatchObject({ kind: 'none', twins: true });
    expect(r.reasons).toContain('twins');
  });

  it('twins whose names fold alike but are written differently (Hùng / Hưng) are twins', () => {
    const r = scorePair(
      kid({ ...parents, sex: 'M', fullName: 'Nguyễn Văn Hùng' }),
      kid({ ...parents, sex: 'M', fullName: 'Nguyễn Văn Hưng' }),
    );
    expect(r.twins).toBe(true);
    expect(r.kind).toBe('none');
  });

  it('the same name typed without marks, with the same parents, is the same child, not a twin', () => {
    const r = scorePair(
      kid({ ...parents }),
      kid({ ...parents, fullName: 'Nguyen Thi Anh', motherName: 'PHAM THI HOA' }),
    );
    expect(r.twins).toBeUndefined();
    expect(matchBand(r.score)).toBe('very_likely');
    expect(r.reasons).toContain('parents_same');
  });

  it('namesakes born the same day with different mothers are never proposed', () => {
    const r = scorePair(kid({ motherName: 'Phạm Thị Hoa' }), kid({ motherName: 'Võ Thị Bích' }));
    expect(r.kind).toBe('none');
    expect(r.score).toBeLessThan(REVIEW_THRESHOLD);
    expect(r.reasons).toContain('parents_differ');
  });

  it("namesakes with different fathers are not proposed even when one mother's name is missing", () => {
    const r = scorePair(
      kid({ fatherName: 'Lê Văn Tám', motherName: 'Phạm Thị Hoa' }),
      kid({ fatherName: 'Trương Công Định' }),
    );
    expect(r.kind).toBe('none');
  });
});

describe('scorePair: sex and place', () => {
  it('another sex lowers the score below "very likely"', () => {
    const r = scorePair(kid(), kid({ sex: 'M' }));
    expect(r.score).toBeLessThan(VERY_LIKELY_THRESHOLD);
    expect(r.reasons).toContain('sex_differs');
  });

  it('another unit lowers the score', () => {
    const here = scorePair(kid(), kid({ dob: '2015-07-03' }));
    const there = scorePair(kid(), kid({ dob: '2015-07-03', unitId: OTHER_UNIT }));
    expect(there.score).toBeLessThan(here.score);
  });
});

describe('inFileDuplicates', () => {
  it('finds the same ID and probable pairs by row number, and not twins', () => {
    const rows: FileMatchRow[] = [
      { row: 5, ...kid({ personalId: '051315000123' }) },
      { row: 6, ...kid({ fullName: 'Lê Văn Tèo', sex: 'M', personalId: '051315000123' }) },
      { row: 7, ...kid({ fullName: 'Trần Bảo Ngọc', dob: '2014-02-11' }) },
      { row: 9, ...kid({ fullName: 'TRAN BAO NGOC', dob: '2014-11-02' }) },
      {
        row: 10,
        ...kid({ fullName: 'Võ Minh Khang', sex: 'M', motherName: 'Lê Thị Mai', dob: '2016-05-05' }),
      },
      {
        row: 11,
        ...kid({ fullName: 'Võ Minh Khôi', sex: 'M', motherName: 'Lê Thị Mai', dob: '2016-05-05' }),
      },
    ];
    const found = inFileDuplicates(rows);
    expect(found.map((d) => [d.rows, d.kind])).toEqual([
      [[5, 6], 'same_id'],
      [[7, 9], 'probable'],
    ]);
  });

  it('100,000 rows are blocked (not compared pairwise) and the planted pairs are found', () => {
    const rows = syntheticRows(100_000);
    const planted = rows[500]!;
    rows.push({ ...planted, row: 200_000, fullName: foldName(planted.fullName).toUpperCase() });
    const swapped = rows[900]!;
    const [y, m, d] = swapped.dob!.split('-');
    rows.push({ ...swapped, row: 200_001, dob: `${y}-${d}-${m}` });
    const found = inFileDuplicates(rows).map((p) => p.rows);
    expect(found).toContainEqual([502, 200_000]);
    if (Number(d) <= 12) expect(found).toContainEqual([902, 200_001]);
  }, 180_000);
});

const foldName = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd');

function syntheticRows(n: number): FileMatchRow[] {
  const given =
    'An Bình Chi Dũng Giang Hà Khoa Lan Minh Ngọc Phúc Quân Sơn Trang Tú Vy Yến Hải Hiếu Huy'.split(' ');
  given.push(
    ...'Linh Long Mai Nam Nhi Oanh Phong Tâm Thảo Thư Tiến Trí Uyên Việt Xuân Bảo Cường Đạt'.split(' '),
  );
  const family = 'Nguyễn Trần Lê Phạm Hoàng Võ Đặng Bùi Huỳnh Phan Vũ Đỗ Hồ Ngô Dương Lý Đinh Trương'.split(
    ' ',
  );
  const middle = 'Văn Thị Minh Bảo Gia Thanh Quốc Ngọc Hữu Đức'.split(' ');
  let seed = 42;
  const rnd = (k: number) => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) % k;
  };
  const pick = (xs: string[]) => xs[rnd(xs.length)]!;
  const two = (k: number) => String(k).padStart(2, '0');
  return Array.from({ length: n }, (_, i) => ({
    row: i + 2,
    fullName: `${pick(family)} ${pick(middle)} ${pick(given)} ${pick(given)}`,
    dob: `${2010 + rnd(16)}-${two(1 + rnd(12))}-${two(1 + rnd(28))}`,
    dobPrecision: 'day' as const,
    sex: rnd(2) ? ('M' as const) : ('F' as const),
  }));
}
