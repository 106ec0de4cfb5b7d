import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { importAgencyOptionDto, importPreviewDto } from '@vte/contracts';
import { LY_SON } from '../org';
import { createTestApp, type Session, type TestApp } from '../../test/harness';
import { seedText } from './plans.test-support';
import { parsePlanText } from './parse';

// Issue 9 item 5: the import review finds agencies valid on the plan's date across predecessor and
// successor units — the TTYT quân - dân y Lý Sơn is attached to the former district, still in force.
let t: TestApp;
let focal: Session;
const TTYT = LY_SON.agency('ttyt');
const search = (s: Session, body: unknown) =>
  t.apiRaw('POST', '/api/plans/import/agencies', { session: s, body });

beforeAll(async () => {
  t = await createTestApp();
  focal = await t.userSession('focal_officer', {
    scopeUnitId: LY_SON.specialZoneId,
    agencyId: LY_SON.agency('dk-vhxh'),
  });
});
afterAll(() => t.close());

describe('plan import register, across successions', () => {
  it("matches the former district's health centre from the special zone's plan", async () => {
    const text = seedText.toString('utf8');
    const r = await t.post('/api/plans/import/preview-text', importPreviewDto, {
      session: focal,
      body: { unitId: LY_SON.specialZoneId, text },
    });
    const ttyt = r.body.matches.filter((m) => /quân\s*-?\s*dân y/i.test(m.writtenAs));
    expect(ttyt.length).toBeGreaterThan(0);
    for (const m of ttyt) expect(m.match?.id).toBe(TTYT);
  });

  it('search finds it by part of its name, valid on the plan date, with its unit', async () => {
    const r = await search(focal, { unitId: LY_SON.specialZoneId, at: '2026-03-01', q: 'quan dan y' });
    expect(r.status).toBe(200);
    const items = importAgencyOptionDto.array().parse(r.body);
    expect(items.map((a) => a.id)).toContain(TTYT);
    expect(items.find((a) => a.id === TTYT)!.unitName).toMatch(/Lý Sơn/);
  });

  it('lists only agencies valid on the date: the dissolved police station gives way to its successor', async () => {
    const r = await search(focal, { unitId: LY_SON.specialZoneId, at: '2026-03-01', q: 'công an' });
    const names = importAgencyOptionDto
      .array()
      .parse(r.body)
      .map((a) => a.name);
    expect(names).toContain('Công an đặc khu Lý Sơn');
    expect(names).not.toContain('Đồn Công an Lý Sơn');
    const before = await search(focal, { unitId: LY_SON.specialZoneId, at: '2025-03-01', q: 'công an' });
    expect(
      importAgencyOptionDto
        .array()
        .parse(before.body)
        .map((a) => a.name),
    ).toEqual(['Đồn Công an Lý Sơn']);
  });

  it('refuses bad input in Vietnamese (400), another locality (404), another role (403)', async () => {
    const bad = await search(focal, { unitId: LY_SON.specialZoneId, at: '1/3/2026' });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toMatch(
      /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i,
    );
    const kt = await t.db.execute<{ id: string }>(
      sql`select id from admin_unit where name = 'Kon Tum' limit 1`,
    );
    const other = await search(focal, { unitId: kt.rows[0]!.id, at: '2026-03-01' });
    expect(other.status).toBe(404);
    const reporter = await t.userSession('agency_reporter', { agencyId: LY_SON.agency('gddt') });
    expect((await search(reporter, { unitId: LY_SON.specialZoneId, at: '2026-03-01' })).status).toBe(403);
    const saved = await t.db.execute<{ n: number }>(sql`select count(*)::int n from plan`);
    expect(saved.rows[0]!.n).toBe(0);
  });
});

// Issue 9 item 12: the review shows where "Mục đích", "Yêu cầu" and "Kinh phí" were read from.
describe('plan import sources of the closing sections', () => {
  it('points purpose, requirements and funding to their lines in the text', () => {
    const p = parsePlanText(seedText.toString('utf8'));
    expect(p.purpose).toBeTruthy();
    expect(p.requirements.length).toBeGreaterThan(0);
    expect(p.funding).toBeTruthy();
    expect(p.source.purpose?.text).toContain(p.purpose!.split('\n')[0]!.slice(0, 30));
    expect(p.source.requirements?.text).toContain(p.requirements[0]!.slice(0, 30));
    expect(p.source.funding?.text).toBe(p.funding);
    expect(p.source.purpose!.lines[0]).toBeLessThanOrEqual(p.source.requirements!.lines[0]);
  });
});
