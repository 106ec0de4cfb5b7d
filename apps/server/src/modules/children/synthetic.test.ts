import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPersonalId, foldVi } from '@vte/contracts';
import { createTestApp, type TestApp } from '../../test/harness';
import { LY_SON } from '../org';
import { SYNTHETIC_NOTE, syntheticChildren, type SyntheticChild } from './synthetic';
import { FAMILY, GIVEN_F, GIVEN_M } from './synthetic-names';
import { generateRegister, unitByNameOrCode } from './synthetic.service';

// The synthetic register (demo and bench): deterministic, plausible in its shares, clearly fake, and
// written under the special zone by name, a rerun adding nothing.

const UNIT = { id: 'u1', provinceId: 'p1', name: 'Đặc khu Lý Sơn', hamlets: ['Thôn Đông', 'Thôn Tây'] };
const opts = { seed: 3, count: 5000, units: [UNIT], asOf: '2026-06-30', provinceCode: '051' };
const share = (xs: SyntheticChild[], f: (c: SyntheticChild) => boolean) => xs.filter(f).length / xs.length;
const age = (c: SyntheticChild) => (Date.parse('2026-06-30') - Date.parse(c.dob!)) / (365.25 * 86_400_000);

describe('synthetic children', () => {
  const kids = [...syntheticChildren(opts)];

  it('are the same for the same seed, and different for another', () => {
    expect([...syntheticChildren({ ...opts, count: 50 })]).toEqual(kids.slice(0, 50));
    expect([...syntheticChildren({ ...opts, count: 50, seed: 4 })][0]!.id).not.toBe(kids[0]!.id);
    expect(new Set(kids.map((k) => k.id)).size).toBe(5000);
  });

  it('have plausible shares: sex, ages 0–17 with some 16+, ~10% without ID, some bad IDs, ~5% in special circumstances', () => {
    expect(kids).toHaveLength(5000);
    expect(share(kids, (c) => c.sex === 'M')).toBeGreaterThan(0.47);
    expect(share(kids, (c) => c.sex === 'M')).toBeLessThan(0.56);
    const dated = kids.filter((c) => c.dob && c.dobPrecision === 'day');
    expect(Math.min(...dated.map(age))).toBeGreaterThanOrEqual(0);
    expect(Math.max(...dated.map(age))).toBeLessThan(18.01);
    expect(share(dated, (c) => age(c) >= 16)).toBeGreaterThan(0.05);
    expect(share(kids, (c) => c.personalId === null)).toBeGreaterThan(0.08);
    expect(share(kids, (c) => c.personalId === null)).toBeLessThan(0.14);
    const bad = kids.filter(
      (c) =>
        c.personalId &&
        c.dob &&
        c.dobPrecision === 'day' &&
        checkPersonalId(c.personalId, { sex: c.sex, dob: c.dob, dobPrecision: 'day' }).issues.some(
          (i) => i.severity === 'error',
        ),
    );
    expect(bad.length).toBeGreaterThan(20);
    expect(share(kids, (c) => c.circumstances.length > 0)).toBeGreaterThan(0.035);
    expect(share(kids, (c) => c.circumstances.length > 0)).toBeLessThan(0.065);
    expect(share(kids, (c) => c.risks.length > 0)).toBeGreaterThan(0.05);
    expect(share(kids, (c) => c.guardians.some((g) => g.relation === 'me'))).toBe(1);
    expect(new Set(kids.map((c) => c.hamlet))).toEqual(new Set(['Thôn Đông', 'Thôn Tây']));
    expect(kids.some((c) => c.dobPrecision === 'year' && c.dob?.endsWith('-01-01'))).toBe(true);
  });

  it('hold twins and records typed twice (same parents, the name folded the same)', () => {
    const byParents = new Map<string, SyntheticChild[]>();
    for (const c of kids) {
      const key = `${c.guardians.map((g) => g.fullName).join('|')}|${c.dob}`;
      byParents.set(key, [...(byParents.get(key) ?? []), c]);
    }
    const pairs = [...byParents.values()].filter((xs) => xs.length > 1);
    expect(pairs.some(([a, b]) => foldVi(a!.fullName) === foldVi(b!.fullName))).toBe(true);
    expect(pairs.some(([a, b]) => foldVi(a!.fullName) !== foldVi(b!.fullName))).toBe(true);
  });

  it('use fake names from the fixed lists', () => {
    for (const c of kids.slice(0, 500)) {
      const words = c.fullName.normalize('NFC').split(/\s+/);
      const family = FAMILY.map(foldVi);
      expect(family).toContain(foldVi(words[0]!));
      expect([...GIVEN_M, ...GIVEN_F].map(foldVi)).toContain(foldVi(words.at(-1)!));
    }
  });
});

describe('generateRegister', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('"Lý Sơn" today is the special zone; its register is written once, marked as simulated', async () => {
    const unit = await unitByNameOrCode(t.db, 'ly son', '2026-06-30');
    expect(unit.id).toBe(LY_SON.specialZoneId);
    await expect(unitByNameOrCode(t.db, 'Lý Sơn', '2024-01-01')).resolves.toMatchObject({
      id: LY_SON.districtId,
    });
    await expect(unitByNameOrCode(t.db, 'Không Có', '2026-06-30')).rejects.toThrow(/Không tìm thấy đơn vị/);
    const first = await generateRegister(t.db, { unit, count: 300, seed: 1, asOf: '2026-06-30' });
    expect(first.added).toBe(300);
    expect(first.units.map((u) => u.id)).toEqual([LY_SON.specialZoneId]);
    const again = await generateRegister(t.db, { unit, count: 300, seed: 1, asOf: '2026-06-30' });
    expect(again.added).toBe(0);
    const r = await t.pool.query<{ n: number; notes: string; res: number; g: number }>(
      `select count(*)::int as n, min(notes) as notes,
        (select count(*)::int from child_residence) as res, (select count(*)::int from child_guardian) as g
       from child where unit_id = $1`,
      [LY_SON.specialZoneId],
    );
    expect(r.rows[0]).toMatchObject({ n: 300, notes: SYNTHETIC_NOTE, res: 300 });
    expect(r.rows[0]!.g).toBeGreaterThan(500);
  });
});
