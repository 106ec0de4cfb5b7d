// The children-list analyser alone (read + header + mapping + analysis + in-file duplicates) on a
// generated .xlsx, in this process: `node_modules/.bin/node --import tsx bench/children-import-read.ts
// [rows=100000] [--max-old-space-size is the caller's]`. Prints one JSON line: wall and CPU
// milliseconds per phase, peak RSS and heap. Fake names from fixed lists, a fixed seed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { analyse } from '../apps/server/src/modules/children/import-read/analyse';
import { findHeader } from '../apps/server/src/modules/children/import-read/header';
import { codeLookup, unitLookup } from '../apps/server/src/modules/children/import-read/lookups';
import { guessMapping } from '../apps/server/src/modules/children/import-read/mapping';
import { readSheet } from '../apps/server/src/modules/children/import-read/read-sheet';

const words = (s: string) => s.split(' ');
const FAMILY = words('Nguyễn Trần Lê Phạm Huỳnh Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Phan');
const MIDDLE = words('Văn Thị Minh Ngọc Hữu Thanh Đức Quốc Thu Xuân Gia Bảo');
const GIVEN = words('An Bình Châu Dũng Hà Hùng Lan Mai Nam Phúc Quỳnh Sơn Thảo');
// Given names: a real province spreads over a few hundred; a pool of a dozen would put thousands of
// children in each duplicate-matching block and measure that instead.
const GIVEN2 = words(
  'Uyên Vy Yến Hải Hiếu Khoa Linh Long My Ngân Nhi Phong Ánh Anh Bảo Cường Diệp Duy Giang Hạnh Hằng ' +
    'Hòa Huy Hương Khánh Kiên Lâm Loan Lộc Minh Nga Nghĩa Nguyên Nhung Oanh Phát Phương Quang Quý Tài ' +
    'Thắng Thịnh Thủy Tiến Toàn Trâm Trinh Trung Tuệ Tùng Vinh',
);

function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function generate(rows: number, file: string): Promise<void> {
  const rnd = random(42);
  const pick = <T>(a: T[]) => a[Math.floor(rnd() * a.length)]!;
  const name = () => `${pick(FAMILY)} ${pick(MIDDLE)} ${pick(GIVEN)} ${pick(GIVEN2)}`;
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useSharedStrings: true,
    useStyles: true,
  });
  const ws = wb.addWorksheet('Danh sách');
  ws.addRow(['DANH SÁCH TRẺ EM (DỮ LIỆU MÔ PHỎNG)']).commit();
  ws.addRow([]).commit();
  const header = ['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Dân tộc', 'Số định danh', 'Họ tên cha'];
  ws.addRow([...header, 'Họ tên mẹ', 'Thôn', 'Địa chỉ', 'Nhóm HCĐB', 'Ghi chú']).commit();
  for (let i = 0; i < rows; i++) {
    const y = 2011 + Math.floor(rnd() * 15);
    const m = 1 + Math.floor(rnd() * 12);
    const d = 1 + Math.floor(rnd() * 28);
    const n = name();
    const dob =
      i % 3 === 0 ? new Date(Date.UTC(y, m - 1, d)) : i % 3 === 1 ? `${d}/${m}/${y}` : `${d}-${m}-${y}`;
    const id = `051${i % 2 ? 2 : 3}${String(y % 100).padStart(2, '0')}${String(Math.floor(rnd() * 1e6)).padStart(6, '0')}`;
    const group = i % 20 === 0 ? 'KT' : i % 33 === 0 ? 'mồ côi' : '';
    const row = [
      i + 1,
      i % 10 === 0 ? n.toUpperCase() : n,
      dob,
      i % 2 ? 'Nam' : 'Nữ',
      i % 7 ? 'Kinh' : 'Hre',
      id,
    ];
    ws.addRow([...row, name(), name(), `Thôn ${(i % 6) + 1}`, `Số ${i}`, group, '']).commit();
  }
  await wb.commit();
}

const rows = Number(process.argv[2] ?? 100_000);
const file = path.join(os.tmpdir(), `vte-children-list-v3-${rows}.xlsx`);
if (!fs.existsSync(file)) await generate(rows, file);
const buf = fs.readFileSync(file);
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const sheet = readSheet(buf, file);
const t1 = performance.now();
const codes = codeLookup();
const mapping = guessMapping(findHeader(sheet).columns, null, codes);
const result = analyse(sheet, mapping, {
  asOf: '2026-06-30',
  codes,
  unitNames: unitLookup([], '2026-06-30'),
});
const t2 = performance.now();
const cpu = process.cpuUsage(cpu0);
console.log(
  JSON.stringify({
    rows: result.rows,
    children: result.children,
    issues: result.issues.length,
    duplicates: result.duplicates.length,
    fileMb: Math.round(buf.length / 1e5) / 10,
    readMs: Math.round(t1 - t0),
    analyseMs: Math.round(t2 - t1),
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
    heapMb: Math.round(process.memoryUsage().heapUsed / 1e6),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1e3),
  }),
);
