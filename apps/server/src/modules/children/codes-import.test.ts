// Import leftovers of issue 11 (docs/children-import.md): "mồ côi" alone asks for a choice instead of
// silently meaning group a; a former commune of Lý Sơn written in the address column is flagged.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LY_SON } from '../org';
import { createTestApp, type Session, type TestApp } from '../../test/harness';
import { ambiguousCodes, matchCode } from './codes';
import { cccd, uploadList } from './import.test-support';

let t: TestApp;
let worker: Session;
const AS_OF = '2026-11-30';
type Issue = { row: number; column: string; code: string; severity: string; message: string };

async function preview(headers: string[], rows: string[][]): Promise<Issue[]> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Danh sách');
  ws.addRow(['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Số định danh cá nhân', ...headers]);
  rows.forEach((r, i) => ws.addRow([i + 1, ...r]));
  const data = Buffer.from(await wb.xlsx.writeBuffer());
  const r = await uploadList(
    t,
    worker,
    { unitId: LY_SON.specialZoneId, asOf: AS_OF },
    { name: 'ds.xlsx', data },
  );
  expect(r.status).toBe(201);
  return r.body.issues as Issue[];
}
const person = (n: number): string[] => [
  `Nguyễn Văn Số ${'ABCDEFGH'[n]}`,
  `0${n + 1}/03/2015`,
  'Nam',
  cccd('M', 2015, n + 1),
];
const at = (issues: Issue[], row: number) => issues.filter((i) => i.row === row);

beforeAll(async () => {
  t = await createTestApp();
  worker = await t.userSession('commune_worker', { scopeUnitId: LY_SON.specialZoneId });
});
afterAll(() => t.close());

describe('ambiguous group labels', () => {
  it('"mồ côi", "Trẻ em mồ côi" and "MC" alone match no group; precise orphan labels still do', () => {
    for (const text of ['mồ côi', 'Mồ Côi', 'Trẻ em mồ côi', 'trẻ mồ côi', 'MC'])
      expect(matchCode('circumstance_group', text), text).toBeNull();
    // A stored list may still carry the old alias: the guard comes before aliases.
    const stored = [
      {
        list: 'circumstance_group' as const,
        code: 'a',
        label: 'Trẻ em mồ côi cả cha và mẹ',
        aliases: ['mồ côi'],
      },
    ];
    expect(matchCode('circumstance_group', 'mồ côi', stored)).toBeNull();
    expect(ambiguousCodes('circumstance_group', 'Trẻ em mồ côi')).toEqual(['a', 'c']);
    expect(matchCode('circumstance_group', 'mồ côi cả cha lẫn mẹ')?.code).toBe('a');
    expect(matchCode('circumstance_group', 'Trẻ em mồ côi cả cha và mẹ')?.code).toBe('a');
    expect(ambiguousCodes('circumstance_group', 'khuyết tật')).toBeNull();
  });

  it('an import row saying only "mồ côi" gets a warning asking for a choice, and no group', async () => {
    const issues = await preview(
      ['Nhóm HCĐB'],
      [
        [...person(0), 'mồ côi'],
        [...person(1), 'mồ côi cả cha lẫn mẹ'],
      ],
    );
    const first = at(issues, 2);
    expect(first).toEqual([
      expect.objectContaining({ column: 'Nhóm HCĐB', code: 'GROUP_UNKNOWN', severity: 'warning' }),
    ]);
    expect(first[0]!.message).toContain('chưa rõ thuộc nhóm nào');
    expect(first[0]!.message).toContain('a) Trẻ em mồ côi cả cha và mẹ');
    expect(first[0]!.message).toContain('c) Trẻ em không nơi nương tựa');
    expect(at(issues, 3).map((i) => i.code)).toEqual(['GROUP_NORMALISED']);
  });

  it('a column headed "Mồ côi" over marks is still guessed as group a in the mapping step', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Danh sách').addRows([
      ['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Mồ côi'],
      [1, 'Lê Thị Hoa', '01/02/2016', 'Nữ', 'x'],
    ]);
    const data = Buffer.from(await wb.xlsx.writeBuffer());
    const r = await uploadList(
      t,
      worker,
      { unitId: LY_SON.specialZoneId, asOf: AS_OF },
      { name: 'ds.xlsx', data },
    );
    expect(r.body.mapping).toMatchObject({ 'group:a': 'Mồ côi' });
  });
});

describe('former communes in the place and address columns', () => {
  it('flags a dissolved commune of Lý Sơn in the address column, keeping the text, never rejecting', async () => {
    const issues = await preview(
      ['Địa chỉ'],
      [
        [...person(0), 'An Vĩnh'],
        [...person(1), 'Thôn Đông, xã An Hải'],
        [...person(2), 'Thôn Tây'],
        [...person(3), 'Thôn Đông, đặc khu Lý Sơn'],
      ],
    );
    expect(at(issues, 2)).toEqual([
      expect.objectContaining({ column: 'Địa chỉ', code: 'PLACE_FORMER_UNIT', severity: 'warning' }),
    ]);
    expect(at(issues, 2)[0]!.message).toContain('“An Vĩnh”');
    expect(at(issues, 3)).toEqual([
      expect.objectContaining({ code: 'PLACE_FORMER_UNIT', severity: 'warning' }),
    ]);
    expect(at(issues, 3)[0]!.message).toContain('“xã An Hải”');
    expect(at(issues, 4)).toEqual([]);
    expect(at(issues, 5)).toEqual([]);
  });

  it('still flags the place column ("Xã") naming a former commune', async () => {
    const issues = await preview(['Xã'], [[...person(0), 'An Bình']]);
    expect(at(issues, 2)).toEqual([
      expect.objectContaining({ column: 'Xã', code: 'PLACE_FORMER_UNIT', severity: 'warning' }),
    ]);
  });
});
