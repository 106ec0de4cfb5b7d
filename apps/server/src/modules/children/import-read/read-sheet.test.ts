import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';
import {
  CP1258_NAME,
  CSV_TEXT,
  ctx,
  encryptedFile,
  messyWorkbook,
  toBuffer,
  xlsList,
} from './fixtures.test-support';
import { findHeader } from './header';
import { codeLookup } from './lookups';
import { guessMapping } from './mapping';
import { readSheet } from './read-sheet';
import { ImportReadError, MAX_IMPORT_ROWS, type RawSheet } from './types';

const refusal = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (e instanceof ImportReadError) return e.code;
    throw e;
  }
  return null;
};

function run(sheet: RawSheet) {
  return analyse(sheet, guessMapping(findHeader(sheet).columns, null, codeLookup()), ctx());
}

describe('reading lists (.xlsx, .xls, .csv) and refusing what cannot be read', () => {
  it('reads a .csv in UTF-8 with BOM, semicolons and quoted quotes, keeping IDs as text', () => {
    const a = run(
      readSheet(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(CSV_TEXT)]), 'ds.csv'),
    );
    expect(a.parsed.map((p) => [p.fullName, p.dob, p.dobPrecision, p.sex, p.personalId])).toEqual([
      ['Nguyễn Văn An', '2014-10-20', 'day', 'M', '051214000111'],
      ['Trần Thị Hoa', '2013-01-01', 'year', 'F', null],
    ]);
    // A quoted cell keeps its delimiter, doubled quotes and line break (made one space).
    expect(a.parsed[1]!.notes).toBe('Ở với bà; gọi là "Bé" chuyển đến 2024');
  });

  it('reads a .csv saved as UTF-16 and one in Windows-1258 (combining tone marks made NFC)', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(CSV_TEXT, 'utf16le')]);
    expect(run(readSheet(utf16, 'ds.csv')).parsed[0]!.fullName).toBe('Nguyễn Văn An');
    const cp1258 = Buffer.concat([
      Buffer.from('Ho va ten,Ngay sinh\r\n'),
      CP1258_NAME,
      Buffer.from(',2015\r\n'),
    ]);
    const sheet = readSheet(cp1258, 'ds.csv');
    const written = sheet.rows[1]![0] as string;
    expect(written).not.toBe('Nguyễn Văn Ánh');
    expect(written.normalize('NFC')).toBe('Nguyễn Văn Ánh');
    expect(run(sheet).parsed[0]!.fullName).toBe('Nguyễn Văn Ánh');
  });

  it('reads an Excel 97–2003 .xls', () => {
    const a = run(readSheet(xlsList(), 'ds.xls'));
    expect(a.parsed.map((p) => [p.fullName, p.dob, p.sex, p.ethnicityCode])).toEqual([
      ['Nguyễn Văn An', '2014-10-20', 'M', '01'],
      ['Đinh Thị Hoa', '2013-01-01', 'F', '18'],
    ]);
  });

  it('refuses a password-protected file, a file that is no spreadsheet, a damaged zip and a list without header', async () => {
    expect(refusal(() => readSheet(encryptedFile(), 'ds.xlsx'))).toBe('CHILD_IMPORT_ENCRYPTED');
    expect(refusal(() => readSheet(Buffer.from('%PDF-1.4 hello'), 'ds.xlsx'))).toBe(
      'CHILD_IMPORT_WRONG_TYPE',
    );
    const good = await toBuffer(new ExcelJS.Workbook().addWorksheet('a').workbook);
    expect(refusal(() => readSheet(good.subarray(0, good.length - 40), 'ds.xlsx'))).toBe(
      'CHILD_IMPORT_UNREADABLE',
    );
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('a').addRows([['Báo cáo quý'], ['Nội dung', 'Số liệu'], ['Trẻ em', 12]]);
    const sheet = readSheet(await toBuffer(wb), 'ds.xlsx');
    expect(refusal(() => findHeader(sheet))).toBe('CHILD_IMPORT_NO_HEADER');
    expect(refusal(() => readSheet(Buffer.alloc(0), 'ds.csv'))).toBe('CHILD_IMPORT_UNREADABLE');
  });

  it('refuses more than 200,000 data rows (.csv and .xlsx), with a clear code', async () => {
    const lines = ['Họ và tên,Ngày sinh'];
    for (let i = 0; i <= MAX_IMPORT_ROWS; i++) lines.push(`A${i},2015`);
    const csv = readSheet(Buffer.from(lines.join('\n')), 'ds.csv');
    expect(refusal(() => run(csv))).toBe('CHILD_IMPORT_TOO_MANY_ROWS');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('a');
    ws.addRow(['Họ và tên', 'Ngày sinh']);
    ws.getCell(`A${MAX_IMPORT_ROWS + 150}`).value = 'Nguyễn Văn Xa';
    const big = await toBuffer(wb);
    expect(refusal(() => readSheet(big, 'ds.xlsx'))).toBe('CHILD_IMPORT_TOO_MANY_ROWS');
  });

  it('takes the cached value of a formula cell and dates in the 1904 system', async () => {
    const wb = new ExcelJS.Workbook();
    wb.properties.date1904 = true;
    const ws = wb.addWorksheet('a');
    ws.addRow(['Họ và tên', 'Ngày sinh', 'Giới tính', 'Ghi chú']);
    ws.addRow([
      { formula: 'A3', result: 'Mai Thị Lan' },
      new Date(Date.UTC(2016, 5, 1)),
      'nữ',
      'Cha & mẹ <đi làm xa>',
    ]);
    // Rich text (runs with their own fonts) is one shared string made of several runs.
    ws.addRow([{ richText: [{ text: 'Đoàn ' }, { font: { bold: true }, text: 'Văn Hậu' }] }, '2017', 'Nam']);
    ws.getCell('B2').numFmt = 'dd/mm/yyyy';
    const a = run(readSheet(await toBuffer(wb), 'ds.xlsx'));
    expect(a.parsed[0]).toMatchObject({
      fullName: 'Mai Thị Lan',
      dob: '2016-06-01',
      sex: 'F',
      notes: 'Cha & mẹ <đi làm xa>',
    });
    expect(a.parsed[1]).toMatchObject({ fullName: 'Đoàn Văn Hậu', dob: '2017-01-01', sex: 'M' });
    expect(a.issues.map((i) => i.code)).toContain('FORMULA_VALUE');
  });

  it('answers damaged files only with its own refusal codes, never a library error (bytes flipped, cut short)', async () => {
    const good = await messyWorkbook();
    const outcomes = new Set<string>();
    for (let i = 0; i < 24; i++) {
      const bad = Buffer.from(good);
      const at = Math.floor(((i + 1) * bad.length) / 26);
      if (i % 2) bad.fill(0x41, at, at + 64);
      const file = i % 2 ? bad : bad.subarray(0, at);
      try {
        const sheet = readSheet(file, 'ds.xlsx');
        run(sheet);
        outcomes.add('read');
      } catch (e) {
        expect(e).toBeInstanceOf(ImportReadError);
        outcomes.add((e as ImportReadError).code);
      }
    }
    expect(outcomes.has('CHILD_IMPORT_UNREADABLE')).toBe(true);
  });
});

