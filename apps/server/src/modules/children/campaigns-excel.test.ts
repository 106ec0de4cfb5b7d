// The campaign sheets read back: answers written loosely, IDs typed as numbers or formulas, the
// header found under title rows, blank rows skipped, and a file without the key column refused.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { foldVi } from '@vte/contracts';
import {
  H,
  policeListXlsx,
  readCampaignSheet,
  readPoliceResult,
  readVisitResult,
  ROW_KEY_HEADER,
} from './campaigns-excel';

const heading = { title: 'T', campaign: 'C', place: 'P', exportedBy: 'Xuất bởi A lúc B — Lý do: C' };
const child = {
  itemId: '7d0c5b1e-8f7e-4a37-9d43-6f0f5e1a2b3c',
  fullName: 'Trần Thị Ánh',
  dob: '2015-03-04',
  dobPrecision: 'day',
  sex: 'F',
  guardians: 'Trần Văn Ba',
  hamlet: 'Thôn Đông',
  address: null,
  personalId: null,
  problems: ['ID_MISSING' as const],
};

describe('answers written loosely', () => {
  it('reads the police result', () => {
    for (const yes of ['Đã xác thực', 'da xac thuc', 'ĐÚNG', 'Khớp', 'x'])
      expect(readPoliceResult(yes), yes).toBe('cong_an_xac_thuc');
    for (const no of ['Không khớp', 'khong dung', 'Trả lại', 'Sai thông tin'])
      expect(readPoliceResult(no), no).toBe('cong_an_tra_lai');
    for (const none of ['', '  ', 'Chưa xác thực']) expect(readPoliceResult(none), none).toBeNull();
    expect(readPoliceResult('để sau')).toBe('unknown');
  });

  it('reads the visit result by its label or code', () => {
    expect(readVisitResult('Thông tin đúng')).toBe('dung');
    expect(readVisitResult('THONG TIN DUNG')).toBe('dung');
    expect(readVisitResult('khong_gap')).toBe('khong_gap');
    expect(readVisitResult('')).toBeNull();
    expect(readVisitResult('Đi vắng')).toBe('unknown');
  });
});

describe('reading a filled hand-over list', () => {
  it('finds the header under the title rows and reads IDs typed as numbers or formulas', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(
      (await policeListXlsx(heading, [
        child,
        { ...child, itemId: 'x', fullName: 'B' },
      ])) as unknown as ArrayBuffer,
    );
    const ws = wb.worksheets[0]!;
    ws.getCell(7, 9).value = 51315888001; // a number cell drops the leading 0
    ws.getCell(7, 10).value = { formula: '"Đã xác thực"', result: 'Đã xác thực' };
    ws.getCell(8, 9).value = { richText: [{ text: '0513' }, { text: '15888002' }] };
    ws.addRow([]);
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    const r = await readCampaignSheet(buf, [H.newId, H.police]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.rows.map((x) => x.row)).toEqual([7, 8]);
    expect(r.rows[0]!.key).toBe(child.itemId);
    expect(r.rows[0]!.cells[foldVi(H.newId)]).toBe('51315888001');
    expect(r.rows[0]!.cells[foldVi(H.police)]).toBe('Đã xác thực');
    expect(r.rows[1]!.cells[foldVi(H.newId)]).toBe('051315888002');
  });

  it('refuses a sheet without the key column, and a file that is not a workbook', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('S').addRow([H.stt, H.name, H.newId, H.police]);
    const noKey = await readCampaignSheet(Buffer.from(await wb.xlsx.writeBuffer()), [H.newId, H.police]);
    expect(noKey).toEqual({ ok: false, code: 'CAMPAIGN_FILE_NO_HEADER' });
    const keyOnly = new ExcelJS.Workbook();
    keyOnly.addWorksheet('S').addRow([ROW_KEY_HEADER, H.stt]);
    const missing = await readCampaignSheet(Buffer.from(await keyOnly.xlsx.writeBuffer()), [H.police]);
    expect(missing).toEqual({ ok: false, code: 'CAMPAIGN_FILE_NO_HEADER' });
    expect(await readCampaignSheet(Buffer.from('PK\u0003\u0004 rác'), [])).toEqual({
      ok: false,
      code: 'CAMPAIGN_FILE_UNREADABLE',
    });
  });
});
