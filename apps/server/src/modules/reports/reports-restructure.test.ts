import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LY_SON } from '../org';
import { createTestApp, type TestApp } from '../../test/harness';
import { useClock } from './clock';
import { reportingWorld, type People } from './reports-test-kit';

// The annual 2025 report is due on 10/11/2025, after the district became a special zone (1/7/2025):
// the agencies that report are the successors, standing for the district agencies the plan names.

let t: TestApp;
let p: People;
let annual: { id: string };
let planId: string;

beforeAll(async () => {
  t = await createTestApp();
  ({ people: p, annual, planId } = await reportingWorld(t));
  useClock(() => new Date('2025-11-03T02:00:00Z'));
});
afterAll(() => {
  useClock(() => new Date());
  return t.close();
});

describe('a period due after the 2025 restructuring', () => {
  it('expects the successor agencies, each standing for the district agencies it replaced', async () => {
    const c = (await t.api('GET', `/api/reports/periods/${annual.id}/completeness`, { session: p.focal }))
      .body;
    const vhxh = c.agencies.find((a: { agencyName: string }) => a.agencyName === 'Phòng Văn hóa – Xã hội');
    expect(vhxh.standsFor).toEqual(expect.arrayContaining(['Phòng Nội vụ', 'Phòng Giáo dục và Đào tạo']));
    const names = c.agencies.map((a: { agencyName: string }) => a.agencyName);
    expect(names).not.toContain('Phòng Giáo dục và Đào tạo');
    expect(names).toContain('Công an đặc khu Lý Sơn');
    expect(c.period.unitName).toBe('Đặc khu Lý Sơn');
  });

  it('the dissolved agency no longer has the period to report; its successor reports all its tasks, pre-filled from its progress', async () => {
    const plan = (await t.api('GET', `/api/plans/${planId}`, { session: p.focal })).body;
    const task4 = plan.tasks.find((x: { number: string }) => x.number === '4');
    useClock(() => new Date('2025-06-20T02:00:00Z'));
    await t.api('POST', `/api/plans/tasks/${task4.id}/progress`, {
      session: p.gddt,
      body: {
        status: 'done',
        narrative: 'Hoàn thành 20 buổi sinh hoạt hè cho học sinh.',
        completedOn: '2025-06-20',
      },
    });
    useClock(() => new Date('2025-11-03T02:00:00Z'));
    const mine = (await t.api('GET', '/api/reports/mine', { session: p.gddt })).body.map(
      (m: { period: { id: string } }) => m.period.id,
    );
    expect(mine).not.toContain(annual.id);
    expect(
      (await t.api('POST', `/api/reports/periods/${annual.id}/my-report`, { session: p.gddt })).status,
    ).toBe(403);

    const vhxh = await t.userSession('agency_reporter', {
      agencyId: LY_SON.agency('dk-vhxh'),
      scopeUnitId: LY_SON.specialZoneId,
    });
    const r = (await t.api('POST', `/api/reports/periods/${annual.id}/my-report`, { session: vhxh })).body;
    const t4 = r.tasks.find((x: { number: string }) => x.number === '4');
    expect(t4.role).toBe('lead');
    expect(t4.narrative).toBe('Hoàn thành 20 buổi sinh hoạt hè cho học sinh.');
    // The special zone's indicator assignments apply: drop-outs moved to Phòng VH-XH.
    expect(r.indicators.map((e: { indicator: { code: string } }) => e.indicator.code)).toContain('DP.0401');
  });
});
