import ExcelJS from 'exceljs';

// A messy list of a few hundred children as communes really keep them: title rows above a two-row
// header with merged cells, names in any case, dates written five ways, a subtotal row, a blank row,
// loosely written circumstance groups, rows that must be rejected and a probable duplicate pair.
// Names are made up from fixed syllables; any likeness to a real child is chance.

const FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Huỳnh',
  'Võ',
  'Phan',
  'Trương',
  'Bùi',
  'Đặng',
  'Dương',
  'Lý',
];
const MIDDLE_M = ['Văn', 'Minh', 'Quốc', 'Đức', 'Hữu'];
const MIDDLE_F = ['Thị', 'Ngọc', 'Thanh', 'Thu', 'Mỹ'];
const GIVEN_M = [
  'An',
  'Bảo',
  'Cường',
  'Dũng',
  'Hải',
  'Khánh',
  'Long',
  'Nam',
  'Phúc',
  'Quân',
  'Sơn',
  'Tâm',
  'Vinh',
];
const GIVEN_F = [
  'Anh',
  'Bích',
  'Chi',
  'Dung',
  'Hà',
  'Hương',
  'Lan',
  'Mai',
  'Ngân',
  'Oanh',
  'Thảo',
  'Uyên',
  'Yến',
];
const HAMLETS = ['Thôn Đông', 'Thôn Tây', 'Thôn Bắc', 'Thôn Trung Hòa', 'Thôn Đồng Hộ'];
const GROUPS = ['', '', '', '', '', '', 'mồ côi cha mẹ', 'KT', 'khuyết tật', 'bỏ học', 'HCĐB nhóm d'];

export type MessyRow = {
  name: string | null;
  dob: string | Date | number | null;
  sex: string;
  ethnicity: string;
  personalId: string | null;
  father: string;
  mother: string;
  hamlet: string;
  group: string;
};

/** The rows the test cares about, by a fixed position in the sheet. */
export const SPECIAL = {
  /** Impossible date: rejected, fixed in the rejects workbook and imported again. */
  badDate: { name: 'Phan Thị Kiều Oanh', dob: '31/02/2016', fixed: '28/02/2016' },
  /** No name at all: rejected (stays rejected). */
  noName: { dob: '05/06/2017' },
  /** The same girl written twice (accents stripped, day and month swapped, same mother). */
  duplicate: {
    a: 'Trương Thị Ngọc Bích',
    b: 'TRUONG THI NGOC BICH',
    dobA: '12/03/2015',
    dobB: '03/12/2015',
    father: 'Trương Văn Hùng',
    mother: 'Lê Thị Hoa',
  },
};

const pick = <T>(list: readonly T[], n: number): T => list[n % list.length]!;
const pad = (n: number, size = 2) => String(n).padStart(size, '0');

/** A 12-digit ID that passes the checks: Quảng Ngãi (051), sex/century digit, year, a serial. */
function personalId(sex: 'M' | 'F', year: number, serial: number): string {
  const century = year >= 2000 ? (sex === 'M' ? 2 : 3) : sex === 'M' ? 0 : 1;
  return `051${century}${pad(year % 100)}${pad(serial, 6)}`;
}

function child(i: number): MessyRow {
  const sex = i % 2 === 0 ? 'M' : 'F';
  const year = 2011 + (i % 14);
  const month = 1 + (i % 12);
  const day = 1 + ((i * 7) % 28);
  const given = sex === 'M' ? pick(GIVEN_M, i) : pick(GIVEN_F, i * 5);
  const middle = sex === 'M' ? pick(MIDDLE_M, i * 3) : pick(MIDDLE_F, i * 3);
  const family = pick(FAMILY, i * 7 + 1);
  let name = `${family} ${middle} ${given}`;
  if (i % 17 === 0) name = name.toLowerCase(); // NAME_NORMALISED
  if (i % 23 === 0) name = `  ${name.toUpperCase()} `;
  const formats = [
    `${pad(day)}/${pad(month)}/${year}`,
    new Date(Date.UTC(year, month - 1, day)),
    `${day}/${month}/${String(year).slice(2)}`,
    `${pad(day)}-${pad(month)}-${year}`,
    String(year),
  ];
  return {
    name,
    dob: pick(formats, i),
    sex: sex === 'M' ? pick(['Nam', 'nam', 'x'], i) : pick(['Nữ', 'nu', 'Nữ'], i),
    ethnicity: pick(['Kinh', 'Kinh', 'Kinh', 'kinh', 'Hoa'], i),
    personalId: i % 9 === 0 ? null : personalId(sex, year, 1000 + i),
    father: `${family} ${pick(MIDDLE_M, i + 1)} ${pick(GIVEN_M, i * 11 + 3)}`,
    mother: `${pick(FAMILY, i * 5 + 2)} Thị ${pick(GIVEN_F, i * 13 + 1)}`,
    hamlet: pick(HAMLETS, i),
    group: pick(GROUPS, i),
  };
}

/** `count` ordinary children plus the special rows, in sheet order. */
export function messyRows(count: number): MessyRow[] {
  const rows = Array.from({ length: count }, (_v, i) => child(i));
  const d = SPECIAL.duplicate;
  rows.splice(40, 0, {
    ...child(40),
    name: d.a,
    dob: d.dobA,
    sex: 'Nữ',
    personalId: null,
    father: d.father,
    mother: d.mother,
    hamlet: 'Thôn Đông',
    group: 'mồ côi cha mẹ',
  });
  rows.splice(150, 0, {
    ...child(150),
    name: d.b,
    dob: d.dobB,
    sex: 'nu',
    personalId: null,
    father: d.father,
    mother: d.mother,
    hamlet: 'Thôn Đông',
    group: 'mồ côi cha mẹ',
  });
  rows.splice(90, 0, {
    ...child(90),
    name: SPECIAL.badDate.name,
    dob: SPECIAL.badDate.dob,
    sex: 'Nữ',
    personalId: null,
  });
  rows.splice(200, 0, { ...child(200), name: null, dob: SPECIAL.noName.dob, personalId: null });
  return rows;
}

const HEADER_TOP = [
  'STT',
  'Họ và tên trẻ',
  'Ngày, tháng, năm sinh',
  'Giới tính',
  'Dân tộc',
  'Số định danh cá nhân',
  'Họ tên cha mẹ',
  '',
  'Thôn',
  'Hoàn cảnh',
];
const HEADER_SUB = ['', '', '', '', '', '', 'Cha', 'Mẹ', '', ''];

export async function messyWorkbook(rows: MessyRow[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Danh sách');
  ws.addRow(['ỦY BAN NHÂN DÂN ĐẶC KHU LÝ SƠN']);
  ws.addRow(['DANH SÁCH TRẺ EM TRÊN ĐỊA BÀN (số liệu mô phỏng để kiểm thử)']);
  ws.addRow([]);
  ws.addRow(HEADER_TOP);
  ws.addRow(HEADER_SUB);
  ws.mergeCells('G4:H4');
  for (const col of ['A', 'B', 'C', 'D', 'E', 'F', 'I', 'J']) ws.mergeCells(`${col}4:${col}5`);
  rows.forEach((row, i) => {
    if (i === 120) ws.addRow([]); // a blank row in the middle
    ws.addRow([
      i + 1,
      row.name,
      row.dob,
      row.sex,
      row.ethnicity,
      row.personalId,
      row.father,
      row.mother,
      row.hamlet,
      row.group,
    ]);
  });
  ws.addRow(['', `Cộng: ${rows.length} trẻ`]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
