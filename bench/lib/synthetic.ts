import crypto from 'node:crypto';
import type { AgencyKind, Role, UnitType } from '@vte/contracts';
import type { Db } from '../../apps/server/src/platform/db/pool';
// The bench generates data straight into the tables: through the schema list, like drizzle-kit.
import { adminUnit, agency, appUser } from '../../apps/server/src/platform/db/schema';

// A synthetic province, deterministic (same ids, names and users on every run): one province,
// its districts, their communes, provincial and district agencies, and users of all 8 roles.
// Rows go straight into the tables; the one argon2id hash is computed once and shared.

export interface ProvinceShape {
  districts: number;
  communesPerDistrict: number;
  users: number;
}
export const DEFAULT_SHAPE: ProvinceShape = { districts: 10, communesPerDistrict: 10, users: 500 };
export const BENCH_PASSWORD = 'Bench-Mat-khau-2026';

const VALID_FROM = '2020-01-01';
const PROVINCE_NAME = 'Thử Nghiệm';

/** Stable uuid (v5 layout) from a key, like the org seed's ids but in a bench namespace. */
function benchId(kind: string, key: string): string {
  const h = crypto.createHash('sha1').update(`vi-tre-em-bench:${kind}:${key}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DISTRICTS = [
  'Bình Nguyên',
  'An Phước',
  'Hòa Lạc',
  'Tân Phong',
  'Phú Thạnh',
  'Long Điền',
  'Mỹ Sơn',
  'Đông Hưng',
  'Thanh Bình',
  'Vĩnh Lợi',
];
const SYL1 = ['An', 'Bình', 'Hòa', 'Phước', 'Tân', 'Thạnh', 'Long', 'Phú', 'Mỹ', 'Đức'];
const SYL2 = ['Hải', 'Sơn', 'Lợi', 'Thuận', 'Trung', 'Hưng', 'Lộc', 'Thành', 'Khánh', 'Điền'];
const FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Minh', 'Ngọc', 'Thanh', 'Đức', 'Quang', 'Thu', 'Kim'];
const GIVEN = [
  'An',
  'Bình',
  'Châu',
  'Dũng',
  'Giang',
  'Hà',
  'Hạnh',
  'Hùng',
  'Khánh',
  'Lan',
  'Linh',
  'Mai',
  'Nam',
  'Phương',
  'Quân',
  'Sơn',
  'Tâm',
  'Thảo',
  'Trang',
  'Tuấn',
  'Vy',
  'Yến',
];

const PROVINCIAL_AGENCIES: [string, AgencyKind][] = [
  [`Ủy ban nhân dân tỉnh ${PROVINCE_NAME}`, 'ubnd'],
  [`Sở Y tế tỉnh ${PROVINCE_NAME}`, 'provincial_department'],
  ['Sở Giáo dục và Đào tạo', 'provincial_department'],
  ['Sở Văn hóa, Thể thao và Du lịch', 'provincial_department'],
  ['Sở Tư pháp', 'provincial_department'],
  ['Sở Nội vụ', 'provincial_department'],
  ['Công an tỉnh', 'police'],
  ['Tỉnh đoàn', 'youth_union'],
  ['Hội Liên hiệp Phụ nữ tỉnh', 'mass_organisation'],
  ['Trung tâm Công tác xã hội tỉnh', 'social_facility'],
];

/** Share of each role in 500 users (sum 500); other sizes scale, the rest go to commune workers. */
const ROLE_MIX: [Role, number][] = [
  ['admin', 2],
  ['province_viewer', 8],
  ['auditor', 5],
  ['leader', 25],
  ['focal_officer', 40],
  ['agency_reporter', 120],
  ['police', 50],
  ['commune_worker', 250],
];

type UnitRow = typeof adminUnit.$inferInsert;
type AgencyRow = typeof agency.$inferInsert;
type UserRow = Omit<typeof appUser.$inferInsert, 'passwordHash'>;

export interface SyntheticProvince {
  provinceId: string;
  units: UnitRow[];
  agencies: AgencyRow[];
  users: UserRow[];
  usersByRole: Record<Role, number>;
  counts: { districts: number; communes: number; agencies: number; users: number };
  /** A province viewer scoped to the whole province: the list endpoints are measured as them. */
  viewer: string;
  password: string;
}

export function generateProvince(shape: ProvinceShape = DEFAULT_SHAPE): SyntheticProvince {
  const rnd = prng(20_260_101);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const provinceId = benchId('unit', 'province');
  const unit = (
    key: string,
    code: string,
    name: string,
    type: UnitType,
    parentId: string | null,
  ): UnitRow => ({
    id: benchId('unit', key),
    code,
    name,
    type,
    parentId,
    provinceId,
    validFrom: VALID_FROM,
    validTo: null,
    legalBasis: 'Dữ liệu giả lập cho đo hiệu năng (bench)',
  });
  const units: UnitRow[] = [unit('province', '99', PROVINCE_NAME, 'tinh', null)];
  const districtIds: string[] = [];
  const communeIds: string[] = [];
  for (let d = 0; d < shape.districts; d++) {
    const name =
      DISTRICTS[d % DISTRICTS.length]! +
      (d >= DISTRICTS.length ? ` ${Math.floor(d / DISTRICTS.length) + 1}` : '');
    const dist = unit(`d${d}`, `9${String(d).padStart(2, '0')}`, name, 'huyen', provinceId);
    units.push(dist);
    districtIds.push(dist.id!);
    for (let c = 0; c < shape.communesPerDistrict; c++) {
      const n = d * shape.communesPerDistrict + c;
      const base = `${SYL1[n % 10]} ${SYL2[Math.floor(n / 10) % 10]}`;
      const name = n >= 100 ? `${base} ${Math.floor(n / 100) + 1}` : base;
      const com = unit(`c${n}`, `99${String(n).padStart(3, '0')}`, name, 'xa', dist.id!);
      units.push(com);
      communeIds.push(com.id!);
    }
  }

  const ag = (key: string, unitId: string, name: string, kind: AgencyKind): AgencyRow => ({
    id: benchId('agency', key),
    provinceId,
    unitId,
    name,
    kind,
    aliases: [],
    validFrom: VALID_FROM,
  });
  const agencies = PROVINCIAL_AGENCIES.map(([name, kind], i) => ag(`p${i}`, provinceId, name, kind));
  const district = { ubnd: [] as AgencyRow[], social: [] as AgencyRow[], police: [] as AgencyRow[] };
  districtIds.forEach((id, d) => {
    const name = units.find((u) => u.id === id)!.name;
    district.ubnd.push(ag(`d${d}-ubnd`, id, `Ủy ban nhân dân huyện ${name}`, 'ubnd'));
    district.social.push(ag(`d${d}-vhxh`, id, `Phòng Văn hóa - Xã hội huyện ${name}`, 'department'));
    district.police.push(ag(`d${d}-ca`, id, `Công an huyện ${name}`, 'police'));
  });
  agencies.push(...district.ubnd, ...district.social, ...district.police);
  const police = [agencies[6]!, ...district.police];

  const mix = ROLE_MIX.map(([role, n]) => [role, Math.round((n * shape.users) / 500)] as [Role, number]);
  mix[mix.length - 1]![1] = shape.users - mix.slice(0, -1).reduce((s, [, n]) => s + n, 0);
  const placement = (role: Role, i: number): { scopeUnitId: string; agencyId: string | null } => {
    const at = (a: AgencyRow) => ({ scopeUnitId: a.unitId, agencyId: a.id! });
    switch (role) {
      case 'admin':
      case 'auditor':
        return { scopeUnitId: provinceId, agencyId: null };
      case 'province_viewer':
        return at(agencies[1]!);
      case 'leader':
        return i % (districtIds.length + 1) === 0
          ? at(agencies[0]!)
          : at(district.ubnd[(i % (districtIds.length + 1)) - 1]!);
      case 'focal_officer':
        return at(district.social[i % district.social.length]!);
      case 'agency_reporter':
        return at(agencies[i % agencies.length]!);
      case 'police':
        return at(police[i % police.length]!);
      case 'commune_worker':
        return { scopeUnitId: communeIds[i % communeIds.length]!, agencyId: null };
    }
  };
  const users: UserRow[] = [];
  const usersByRole = {} as Record<Role, number>;
  for (const [role, n] of mix) {
    usersByRole[role] = n;
    for (let i = 0; i < n; i++) {
      const username = `tn.${role.replace('_', '-')}.${String(i + 1).padStart(3, '0')}`;
      users.push({
        id: benchId('user', username),
        username,
        fullName: `${pick(FAMILY)} ${pick(MIDDLE)} ${pick(GIVEN)}`,
        role,
        provinceId,
        ...placement(role, i),
        mustChangePassword: false,
      });
    }
  }
  return {
    provinceId,
    units,
    agencies,
    users,
    usersByRole,
    counts: {
      districts: districtIds.length,
      communes: communeIds.length,
      agencies: agencies.length,
      users: users.length,
    },
    viewer: 'tn.province-viewer.001',
    password: BENCH_PASSWORD,
  };
}

/** Inserts the province in one transaction; every user gets the same precomputed hash. */
export async function insertProvince(db: Db, p: SyntheticProvince, passwordHash: string): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.insert(adminUnit).values(p.units);
    await tx.insert(agency).values(p.agencies);
    for (let i = 0; i < p.users.length; i += 250) {
      await tx.insert(appUser).values(p.users.slice(i, i + 250).map((u) => ({ ...u, passwordHash })));
    }
  });
}
