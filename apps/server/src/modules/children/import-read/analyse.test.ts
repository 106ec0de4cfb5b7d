import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';
import { AS_OF, ctx, messyWorkbook, UNITS } from './fixtures.test-support';
import { findHeader } from './header';
import { codeLookup } from './lookups';
import { guessMapping } from './mapping';
import { readSheet } from './read-sheet';
import type { Analysis } from './types';

async function messy(): Promise<Analysis> {
  const sheet = readSheet(await messyWorkbook(), 'danh-sach.xlsx');
  const header = findHeader(sheet);
  return analyse(sheet, guessMapping(header.columns, null, codeLookup()), ctx());
}

const codesOf = (a: Analysis, row: number) =>
  a.issues.filter((i) => i.row === row).map((i) => `${i.code}/${i.severity}`);
const rowOf = (a: Analysis, row: number) => a.parsed.find((p) => p.row === row)!;

describe('children list analysis (messy workbook)', () => {
  it('finds the list sheet, the two-row header under the title rows and maps shuffled columns', async () => {
    const sheet = readSheet(await messyWorkbook(), 'danh-sach.xlsx');
    expect(sheet.sheetName).toBe('DS trẻ em');
    const header = findHeader(sheet);
    expect(header.headerRow).toBe(5);
    expect(header.firstDataRow).toBe(7);
    const mapping = guessMapping(header.columns, null, codeLookup());
    expect(mapping).toMatchObject({
      dob: 'Ngày sinh',
      fullName: 'Họ và tên trẻ',
      'sex:M': 'Giới tính / Nam',
      'sex:F': 'Giới tính / Nữ',
      personalId: 'Số định danh cá nhân',
      ethnicity: 'Dân tộc',
      motherName: 'Họ tên mẹ',
      groups: 'Nhóm HCĐB',
      place: 'Xã/phường',
    });
  });

  it('normalises names, dates, sex marks, IDs that lost their leading zero, ethnicity and loose group labels', async () => {
    const a = await messy();
    const ánh = rowOf(a, 8);
    expect(ánh).toMatchObject({
      fullName: 'Nguyễn Thị Ánh',
      dob: '2015-03-15',
      dobPrecision: 'day',
      sex: 'F',
      personalId: '051315000123',
      ethnicityCode: '01',
      hamlet: 'Thôn An Hải',
      unitId: UNITS[0]!.id,
      groups: [{ group: 'a', subtype: null }],
      blocking: false,
    });
    expect(ánh.guardians).toEqual([{ relation: 'me', fullName: 'Trần Thị Bé', phone: null }]);
    expect(codesOf(a, 8)).toEqual(
      expect.arrayContaining(['NAME_NORMALISED/fixed', 'GROUP_NORMALISED/fixed']),
    );
    // A plain number in the date column is an Excel serial; the ID typed as a number got its 0 back.
    expect(rowOf(a, 9)).toMatchObject({
      dob: '2018-03-15',
      sex: 'M',
      personalId: '051218000124',
      ethnicityCode: '18',
    });
    expect(codesOf(a, 9)).toEqual(
      expect.arrayContaining(['DATE_NORMALISED/fixed', 'ID_FORMAT/fixed', 'ETHNICITY_NORMALISED/fixed']),
    );
    expect(rowOf(a, 12)).toMatchObject({ dob: '2018-03-05', groups: [{ group: 'd', subtype: '6.2' }] });
    expect(codesOf(a, 12)).toContain('DATE_NORMALISED/fixed');
  });

  it('keeps year-only and month/year dates with their precision (DOB_PARTIAL)', async () => {
    const a = await messy();
    expect(rowOf(a, 10)).toMatchObject({
      dob: '2017-01-01',
      dobPrecision: 'year',
      groups: [{ group: 'a', subtype: null }],
    });
    expect(codesOf(a, 10)).toEqual(
      expect.arrayContaining(['DOB_PARTIAL/warning', 'ID_MISSING/warning', 'GROUP_NORMALISED/fixed']),
    );
    expect(rowOf(a, 20)).toMatchObject({ fullName: 'Lý Văn Tính', dob: '2020-03-01', dobPrecision: 'month' });
    expect(codesOf(a, 20)).toEqual(expect.arrayContaining(['DOB_PARTIAL/warning', 'FORMULA_VALUE/warning']));
  });

  it('keeps an old commune name as address text with a warning, never a rejection', async () => {
    const a = await messy();
    expect(rowOf(a, 9)).toMatchObject({ unitId: null, address: 'Xã Bình Phú', blocking: false });
    expect(codesOf(a, 9)).toContain('PLACE_FORMER_UNIT/warning');
    expect(rowOf(a, 10)).toMatchObject({ unitId: null, address: 'Thôn Tây', blocking: false });
    expect(codesOf(a, 10)).toContain('PLACE_UNKNOWN/warning');
  });

  it('blocks rows that cannot be a correct child: no name, no date, 1890, future, 16 or older, a repeated ID', async () => {
    const a = await messy();
    expect(codesOf(a, 13)).toContain('NAME_MISSING/error');
    expect(codesOf(a, 14)).toContain('DOB_INVALID/error');
    expect(codesOf(a, 15)).toContain('NOT_A_CHILD/error');
    expect(codesOf(a, 16)).toContain('DOB_INVALID/error');
    expect(codesOf(a, 17)).toContain('DOB_MISSING/error');
    expect(codesOf(a, 18)).toContain('DOB_FUTURE/error');
    expect(codesOf(a, 19)).toContain('ID_DUPLICATE/error');
    for (const r of [13, 14, 15, 16, 17, 18, 19]) expect(rowOf(a, r).blocking).toBe(true);
    expect(a.parsed.filter((p) => !p.blocking).map((p) => p.row)).toEqual([8, 9, 10, 12, 20]);
    expect(a.duplicates).toContainEqual({ rows: [8, 19], kind: 'same_id', score: 1 });
  });

  it('flags a bad ID and an unknown group without blocking for them, keeping the text in the notes', async () => {
    const a = await messy();
    const row = rowOf(a, 16);
    expect(row).toMatchObject({ personalId: null, personalIdBad: true, personalIdRaw: '0513190001AB' });
    expect(codesOf(a, 16)).toEqual(expect.arrayContaining(['ID_FORMAT/warning', 'GROUP_UNKNOWN/warning']));
    expect(row.notes).toContain('bị ma nhập');
  });

  it('skips blank, section and subtotal rows and counts rows and children', async () => {
    const a = await messy();
    expect(codesOf(a, 7)).toEqual(['ROW_SKIPPED/warning']);
    expect(codesOf(a, 11)).toEqual(['ROW_SKIPPED/fixed']);
    expect(codesOf(a, 21)).toEqual(['ROW_SKIPPED/warning']);
    expect(a).toMatchObject({ rows: 15, children: 12, skipped: 3 });
    // Every issue names its Excel row and the column's header text, with a Vietnamese message.
    const dob = a.issues.find((i) => i.row === 14)!;
    expect(dob).toMatchObject({ column: 'Ngày sinh', code: 'DOB_INVALID' });
    expect(dob.message).toMatch(/Ngày sinh “1890”/);
    expect(AS_OF).toBe('2026-06-30');
  });
});
