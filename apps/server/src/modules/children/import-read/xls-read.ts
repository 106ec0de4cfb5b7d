// Excel 97–2003 (.xls) through SheetJS: an .xls holds at most 65,536 rows, so its cell objects
// stay small. Password-protected files are recognised from SheetJS's refusal.
import * as XLSX from '@e965/xlsx';
import * as cptable from '@e965/xlsx/dist/cpexcel.full.mjs';
import { cellKey, ImportReadError, type RawSheet, type RawValue } from './types';

XLSX.set_cptable(cptable);

interface SheetCell {
  t: string;
  v?: unknown;
  z?: string | number;
  f?: string;
}

export interface XlsBook {
  names: string[];
  hidden: boolean[];
  read(index: number): RawSheet;
}

function isDate(z: string | number | undefined): boolean {
  if (z === undefined) return false;
  return Boolean((XLSX.SSF as { is_date(f: string | number): boolean }).is_date(z));
}

function value(cell: SheetCell | undefined, date1904: boolean): RawValue {
  if (!cell || cell.v === undefined || cell.v === null) return null;
  if (cell.t === 'e' || cell.t === 'z') return null;
  if (cell.t === 'b') return Boolean(cell.v);
  if (cell.t === 'n' && typeof cell.v === 'number') {
    return isDate(cell.z) ? { serial: date1904 ? cell.v + 1462 : cell.v } : cell.v;
  }
  const s = String(cell.v);
  return s === '' ? null : s;
}

export function openXls(buf: Buffer, maxRows: number): XlsBook {
  let wb: XLSX.WorkBook;
  try {
    wb = XLSX.read(buf, {
      type: 'buffer',
      dense: true,
      cellNF: true,
      cellText: false,
      sheetRows: maxRows + 1,
    });
  } catch (e) {
    const msg = e instanceof Error ? e.message : '';
    throw new ImportReadError(
      /password|encrypt/i.test(msg) ? 'CHILD_IMPORT_ENCRYPTED' : 'CHILD_IMPORT_UNREADABLE',
    );
  }
  const date1904 = Boolean(wb.Workbook?.WBProps?.date1904);
  return {
    names: wb.SheetNames,
    hidden: wb.SheetNames.map((_n, i) => Boolean(wb.Workbook?.Sheets?.[i]?.Hidden)),
    read(index) {
      const name = wb.SheetNames[index]!;
      const ws = wb.Sheets[name] as XLSX.WorkSheet & { '!data'?: (SheetCell | undefined)[][] };
      const data = ws['!data'] ?? [];
      if (data.length > maxRows) throw new ImportReadError('CHILD_IMPORT_TOO_MANY_ROWS');
      const sheet: RawSheet = { sheetName: name, rows: [], merges: [], formulas: new Set() };
      data.forEach((cells, r) => {
        if (!cells) return;
        const row: RawValue[] = [];
        cells.forEach((cell, c) => {
          const v = value(cell, date1904);
          if (v === null) return;
          row[c] = v;
          if (cell?.f) sheet.formulas.add(cellKey(r, c));
        });
        if (row.length) sheet.rows[r] = row;
      });
      for (const m of ws['!merges'] ?? []) sheet.merges.push({ r1: m.s.r, c1: m.s.c, r2: m.e.r, c2: m.e.c });
      return sheet;
    },
  };
}
