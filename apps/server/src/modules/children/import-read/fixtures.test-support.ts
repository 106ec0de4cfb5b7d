// Messy lists as communes keep them, built in the test with exceljs / SheetJS (clearly fake names).
import * as XLSX from '@e965/xlsx';
import ExcelJS from 'exceljs';
import { codeLookup, unitLookup } from './lookups';
import type { AnalyseContext } from './types';

export const AS_OF = '2026-06-30';

/** The units a place column may name: the current commune and an old one merged into it. */
export const UNITS = [
  {
    id: '00000000-0000-4000-8000-000000000001',
    name: 'Xã Bình Châu',
    validFrom: '2025-07-01',
    validTo: null,
  },
  {
    id: '00000000-0000-4000-8000-000000000002',
    name: 'Xã Bình Phú',
    validFrom: '2000-01-01',
    validTo: '2025-06-30',
  },
];

export const ctx = (): AnalyseContext => ({
  asOf: AS_OF,
  codes: codeLookup(),
  unitNames: unitLookup(UNITS, AS_OF),
});

export const toBuffer = async (wb: ExcelJS.Workbook) => Buffer.from(await wb.xlsx.writeBuffer());

/**
 * Title rows, a two-row header ("Giới tính" merged over Nam | Nữ, "Ngày sinh" merged down), columns
 * in an unusual order, a numbering row, blank, section and subtotal rows, dates of every kind, a
 * formula, an ID typed as a number, loose group labels, an old commune name.
 */
export async function messyWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Hướng dẫn').addRow(['Điền danh sách ở trang sau']);
  const ws = wb.addWorksheet('DS trẻ em');
  ws.addRow(['UBND XÃ BÌNH CHÂU']);
  ws.addRow(['DANH SÁCH TRẺ EM CÓ HOÀN CẢNH ĐẶC BIỆT NĂM 2026']);
  ws.mergeCells('A2:J2');
  ws.addRow([]);
  // Row 4–5: the header on two rows.
  ws.addRow([
    'STT',
    'Ngày sinh',
    'Họ và tên trẻ',
    'Giới tính',
    null,
    'Số định danh cá nhân',
    'Dân tộc',
    'Họ tên mẹ',
    'Nhóm HCĐB',
    'Xã/phường',
  ]);
  ws.addRow([null, null, null, 'Nam', 'Nữ', null, null, null, null, null]);
  ws.mergeCells('A4:A5');
  ws.mergeCells('B4:B5');
  ws.mergeCells('C4:C5');
  ws.mergeCells('D4:E4');
  for (const c of ['F', 'G', 'H', 'I', 'J']) ws.mergeCells(`${c}4:${c}5`);
  ws.addRow(['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)', '(10)']); // row 6
  ws.addRow(['Thôn An Hải']); // row 7: a section naming the hamlet
  ws.addRow([
    1,
    new Date(Date.UTC(2015, 2, 15)),
    'NGUYỄN  THỊ ánh',
    null,
    'x',
    '051315000123',
    'Kinh',
    'Trần Thị Bé',
    'Mồ côi cả cha mẹ',
    'Bình Châu',
  ]); // 8
  ws.addRow([2, 43174, 'Lê Văn Bình', 'x', null, 51218000124, 'Hre', 'Phạm Thị C', 'KT', 'Xã Bình Phú']); // 9: serial as number, ID lost its 0
  ws.addRow([3, '2017', 'Phạm Minh Châu', 'x', null, null, "H'rê", null, 'HCĐB nhóm a', 'Thôn Tây']); // 10: year only, unknown place
  ws.addRow([]); // 11: blank
  ws.addRow([
    4,
    '5-3-18',
    'Võ Thị Dung',
    null,
    'x',
    '051318000999',
    'Kinh',
    'Võ Thị Mẹ',
    'khuyết tật nặng',
    null,
  ]); // 12
  ws.addRow([5, '12.04.2016', '', 'x', null, null, 'Kinh', null, null, null]); // 13: no name
  ws.addRow([6, '1890', 'Trần Văn Cụ', 'x', null, null, 'Kinh', null, null, null]); // 14: 1890
  ws.addRow([7, '01/01/2008', 'Đặng Văn Lớn', 'x', null, null, 'Kinh', null, null, null]); // 15: 18 years old
  ws.addRow([8, '15/13/2019', 'Bùi Thị Sai', null, 'x', '0513190001AB', 'Kinh', null, 'bị ma nhập', null]); // 16
  ws.addRow([9, null, 'Hồ Văn Thiếu', 'x', null, null, 'Kinh', null, null, null]); // 17: no date
  ws.addRow([10, '01/01/2030', 'Ngô Văn Tương', 'x', null, null, 'Kinh', null, null, null]); // 18: future
  ws.addRow([
    11,
    new Date(Date.UTC(2015, 2, 15)),
    'Nguyễn Thị Ánh',
    null,
    'x',
    '051315000123',
    'Kinh',
    'Trần Thị Bé',
    null,
    null,
  ]); // 19: same ID as row 8
  ws.addRow([
    12,
    null,
    { formula: 'UPPER("Lý Văn Tính")', result: 'LÝ VĂN TÍNH' },
    'x',
    null,
    null,
    'Kinh',
    null,
    null,
    null,
  ]); // 20
  ws.getCell('B20').value = '3/2020';
  ws.addRow(['Cộng', null, '12 trẻ']); // 21: subtotal
  ws.getCell('B8').numFmt = 'dd/mm/yyyy';
  ws.getCell('B19').numFmt = 'dd/mm/yyyy';
  return toBuffer(wb);
}

/** A list saved as .xls (Excel 97–2003) by SheetJS. */
export function xlsList(): Buffer {
  const ws = XLSX.utils.aoa_to_sheet([
    ['DANH SÁCH TRẺ EM'],
    [],
    ['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Dân tộc'],
    [1, 'Nguyễn Văn An', '20/10/2014', 'Nam', 'Kinh'],
    [2, 'Đinh Thị Hoa', '2013', 'Nữ', 'Hrê'],
  ]);
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, 'Sheet1');
  return XLSX.write(wb, { type: 'buffer', bookType: 'xls' }) as Buffer;
}

/** A password-protected Office file: a compound file holding an EncryptedPackage stream. */
export function encryptedFile(): Buffer {
  const cfb = XLSX.CFB.utils.cfb_new();
  XLSX.CFB.utils.cfb_add(cfb, 'EncryptionInfo', Buffer.alloc(64, 1));
  XLSX.CFB.utils.cfb_add(cfb, 'EncryptedPackage', Buffer.alloc(4096, 7));
  return Buffer.from(XLSX.CFB.write(cfb, { type: 'buffer' }) as Uint8Array);
}

export const CSV_TEXT = [
  'Danh sách trẻ em thôn Đông',
  'STT;Họ và tên;Ngày sinh;Giới tính;Số định danh;Ghi chú',
  '1;Nguyễn Văn An;20/10/2014;Nam;051214000111;',
  '2;Trần Thị Hoa;2013;nu;;"Ở với bà; gọi là ""Bé""\nchuyển đến 2024"',
].join('\r\n');

/** Windows-1258 bytes of "Nguyễn Văn Ánh" (base letters + combining tone marks, as that code page stores them). */
export const CP1258_NAME = Buffer.from([
  0x4e, 0x67, 0x75, 0x79, 0xea, 0xde, 0x6e, 0x20, 0x56, 0xe3, 0x6e, 0x20, 0x41, 0xec, 0x6e, 0x68,
]);
