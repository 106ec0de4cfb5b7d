// Reporting periods: their dates from the plan, and the lock after expiry that the focal department lifts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness';
import { useClock } from './clock';
import { formOf, reportingWorld, type People } from './reports-test-kit';

let t: TestApp;
let p: People;
let six: { id: string; dueDate: string };
let planId: string;
const at = (iso: string) => useClock(() => new Date(iso));

beforeAll(async () => {
  t = await createTestApp();
  ({ people: p, six, planId } = await reportingWorld(t));
});
afterAll(() => {
  useClock(() => new Date());
  return t.close();
});

const open = async (s: People['gddt']) =>
  (await t.api('POST', `/api/reports/periods/${six.id}/my-report`, { session: s })).body;

describe('periods', () => {
  it('come from the plan regime: before 10/5 and 10/11, windows ending the day before', async () => {
    const res = await t.api('GET', `/api/reports/periods?planId=${planId}`, { session: p.focal });
    expect(res.status).toBe(200);
    expect(
      res.body.map((x: { label: string; dueDate: string; cutoffTo: string }) => [
        x.label,
        x.dueDate,
        x.cutoffTo,
      ]),
    ).toEqual([
      ['6 tháng đầu năm 2025', '2025-05-10', '2025-05-09'],
      ['Cả năm 2025', '2025-11-10', '2025-11-09'],
    ]);
    // Addressed by the unit valid on the due date: the district in May, the special zone in November.
    expect(res.body.map((x: { unitName: string }) => x.unitName)).toEqual(['Huyện Lý Sơn', 'Đặc khu Lý Sơn']);
  });

  it('lock after expiry: nothing can be saved until the focal department reopens', async () => {
    at('2025-07-20T02:00:00Z');
    const r = await open(p.health);
    expect(r.locked).toBe(true);
    const save = await t.api('PUT', `/api/reports/agency/${r.id}`, { session: p.health, body: formOf(r) });
    expect(save.status).toBe(409);
    expect(save.body.error.code).toBe('REPORT_LOCKED');
    expect(save.body.error.message).toMatch(/khóa/);
    const reopen = await t.api('PATCH', `/api/reports/periods/${six.id}`, {
      session: p.focal,
      body: { reopenedUntil: '2025-07-31' },
    });
    expect(reopen.status).toBe(200);
    expect(reopen.body.locked).toBe(false);
    // An agency cannot reopen; bad dates are refused.
    expect(
      (
        await t.api('PATCH', `/api/reports/periods/${six.id}`, {
          session: p.gddt,
          body: { reopenedUntil: '2025-12-31' },
        })
      ).status,
    ).toBe(403);
    const bad = await t.api('PATCH', `/api/reports/periods/${six.id}`, {
      session: p.focal,
      body: { cutoffTo: '2025-06-01' },
    });
    expect(bad.status).toBe(400);
  });
});