describe('a sheet larger than one slice of XML', () => {
  it('reads every row across the 1 MB slices, Vietnamese text intact, and the merges after the rows', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Danh sách');
    ws.addRow(['DANH SÁCH TRẺ EM']);
    ws.mergeCells('A1:D1');
    ws.addRow(['STT', 'Họ và tên', 'Ngày sinh', 'Ghi chú']);
    // Inline strings with marks make the XML several MB, so rows straddle many slice cuts.
    for (let i = 0; i < 20_000; i++)
      ws.addRow([
        i + 1,
        { richText: [{ text: `Nguyễn Thị Ánh ${i}` }] },
        '01/02/2015',
        'ghi chú dài '.repeat(8),
      ]);
    const sheet = readSheet(await toBuffer(wb), 'ds.xlsx');
    expect(sheet.rows.filter(Boolean)).toHaveLength(20_002);
    expect(sheet.rows[2]?.[1]).toBe('Nguyễn Thị Ánh 0');
    expect(sheet.rows[20_001]?.[1]).toBe('Nguyễn Thị Ánh 19999');
    expect(sheet.rows.slice(2).every((r, i) => r[0] === i + 1 && r[1] === `Nguyễn Thị Ánh ${i}`)).toBe(true);
    expect(sheet.merges).toContainEqual({ r1: 0, c1: 0, r2: 0, c2: 3 });
  });
});
