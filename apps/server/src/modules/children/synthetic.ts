import crypto from 'node:crypto';
import {
  FAMILY,
  FAMILY_WEIGHTS,
  GIVEN_F,
  GIVEN_M,
  GROUPS,
  MIDDLE_F,
  MIDDLE_M,
  MINORITIES,
  RISKS,
} from './synthetic-names';

// A plausible synthetic register for the demo and the bench (docs/children.md, "Synthetic data").
// Deterministic: the same seed, units and count give the same children, ids included. Names come from
// fixed lists and every record is marked "Dữ liệu mô phỏng" in its notes and source reference, so no one
// mistakes it for real children. Personal IDs follow the 12-digit layout with random last digits.

export const SYNTHETIC_NOTE = 'Dữ liệu mô phỏng (không phải trẻ em thật)';

export interface SyntheticUnit {
  id: string;
  provinceId: string;
  /** "Đặc khu Lý Sơn": written into addresses. */
  name: string;
  /** Thôn/tổ dân phố of the unit. */
  hamlets: readonly string[];
}

export interface SyntheticOptions {
  seed: number;
  count: number;
  units: readonly SyntheticUnit[];
  /** Ages are spread over 0–18 years before this date. */
  asOf: string;
  /** Digits 1–3 of generated personal IDs (birth registration province), e.g. "051" Quảng Ngãi. */
  provinceCode: string;
  /** Share of children of ethnic minorities (Lý Sơn ≈ 0, a mountain province much more). */
  minorityShare?: number;
}

export interface SyntheticGuardian {
  id: string;
  relation: string;
  fullName: string;
  birthYear: number;
  isPrimaryContact: boolean;
}

export interface SyntheticChild {
  provinceId: string;
  id: string;
  fullName: string;
  dob: string | null;
  dobPrecision: 'day' | 'month' | 'year' | 'estimated';
  sex: 'M' | 'F';
  ethnicityCode: string | null;
  personalId: string | null;
  personalIdKind: 'cccd12' | 'cmnd9' | null;
  idVerification: string;
  unitId: string;
  hamlet: string;
  address: string;
  residenceId: string;
  residenceFrom: string;
  sourceRecordRef: string;
  guardians: SyntheticGuardian[];
  circumstances: { id: string; groupCode: string; subtypeCode: string | null; fromDate: string }[];
  risks: { id: string; riskCode: string; fromDate: string }[];
}

/** mulberry32: small, fast, and the same sequence on every machine. */
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

