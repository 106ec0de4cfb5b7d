import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';
import { ctx, toBuffer } from './fixtures.test-support';
import { findHeader } from './header';
import { codeLookup } from './lookups';
import { guessMapping } from './mapping';
import { readSheet } from './read-sheet';

async function run(rows: unknown[][], merges: string[] = []) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('DS');
  ws.addRows(rows);
  for (const m of merges) ws.mergeCells(m);
  const sheet = readSheet(await toBuffer(wb), 'ds.xlsx');
  return analyse(sheet, guessMapping(findHeader(sheet).columns, null, codeLookup()), ctx());
}

describe('list layouts met in communes', () => {
  it('reads the register layout: date of birth under "Nam" or "Nữ", groups as x columns, name in two columns', async () => {
    const a = await run(
      [
        ['STT', 'Họ và tên đệm', 'Tên', 'Ngày tháng năm sinh', null, 'Mồ côi', 'Khuyết tật', 'Hộ cận nghèo'],
        [null, null, null, 'Nam', 'Nữ', null, null, null],
        [1, 'nguyễn văn', 'an', '12/05/2016', null, 'x', null, null],
        [2, 'Lê Thị', 'Bích', null, '2014', null, 'nặng', 'x'],
      ],
      ['A1:A2', 'B1:B2', 'C1:C2', 'D1:E1', 'F1:F2', 'G1:G2', 'H1:H2'],
    );
    expect(a.parsed.map((p) => [p.fullName, p.dob, p.dobPrecision, p.sex, p.groups, p.poverty])).toEqual([
      ['Nguyễn Văn An', '2016-05-12', 'day', 'M', [{ group: 'a', subtype: null }], null],
      ['Lê Thị Bích', '2014-01-01', 'year', 'F', [{ group: 'd', subtype: '6.2' }], 'ho_can_ngheo'],
    ]);
    expect(a.issues.filter((i) => i.code === 'SEX_MISSING')).toEqual([]);
  });

  it('proposes probable duplicates within the file but never twins (same parents and date, other given name)', async () => {
    const header = ['Họ và tên', 'Ngày sinh', 'Giới tính', 'Họ tên cha', 'Họ tên mẹ', 'Thôn'];
    const a = await run([
      header,
      ['Nguyễn Thị Ánh', '15/03/2018', 'Nữ', 'Nguyễn Văn Hải', 'Trần Thị Lụa', 'Thôn 1'], // 2
      ['NGUYEN THI ANH', '03/15/2018', 'Nữ', 'Nguyen Van Hai', 'Tran Thi Lua', 'Thôn 1'], // 3: same child, careless
      ['Phạm Minh Khoa', '01/06/2017', 'Nam', 'Phạm Văn Tư', 'Lê Thị Năm', 'Thôn 2'], // 4
      ['Phạm Minh Khang', '01/06/2017', 'Nam', 'Phạm Văn Tư', 'Lê Thị Năm', 'Thôn 2'], // 5: his twin
    ]);
    const probable = a.duplicates.filter((d) => d.kind === 'probable');
    expect(probable.map((d) => d.rows)).toEqual([[2, 3]]);
    expect(probable[0]!.score).toBeGreaterThanOrEqual(0.8);
  });

  it('warns on sex written oddly or marked twice, and keeps unknown relations and schooling in the notes', async () => {
    const a = await run([
      ['Họ và tên', 'Ngày sinh', 'Giới tính', 'Người giám hộ', 'Quan hệ', 'Đi học'],
      ['Đỗ Văn Tài', '2015', 'trai', 'Đỗ Thị Hiền', 'bà nội', 'đang đi học'],
      ['Hồ Thị Mơ', '2016', 'không biết', 'Hồ Văn Ba', 'cha nuôi', 'lớp 3'],
    ]);
    expect(a.parsed[0]).toMatchObject({
      sex: 'M',
      guardians: [{ relation: 'ong_ba', fullName: 'Đỗ Thị Hiền', phone: null }],
    });
    expect(a.parsed[1]!.sex).toBeNull();
    expect(a.parsed[1]!.guardians[0]!.relation).toBe('khac');
    expect(a.parsed[1]!.notes).toBe('Quan hệ: cha nuôi; Đi học: lớp 3');
    expect(a.issues.filter((i) => i.row === 3).map((i) => i.code)).toEqual(
      expect.arrayContaining(['SEX_INVALID', 'VALUE_UNKNOWN']),
    );
  });

  it('matches each distinct value against the code lists once per file, whatever look-up it is given', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('DS').addRows([
      ['Họ và tên', 'Năm sinh', 'Dân tộc'],
      ['Lò Văn A', '2015', 'Thái'],
      ['Lò Văn B', '2016', 'Thái'],
      ['Lò Thị C', '2017', 'Thái'],
    ]);
    const sheet = readSheet(await toBuffer(wb), 'ds.xlsx');
    const inner = codeLookup();
    const calls: string[] = [];
    const counting = {
      ...inner,
      match: (list: Parameters<typeof inner.match>[0], text: string) => (
        calls.push(text),
        inner.match(list, text)
      ),
    };
    const a = analyse(sheet, guessMapping(findHeader(sheet).columns), { ...ctx(), codes: counting });
    expect(a.parsed.map((p) => p.ethnicityCode)).toEqual(['03', '03', '03']);
    expect(calls).toEqual(['Thái']);
  });

  it('flags an ID that contradicts sex or year of birth, keeping it and the child (warnings, not errors)', async () => {
    const a = await run([
      ['Họ và tên', 'Ngày sinh', 'Giới tính', 'Số CCCD'],
      ['Trương Văn Sáu', '10/10/2015', 'Nam', '051315000777'], // digit 4 = 3: a girl born in the 2000s
      ['Trương Thị Bảy', '10/10/2016', 'Nữ', '051315000778'], // digits 5–6 = 15, born 2016
      ['Trương Văn Tám', '10/10/2014', 'Nam', '999214000779'], // 999: no province code
    ]);
    expect(a.parsed.map((p) => [p.personalId, p.personalIdBad, p.blocking])).toEqual([
      ['051315000777', true, false],
      ['051315000778', true, false],
      ['999214000779', false, false],
    ]);
    const codes = a.issues
      .filter((i) => i.code.startsWith('ID_'))
      .map((i) => `${i.row}:${i.code}/${i.severity}`);
    expect(codes).toEqual(['2:ID_SEX_CENTURY/warning', '3:ID_BIRTH_YEAR/warning', '4:ID_PROVINCE/warning']);
  });

  it('takes a lone name in the name column as a child with gaps, and a "Thôn" row elsewhere as a section', async () => {
    const a = await run([
      ['STT', 'Họ và tên', 'Năm sinh'],
      ['Thôn Đông'],
      [null, 'Tô Văn Nam'],
      [2, 'Lê Thị Tư', '2015'],
    ]);
    expect(a.issues.filter((i) => i.code === 'ROW_SKIPPED').map((i) => i.row)).toEqual([2]);
    expect(a.parsed.map((p) => [p.row, p.fullName, p.hamlet, p.blocking])).toEqual([
      [3, 'Tô Văn Nam', 'Thôn Đông', true],
      [4, 'Lê Thị Tư', 'Thôn Đông', false],
    ]);
  });
});
