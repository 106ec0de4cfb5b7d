import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { codeListsDto, foldVi } from '@vte/contracts';
import { createTestApp, type TestApp } from '../../test/harness';
import { codeKey, matchCode } from './codes';
import { codeSeeds } from './codes.seed-data';
import { seedChildCodes } from './codes.service';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

// Names built from every Vietnamese vowel with every tone, and the usual family and middle names.
function vietnameseNames(): string[] {
  const vowels = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
  const tones = ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
  const syllables = vowels.flatMap((v) => tones.map((tone) => `Đ${v}${tone}ng`.normalize('NFC')));
  const families = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Huỳnh', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương'];
  const middles = ['Thị', 'Văn', 'Ngọc', 'Hữu', 'Thuỳ', 'Xuân', 'Đức', 'Ánh'];
  const names = syllables.map(
    (s, i) => `${families[i % families.length]} ${middles[i % middles.length]} ${s}`,
  );
  return [...names, ...names.map((n) => n.toUpperCase()), ...names.map((n) => n.toLowerCase())];
}

describe('foldVi agrees with SQL vte_fold', () => {
  it('on a few hundred Vietnamese names in upper and lower case, every vowel and tone', async () => {
    const names = vietnameseNames();
    expect(names.length).toBeGreaterThan(200);
    const res = await t.db.execute<{ n: string; f: string }>(
      sql`select n, vte_fold(n) as f from json_array_elements_text(${JSON.stringify(names)}::json) as n`,
    );
    const mismatches = res.rows.filter((r) => foldVi(r.n) !== r.f);
    expect(mismatches).toEqual([]);
    expect(foldVi('ĐƯỜNG Thị Ưng')).toBe('duong thi ung');
  });
});

describe('code lists', () => {
  it('hold 54 ethnic groups plus foreign (55) and unknown (99), and the 14 Art. 10 groups', () => {
    const eth = codeSeeds.filter((c) => c.list === 'ethnicity');
    expect(eth).toHaveLength(56);
    expect(eth.map((c) => c.code)).toContain('55');
    expect(codeSeeds.filter((c) => c.list === 'circumstance_group')).toHaveLength(14);
  });

  it('give every sub-type an existing group as parent, keyed <article>.<clause>', () => {
    const groups = new Set(codeSeeds.filter((c) => c.list === 'circumstance_group').map((c) => c.code));
    for (const s of codeSeeds.filter((c) => c.list === 'circumstance_subtype')) {
      expect(groups.has(s.parentCode!)).toBe(true);
      expect(s.code).toMatch(/^\d+\.\d+$/);
    }
  });

  it('never let two ethnic groups share a matching key (label or alias)', () => {
    const seen = new Map<string, string>();
    for (const c of codeSeeds.filter((x) => x.list === 'ethnicity'))
      for (const k of [c.label, ...c.aliases].map(codeKey)) {
        expect(seen.get(k) ?? c.code).toBe(c.code);
        seen.set(k, c.code);
      }
  });

  it.each([
    ["H'Mông", '08'],
    ['Khơ me', '05'],
    ['Raglay', '19'],
    ['Gié Triêng', '29'],
    ["M'Nông", '20'],
    ["X'Tiêng", '22'],
    ['KINH', '01'],
    ['ê-đê', '11'],
    ['  Ba  Na ', '12'],
    ['01', '01'],
  ])('matches the ethnicity "%s" to %s', (text, code) => {
    expect(matchCode('ethnicity', text)?.code).toBe(code);
  });

  it.each([
    ['Trẻ em mồ côi cả cha và mẹ', 'a'],
    ['mồ côi cha mẹ', 'a'],
    ['TE khuyết tật'.replace('TE ', ''), 'd'],
    ['KT', 'd'],
    ['đ', 'dd'],
    ['Nhóm đ', 'dd'],
    ['d)', 'd'],
    ['HIV', 'dd'],
    ['bị xâm hại tình dục', 'l'],
    ['tre em bi bo roi', 'b'],
    ['l) Trẻ em bị xâm hại tình dục', 'l'],
  ])('matches the group "%s" to %s', (text, code) => {
    expect(matchCode('circumstance_group', text)?.code).toBe(code);
  });

  it('says null for what it cannot match', () => {
    expect(matchCode('ethnicity', 'Sao Hỏa')).toBeNull();
    expect(matchCode('circumstance_group', 'trẻ em hư')).toBeNull();
    expect(matchCode('ethnicity', '  ')).toBeNull();
  });
});

describe('GET /api/children/codes', () => {
  it('serves the seeded lists to any role with children figures, seeding twice adds nothing', async () => {
    expect(await seedChildCodes(t.db)).toBe(0);
    const reporter = await t.userSession('agency_reporter');
    const r = await t.get('/api/children/codes', codeListsDto, { session: reporter });
    expect(r.body.ethnicity).toHaveLength(56);
    expect(r.body.circumstance_group!.find((g) => g.code === 'dd')!.label).toBe('Trẻ em nhiễm HIV/AIDS');
    expect(r.body.circumstance_subtype!.find((g) => g.code === '6.1')!.certainty).toBe('unconfirmed');
    expect(r.body.access_purpose!.map((p) => p.code)).toContain('quan_ly');
  });

  it('keeps an administrator’s edit of a label across seeding', async () => {
    await t.db.execute(
      sql`update code_item set label = 'Kinh (Việt)' where list = 'ethnicity' and code = '01'`,
    );
    await seedChildCodes(t.db);
    const res = await t.db.execute<{ label: string }>(
      sql`select label from code_item where list = 'ethnicity' and code = '01'`,
    );
    expect(res.rows[0]!.label).toBe('Kinh (Việt)');
  });

  it('is closed to an anonymous caller', async () => {
    expect((await t.refused('GET', '/api/children/codes')).status).toBe(401);
  });
});