/** A stable uuid (v5 layout) from the seed and a key: rerunning the generator gives the same ids. */
export function syntheticId(seed: number, key: string): string {
  const h = crypto.createHash('sha1').update(`vi-tre-em-synthetic:${seed}:${key}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const DAY = 86_400_000;
const isoOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

class Draw {
  constructor(readonly rnd: () => number) {}
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.rnd() * xs.length)]!;
  }
  weighted<T>(xs: readonly T[], weights: readonly number[]): T {
    const total = weights.reduce((a, b) => a + b, 0);
    let r = this.rnd() * total;
    for (let i = 0; i < xs.length; i++) if ((r -= weights[i]!) < 0) return xs[i]!;
    return xs[xs.length - 1]!;
  }
  chance(p: number): boolean {
    return this.rnd() < p;
  }
}

function personName(d: Draw, family: string, sex: 'M' | 'F'): string {
  return `${family} ${d.pick(sex === 'M' ? MIDDLE_M : MIDDLE_F)} ${d.pick(sex === 'M' ? GIVEN_M : GIVEN_F)}`;
}

/** The ID a child of that sex and year would have, then 4 % of them damaged as lists damage them. */
function personalIdFor(d: Draw, o: SyntheticOptions, n: number, sex: 'M' | 'F', dob: string) {
  const year = Number(dob.slice(0, 4));
  const centuryDigit = (Math.floor(year / 100) - 19) * 2 + (sex === 'F' ? 1 : 0);
  // Last six digits from the child's number (×370373 is a bijection mod 10⁶): unique in a million.
  const tail = String((n * 370_373 + o.seed * 7_919) % 1_000_000).padStart(6, '0');
  let id = `${o.provinceCode}${centuryDigit}${dob.slice(2, 4)}${tail}`;
  const damage = d.rnd();
  if (damage < 0.015)
    return { personalId: id.slice(0, 11), kind: 'cccd12' as const, verification: 'sai_dinh_dang' };
  if (damage < 0.03) id = `${id.slice(0, 4)}${String((year + 1) % 100).padStart(2, '0')}${id.slice(6)}`;
  if (damage >= 0.03 && damage < 0.04)
    return {
      personalId: `2${String(n + o.seed)
        .padStart(8, '0')
        .slice(-8)}`,
      kind: 'cmnd9' as const,
      verification: 'sai_dinh_dang',
    };
  const verification = d.weighted(['chua_xac_thuc', 'cong_an_xac_thuc', 'da_cap_nhat'], [45, 40, 15]);
  return { personalId: id, kind: 'cccd12' as const, verification };
}

interface Family {
  unit: SyntheticUnit;
  hamlet: string;
  family: string;
  father: string | null;
  mother: string;
  ethnicity: string | null;
}

function newFamily(d: Draw, o: SyntheticOptions): Family {
  const unit = d.pick(o.units);
  const family = d.weighted(FAMILY, FAMILY_WEIGHTS);
  const minority = d.chance(o.minorityShare ?? 0.02);
  return {
    unit,
    hamlet: d.pick(unit.hamlets),
    family,
    father: d.chance(0.93) ? personName(d, family, 'M') : null,
    mother: personName(d, d.weighted(FAMILY, FAMILY_WEIGHTS), 'F'),
    ethnicity: d.chance(0.02) ? null : minority ? d.pick(MINORITIES) : d.chance(0.01) ? '99' : '01',
  };
}

function guardiansOf(
  seed: number,
  key: string,
  fam: Family,
  d: Draw,
  birthYear: number,
): SyntheticGuardian[] {
  const parentYear = birthYear - 22 - Math.floor(d.rnd() * 14);
  const g: SyntheticGuardian[] = [];
  if (fam.father)
    g.push({
      id: syntheticId(seed, `${key}:cha`),
      relation: 'cha',
      fullName: fam.father,
      birthYear: parentYear - 2,
      isPrimaryContact: false,
    });
  g.push({
    id: syntheticId(seed, `${key}:me`),
    relation: 'me',
    fullName: fam.mother,
    birthYear: parentYear,
    isPrimaryContact: true,
  });
  if (d.chance(0.03)) {
    // Parents away or gone: a grandparent is the guardian and the contact.
    g.forEach((x) => (x.isPrimaryContact = false));
    g.push({
      id: syntheticId(seed, `${key}:ong_ba`),
      relation: 'ong_ba',
      fullName: personName(d, fam.family, 'F').replace(/ \S+ /, ' Thị '),
      birthYear: parentYear - 25,
      isPrimaryContact: true,
    });
  }
  return g;
}

function oneChild(
  seed: number,
  n: number,
  fam: Family,
  d: Draw,
  o: SyntheticOptions,
  dobMs: number,
): SyntheticChild {
  const key = `child:${n}`;
  const sex: 'M' | 'F' = d.chance(0.515) ? 'M' : 'F';
  const dob = isoOf(dobMs);
  const precision = d.weighted(['day', 'month', 'year', 'estimated'] as const, [94, 2, 3, 1]);
  const storedDob =
    precision === 'year' ? `${dob.slice(0, 4)}-01-01` : precision === 'month' ? `${dob.slice(0, 7)}-01` : dob;
  const withId = d.chance(0.9) ? personalIdFor(d, o, n, sex, dob) : null;
  const groups: SyntheticChild['circumstances'] = [];
  if (d.chance(0.05)) {
    const count = d.chance(0.1) ? 2 : 1;
    for (let i = 0; i < count; i++) {
      const [code, , subs] = d.weighted(
        GROUPS,
        GROUPS.map((x) => x[1]),
      );
      if (groups.some((x) => x.groupCode === code)) continue;
      const from = isoOf(Math.min(Date.parse(o.asOf), dobMs + d.rnd() * (Date.parse(o.asOf) - dobMs)));
      groups.push({
        id: syntheticId(seed, `${key}:g${i}`),
        groupCode: code,
        subtypeCode: subs.length ? d.pick(subs) : null,
        fromDate: from,
      });
    }
  }
  const risks = d.chance(0.08)
    ? [
        {
          id: syntheticId(seed, `${key}:r`),
          riskCode: d.pick(RISKS),
          fromDate: isoOf(Date.parse(o.asOf) - Math.floor(d.rnd() * 900) * DAY),
        },
      ]
    : [];
  return {
    provinceId: fam.unit.provinceId,
    id: syntheticId(seed, key),
    fullName: personName(d, fam.family, sex),
    dob: d.chance(0.005) ? null : storedDob,
    dobPrecision: precision,
    sex,
    ethnicityCode: fam.ethnicity,
    personalId: withId?.personalId ?? null,
    personalIdKind: withId?.kind ?? null,
    idVerification: withId?.verification ?? 'chua_co',
    unitId: fam.unit.id,
    hamlet: fam.hamlet,
    address: `${fam.hamlet}, ${fam.unit.name}`,
    residenceId: syntheticId(seed, `${key}:res`),
    residenceFrom: dob,
    sourceRecordRef: `mo-phong:${seed}:${n}`,
    guardians: guardiansOf(seed, key, fam, d, Number(dob.slice(0, 4))),
    circumstances: groups,
    risks,
  };
}

/** The same child typed again: name without marks or in capitals, day and month swapped, no ID. */
function retyped(seed: number, n: number, c: SyntheticChild, d: Draw): SyntheticChild {
  const key = `child:${n}`;
  const variant = d.rnd();
  const fullName =
    variant < 0.4
      ? c.fullName.toUpperCase()
      : variant < 0.7
        ? c.fullName
            .normalize('NFD')
            .replace(/[\u0300-\u036f]/g, '')
            .replace(/đ/g, 'd')
            .replace(/Đ/g, 'D')
        : c.fullName.replace(' ', '  ');
  const dob =
    c.dob && variant > 0.5 && Number(c.dob.slice(8)) <= 12
      ? `${c.dob.slice(0, 5)}${c.dob.slice(8)}-${c.dob.slice(5, 7)}`
      : c.dob;
  return {
    ...c,
    id: syntheticId(seed, key),
    residenceId: syntheticId(seed, `${key}:res`),
    fullName,
    dob,
    personalId: null,
    personalIdKind: null,
    idVerification: 'chua_co',
    sourceRecordRef: `mo-phong:${seed}:${n}`,
    guardians: c.guardians.map((g) => ({ ...g, id: syntheticId(seed, `${key}:${g.relation}`) })),
    circumstances: [],
    risks: [],
  };
}

/** Children in families of 1–3 (1 % twins), about 1 % typed twice; yields `count` children in order. */
export function* syntheticChildren(o: SyntheticOptions): Generator<SyntheticChild> {
  const d = new Draw(prng(o.seed));
  const asOfMs = Date.parse(o.asOf);
  const spanDays = 18 * 365;
  let n = 0;
  while (n < o.count) {
    const fam = newFamily(d, o);
    const size = d.weighted([1, 2, 3], [45, 40, 15]);
    let dobMs = asOfMs - Math.floor(d.rnd() * spanDays) * DAY;
    for (let k = 0; k < size && n < o.count; k++) {
      const c = oneChild(o.seed, n++, fam, d, o, dobMs);
      yield c;
      const extra = d.rnd();
      if (n < o.count && extra < 0.01)
        yield oneChild(o.seed, n++, fam, d, o, dobMs); // twins
      else if (n < o.count && extra < 0.02) yield retyped(o.seed, n++, c, d);
      dobMs = Math.min(asOfMs, dobMs + (400 + Math.floor(d.rnd() * 1500)) * DAY);
    }
  }
}
