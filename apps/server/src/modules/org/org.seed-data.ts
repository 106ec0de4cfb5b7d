import type { SuccessionKind, UnitType } from '@vte/contracts';

// Quảng Ngãi and Lý Sơn as the 2025 plan names them, across the 1/7/2025 restructuring. Unit codes are only
// given where confirmed; successors of district agencies after 1/7/2025 are an assumption
// (an open question for the customer) that a focal officer can correct on the org screen.
// The agencies of these units are in org.seed-agencies.ts.

export { seedAgencies, type SeedAgency } from './org.seed-agencies';

export interface SeedUnit {
  key: string;
  code: string | null;
  name: string;
  type: UnitType;
  parent: string | null;
  validFrom: string;
  validTo: string | null;
  legalBasis: string | null;
}

export const seedUnits: SeedUnit[] = [
  {
    key: 'qn',
    code: '51',
    name: 'Quảng Ngãi',
    type: 'tinh',
    parent: null,
    validFrom: '1989-07-01',
    validTo: null,
    legalBasis:
      'Nghị quyết của Quốc hội ngày 30/6/1989 (chia tỉnh Nghĩa Bình); Nghị quyết số 202/2025/QH15 (hợp nhất với tỉnh Kon Tum từ 01/7/2025)',
  },
  {
    key: 'kt',
    code: '62',
    name: 'Kon Tum',
    type: 'tinh',
    parent: null,
    validFrom: '1991-08-12',
    validTo: '2025-06-30',
    legalBasis: 'Nghị quyết của Quốc hội ngày 12/8/1991 (chia tỉnh Gia Lai - Kon Tum)',
  },
  {
    key: 'ls-huyen',
    code: null,
    name: 'Lý Sơn',
    type: 'huyen',
    parent: 'qn',
    validFrom: '1993-01-01',
    validTo: '2025-06-30',
    legalBasis: 'Thành lập huyện đảo Lý Sơn từ các xã đảo của huyện Bình Sơn (01/01/1993)',
  },
  {
    key: 'an-vinh',
    code: null,
    name: 'An Vĩnh',
    type: 'xa',
    parent: 'ls-huyen',
    validFrom: '1993-01-01',
    validTo: '2020-01-31',
    legalBasis: null,
  },
  {
    key: 'an-hai',
    code: null,
    name: 'An Hải',
    type: 'xa',
    parent: 'ls-huyen',
    validFrom: '1993-01-01',
    validTo: '2020-01-31',
    legalBasis: null,
  },
  {
    key: 'an-binh',
    code: null,
    name: 'An Bình',
    type: 'xa',
    parent: 'ls-huyen',
    validFrom: '1993-01-01',
    validTo: '2020-01-31',
    legalBasis: null,
  },
  {
    key: 'ls-dk',
    code: null,
    name: 'Lý Sơn',
    type: 'dac_khu',
    parent: 'qn',
    validFrom: '2025-07-01',
    validTo: null,
    legalBasis: 'Nghị quyết số 1677/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội',
  },
];

export const seedSuccessions: {
  from: string;
  to: string;
  kind: SuccessionKind;
  date: string;
  basis: string;
}[] = [
  {
    from: 'an-vinh',
    to: 'ls-huyen',
    kind: 'dissolve',
    date: '2020-02-01',
    basis: 'Nghị quyết số 867/NQ-UBTVQH14 ngày 10/01/2020 của Ủy ban Thường vụ Quốc hội',
  },
  {
    from: 'an-hai',
    to: 'ls-huyen',
    kind: 'dissolve',
    date: '2020-02-01',
    basis: 'Nghị quyết số 867/NQ-UBTVQH14 ngày 10/01/2020 của Ủy ban Thường vụ Quốc hội',
  },
  {
    from: 'an-binh',
    to: 'ls-huyen',
    kind: 'dissolve',
    date: '2020-02-01',
    basis: 'Nghị quyết số 867/NQ-UBTVQH14 ngày 10/01/2020 của Ủy ban Thường vụ Quốc hội',
  },
  {
    from: 'ls-huyen',
    to: 'ls-dk',
    kind: 'change_type',
    date: '2025-07-01',
    basis: 'Nghị quyết số 1677/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội',
  },
  {
    from: 'kt',
    to: 'qn',
    kind: 'merge',
    date: '2025-07-01',
    basis: 'Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội',
  },
];

export const seedGroups: {
  key: string;
  unit: string;
  name: string;
  aliases: string[];
  description: string;
  members: string[];
}[] = [
  {
    key: 'phong-ban',
    unit: 'ls-huyen',
    name: 'Các phòng, ban, ngành, đơn vị huyện',
    aliases: [
      'Các phòng, ban, ngành',
      'các phòng, ban, ngành',
      'Các phòng, ban, đơn vị',
      'các phòng, ban, đơn vị',
      'Các phòng, đơn vị',
      'các phòng, ban, đơn vị liên quan',
    ],
    description:
      'Các phòng chuyên môn, văn phòng và đơn vị trực thuộc UBND huyện, cùng các cơ quan đóng trên địa bàn.',
    members: ['noi-vu', 'gddt', 'vhkhtt', 'tu-phap', 'tckh', 'vp', 'ttvhtt', 'ttyt', 'cong-an'],
  },
  {
    key: 'hoi-doan-the',
    unit: 'ls-huyen',
    name: 'Các Hội, đoàn thể huyện',
    aliases: [
      'Hội, đoàn thể huyện',
      'các Hội, đoàn thể huyện',
      'các hội đoàn thể liên quan',
      'các hội, đoàn thể huyện',
      'các Hội, đoàn thể',
    ],
    description: 'Mặt trận Tổ quốc và các tổ chức chính trị - xã hội, hội cấp huyện.',
    members: ['mttq', 'phu-nu', 'nong-dan', 'ccb', 'ldld', 'huyen-doan'],
  },
  {
    key: 'ctxh',
    unit: 'ls-huyen',
    name: 'Các tổ chức chính trị - xã hội huyện',
    aliases: ['các tổ chức chính trị - xã hội huyện', 'các tổ chức chính trị - xã hội'],
    description: 'Ủy ban MTTQ Việt Nam và các tổ chức chính trị - xã hội cấp huyện.',
    members: ['mttq', 'phu-nu', 'nong-dan', 'ccb', 'ldld', 'huyen-doan'],
  },
  {
    key: 'co-so-doan',
    unit: 'ls-huyen',
    name: 'Các cơ sở Đoàn trực thuộc',
    aliases: ['các cơ sở Đoàn trực thuộc', 'cơ sở Đoàn trực thuộc'],
    description: 'Các cơ sở Đoàn trực thuộc Huyện đoàn; thành viên do Huyện đoàn cập nhật.',
    members: [],
  },
];
