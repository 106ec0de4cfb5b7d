import type { AgencyKind } from '@vte/contracts';

// The agencies of the seed units (org.seed-data.ts): the province's, the district's until 30/6/2025 (D)
// and the special zone's from 1/7/2025 (K).

export interface SeedAgency {
  key: string;
  unit: string;
  name: string;
  shortName?: string;
  aliases?: string[];
  kind: AgencyKind;
  validFrom: string;
  validTo?: string;
  successor?: string;
  phone?: string;
  address?: string;
}

const D = { unit: 'ls-huyen', validFrom: '2025-01-01', validTo: '2025-06-30' } as const;
const K = { unit: 'ls-dk', validFrom: '2025-07-01' } as const;

export const seedAgencies: SeedAgency[] = [
  {
    key: 'ubnd-tinh',
    unit: 'qn',
    name: 'Ủy ban nhân dân tỉnh Quảng Ngãi',
    shortName: 'UBND tỉnh',
    aliases: ['UBND tỉnh Quảng Ngãi'],
    kind: 'ubnd',
    validFrom: '1989-07-01',
  },
  {
    key: 'so-yt',
    unit: 'qn',
    name: 'Sở Y tế tỉnh Quảng Ngãi',
    shortName: 'Sở Y tế',
    aliases: ['Sở Y tế'],
    kind: 'provincial_department',
    validFrom: '1989-07-01',
  },
  {
    key: 'so-ldtbxh',
    unit: 'qn',
    name: 'Sở Lao động - Thương binh và Xã hội tỉnh Quảng Ngãi',
    shortName: 'Sở LĐTBXH',
    kind: 'provincial_department',
    validFrom: '1989-07-01',
    validTo: '2025-02-28',
    successor: 'so-yt',
  },
  {
    key: 'ubnd',
    ...D,
    name: 'Ủy ban nhân dân huyện Lý Sơn',
    shortName: 'UBND huyện',
    aliases: ['UBND huyện Lý Sơn', 'CT, các PCT UBND huyện'],
    kind: 'ubnd',
    successor: 'dk-ubnd',
  },
  {
    key: 'noi-vu',
    ...D,
    name: 'Phòng Nội vụ',
    aliases: ['Phòng Nội vụ huyện', 'Nội vụ'],
    kind: 'department',
    successor: 'dk-vhxh',
    validFrom: '2025-03-01',
  },
  {
    key: 'gddt',
    ...D,
    name: 'Phòng Giáo dục và Đào tạo',
    shortName: 'Phòng GD&ĐT',
    aliases: ['GD&ĐT', 'Phòng GDĐT', 'Giáo dục và Đào tạo'],
    kind: 'department',
    successor: 'dk-vhxh',
  },
  {
    key: 'vhkhtt',
    ...D,
    name: 'Phòng Văn hóa, Khoa học và Thông tin',
    shortName: 'Phòng VH, KH&TT',
    aliases: ['Văn hóa, Khoa học và Thông tin', 'Phòng VHKH&TT'],
    kind: 'department',
    successor: 'dk-vhxh',
    validFrom: '2025-03-01',
  },
  {
    key: 'tu-phap',
    ...D,
    name: 'Phòng Tư pháp',
    aliases: ['Tư pháp'],
    kind: 'department',
    successor: 'dk-vp',
  },
  {
    key: 'tckh',
    ...D,
    name: 'Phòng Tài chính – Kế hoạch',
    shortName: 'Phòng TC-KH',
    aliases: ['Phòng Tài chính - Kế hoạch', 'Tài Chính – Kế hoạch', 'Tài chính – Kế hoạch'],
    kind: 'department',
    successor: 'dk-kt',
  },
  {
    key: 'vp',
    ...D,
    name: 'Văn phòng HĐND và UBND huyện',
    shortName: 'Văn phòng huyện',
    aliases: ['Văn Phòng huyện', 'Văn phòng huyện'],
    kind: 'office',
    successor: 'dk-vp',
  },
  {
    key: 'ttvhtt',
    ...D,
    name: 'Trung tâm Truyền thông – Văn hóa – Thể thao',
    shortName: 'Trung tâm TT-VH-TT huyện',
    aliases: [
      'Trung tâm Truyền thông – Văn hóa - Thể thao',
      'Trung Tâm TT-VH-TT huyện',
      'Trung tâm TT-VH-TT',
    ],
    kind: 'centre',
  },
  {
    key: 'ttyt',
    unit: 'ls-huyen',
    name: 'Trung tâm Y tế quân - dân y Lý Sơn',
    shortName: 'TTYT quân dân y',
    aliases: ['Trung Tâm Y tế quân dân y', 'Trung tâm Y tế quân dân y Lý Sơn', 'Trung tâm Y tế quân - dân y'],
    kind: 'health',
    validFrom: '2025-01-01',
    phone: '0255 3867 115',
    address: 'Đặc khu Lý Sơn, tỉnh Quảng Ngãi',
  },
  {
    key: 'cong-an',
    ...D,
    name: 'Đồn Công an Lý Sơn',
    aliases: ['Đồn Công an'],
    kind: 'police',
    successor: 'dk-ca',
  },
  {
    key: 'huyen-doan',
    ...D,
    name: 'Huyện đoàn Lý Sơn',
    aliases: ['Huyện đoàn', 'Huyện Đoàn Lý Sơn'],
    kind: 'youth_union',
  },
  {
    key: 'mttq',
    ...D,
    name: 'Ủy ban Mặt trận Tổ quốc Việt Nam huyện Lý Sơn',
    shortName: 'Ủy ban MTTQVN huyện',
    aliases: ['Uỷ ban MTTQVN huyện', 'Ủy ban Mặt trận Tổ quốc Việt Nam huyện', 'UBMTTQ huyện'],
    kind: 'mass_organisation',
    successor: 'dk-mttq',
  },
  {
    key: 'phu-nu',
    ...D,
    name: 'Hội Liên hiệp Phụ nữ huyện Lý Sơn',
    shortName: 'Hội LHPN huyện',
    kind: 'mass_organisation',
  },
  { key: 'nong-dan', ...D, name: 'Hội Nông dân huyện Lý Sơn', kind: 'mass_organisation' },
  { key: 'ccb', ...D, name: 'Hội Cựu chiến binh huyện Lý Sơn', kind: 'mass_organisation' },
  { key: 'ldld', ...D, name: 'Liên đoàn Lao động huyện Lý Sơn', kind: 'mass_organisation' },
  { key: 'huyen-uy', ...D, name: 'Huyện ủy Lý Sơn', aliases: ['Thường trực Huyện ủy'], kind: 'party' },
  {
    key: 'hdnd',
    ...D,
    name: 'Hội đồng nhân dân huyện Lý Sơn',
    shortName: 'HĐND huyện',
    aliases: ['Thường trực HĐND huyện'],
    kind: 'hdnd',
  },
  {
    key: 'cong-ttdt',
    ...D,
    name: 'Cổng thông tin điện tử huyện Lý Sơn',
    aliases: ['Cổng thông tin điện tử huyện'],
    kind: 'other',
  },
  { key: 'dk-ubnd', ...K, name: 'Ủy ban nhân dân đặc khu Lý Sơn', shortName: 'UBND đặc khu', kind: 'ubnd' },
  {
    key: 'dk-vp',
    ...K,
    name: 'Văn phòng HĐND và UBND đặc khu Lý Sơn',
    shortName: 'Văn phòng đặc khu',
    kind: 'office',
  },
  {
    key: 'dk-vhxh',
    ...K,
    name: 'Phòng Văn hóa – Xã hội',
    shortName: 'Phòng VH-XH',
    aliases: ['Phòng Văn hóa - Xã hội', 'Phòng VH-XH đặc khu'],
    kind: 'department',
    phone: '0255 3867 666',
    address: 'Trụ sở UBND đặc khu Lý Sơn',
  },
  { key: 'dk-kt', ...K, name: 'Phòng Kinh tế', kind: 'department' },
  { key: 'dk-ca', ...K, name: 'Công an đặc khu Lý Sơn', kind: 'police' },
  {
    key: 'dk-mttq',
    ...K,
    name: 'Ủy ban Mặt trận Tổ quốc Việt Nam đặc khu Lý Sơn',
    kind: 'mass_organisation',
  },
  { key: 'dk-pvhcc', ...K, name: 'Trung tâm Phục vụ hành chính công đặc khu Lý Sơn', kind: 'centre' },
];
