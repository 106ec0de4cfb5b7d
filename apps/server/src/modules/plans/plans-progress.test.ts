// Tracking an imported plan: progress by the assigned agencies, task states, matrix, calendar and evidence.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LY_SON } from '../org';
import { createTestApp, type Session, type TestApp } from '../../test/harness';
import { plansWorld, upload } from './plans.test-support';

let t: TestApp;
let focal: Session;
let gddt: Session;
let planId: string;

beforeAll(async () => {
  t = await createTestApp();
  ({ focal, gddt, planId } = await plansWorld(t));
});
afterAll(() => t.close());

describe('progress and states', () => {
  it('lets a reporter update only its own assignments, and computes the state', async () => {
    const plan = (await t.api('GET', `/api/plans/${planId}`, { session: focal })).body;
    const t4 = plan.tasks.find((x: { number: string }) => x.number === '4');
    const t11 = plan.tasks.find((x: { number: string }) => x.number === '11');
    const ok = await t.api('POST', `/api/plans/tasks/${t4.id}/progress`, {
      session: gddt,
      body: {
        status: 'done',
        narrative: 'Tỷ lệ trẻ em bỏ học giảm còn 0,2%.',
        figures: [{ label: 'Số trẻ em bỏ học', value: 3 }],
        completedOn: '2025-05-05',
        periodDue: '2025-05-10',
      },
    });
    expect(ok.status).toBe(201);
    const dash = await t.api('GET', `/api/plans/${planId}/dashboard?at=2025-05-09`, { session: focal });
    const mine = dash.body.agencies.find((a: { agencyId: string }) => a.agencyId === LY_SON.agency('gddt'));
    expect(mine.tasks.find((x: { number: string }) => x.number === '4').state).toBe('done_on_time');
    expect(dash.body.tasks.find((x: { number: string }) => x.number === '4').state).toBe('done_on_time');
    const later = await t.api('GET', `/api/plans/${planId}/dashboard?at=2025-11-11`, { session: focal });
    expect(later.body.tasks.find((x: { number: string }) => x.number === '4').state).toBe('overdue');
    // Task 11 is led by Phòng Nội vụ and the police: GD&ĐT only reaches it through a group.
    const notMine = await t.api('POST', `/api/plans/tasks/${t11.id}/progress`, {
      session: gddt,
      body: { status: 'in_progress' },
    });
    expect(notMine.status).toBe(201);
    const police = await t.userSession('police', { agencyId: LY_SON.agency('cong-an') });
    const t7 = plan.tasks.find((x: { number: string }) => x.number === '7');
    const refused = await t.api('POST', `/api/plans/tasks/${t7.id}/progress`, {
      session: police,
      body: { status: 'done' },
    });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('PLAN_NOT_ASSIGNED');
  });

  it('shows the assignment matrix and the calendar of due dates', async () => {
    const m = await t.api('GET', `/api/plans/${planId}/matrix`, { session: focal });
    expect(m.body.rows).toHaveLength(13);
    expect(m.body.rows[3].cells[LY_SON.agency('gddt')]).toBe('lead');
    const cal = await t.api('GET', '/api/plans/calendar?from=2025-01-01&to=2025-12-31', { session: focal });
    expect(
      cal.body
        .filter((e: { kind: string; planId: string }) => e.kind === 'report' && e.planId === planId)
        .map((e: { date: string }) => e.date),
    ).toEqual(['2025-05-10', '2025-11-10']);
    expect(
      cal.body.some(
        (e: { kind: string; title: string }) => e.kind === 'task' && e.title.startsWith('Nhiệm vụ 9'),
      ),
    ).toBe(true);
  });

  it('accepts evidence of the allowed types only', async () => {
    const plan = (await t.api('GET', `/api/plans/${planId}`, { session: focal })).body;
    const t4 = plan.tasks.find((x: { number: string }) => x.number === '4');
    const p = await t.api('POST', `/api/plans/tasks/${t4.id}/progress`, {
      session: gddt,
      body: { status: 'in_progress' },
    });
    const pdf = await upload(
      t,
      gddt,
      `/api/plans/progress/${p.body.id}/evidence`,
      'bao-cao.pdf',
      Buffer.from('%PDF-1.4\n%…'),
    );
    expect(pdf.status).toBe(201);
    const exe = await upload(
      t,
      gddt,
      `/api/plans/progress/${p.body.id}/evidence`,
      'virus.pdf',
      Buffer.from('MZ\u0090\u0000'),
    );
    expect(exe.status).toBe(415);
    expect(exe.body.error.code).toBe('PLAN_EVIDENCE_TYPE');
    const list = await t.api('GET', `/api/plans/tasks/${t4.id}/progress`, { session: focal });
    expect(list.body.at(-1).evidence.map((e: { filename: string }) => e.filename)).toEqual(['bao-cao.pdf']);
    const dl = await t.app.inject({
      method: 'GET',
      url: `/api/plans/evidence/${pdf.body.id}`,
      headers: { cookie: focal.cookie },
    });
    expect(dl.statusCode).toBe(200);
    expect(dl.rawPayload.subarray(0, 4).toString()).toBe('%PDF');
  });
});
