// Issue 9 item 4: progress is dated. Every report whose window covers an update's date offers it
// (not only the period it named), and the agency can move an update into another period (audited).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { LY_SON } from '../org';
import { createTestApp, type TestApp } from '../../test/harness';
import { useClock } from './clock';
import { reportingWorld, type People } from './reports-test-kit';

let t: TestApp;
let p: People;
let six: { id: string; dueDate: string };
let annual: { id: string; dueDate: string };
let task4: string;
// The annual period is due after 1/7/2025: Phòng GD&ĐT's successor in the special zone reports it.
let successor: People['gddt'];
const at = (iso: string) => useClock(() => new Date(iso));
type Report = {
  id: string;
  tasks: { taskId: string; prefill: { narrative: string | null } }[];
  progress: { id: string; taskId: string; offered: boolean; movedTo: string | null; date: string }[];
};
async function open(s: People['gddt'], periodId: string): Promise<Report> {
  const r = await t.api('POST', `/api/reports/periods/${periodId}/my-report`, { session: s });
  expect(r.status, JSON.stringify(r.body)).toBeLessThan(300);
  return r.body;
}
const prefillOf = (r: Report) => r.tasks.find((x) => x.taskId === task4)!.prefill.narrative ?? '';
const progress = (body: Record<string, unknown>) =>
  t.api('POST', `/api/plans/tasks/${task4}/progress`, { session: p.gddt, body });
const move = (s: People['gddt'], reportId: string, progressId: string) =>
  t.api('POST', `/api/reports/agency/${reportId}/progress/${progressId}/move`, { session: s });

beforeAll(async () => {
  t = await createTestApp();
  let planId: string;
  ({ people: p, six, annual, planId } = await reportingWorld(t));
  const plan = (await t.api('GET', `/api/plans/${planId}`, { session: p.focal })).body;
  task4 = plan.tasks.find((x: { number: string }) => x.number === '4').id;
  successor = await t.userSession('agency_reporter', {
    agencyId: LY_SON.agency('dk-vhxh'),
    scopeUnitId: LY_SON.districtId,
  });
  // The six-month period is locked (since 9/6); the annual one is open.
  at('2025-07-01T02:00:00Z');
});
afterAll(() => {
  useClock(() => new Date());
  return t.close();
});

describe('dated progress', () => {
  it('an update dated inside both windows reaches both reports, though it named the annual period', async () => {
    const r = await progress({
      status: 'done',
      completedOn: '2025-04-20',
      narrative: 'Hoàn thành tập huấn kỹ năng sống cho 120 học sinh.',
      periodDue: annual.dueDate,
    });
    expect(r.status).toBe(201);
    await t.api('PATCH', `/api/reports/periods/${six.id}`, {
      session: p.focal,
      body: { reopenedUntil: '2025-07-31' },
    });
    const sixReport = await open(p.gddt, six.id);
    expect(prefillOf(sixReport)).toContain('120 học sinh');
    expect(prefillOf(await open(successor, annual.id))).toContain('120 học sinh');
    expect(sixReport.progress.find((x) => x.id === r.body.id)).toMatchObject({
      date: '2025-04-20',
      offered: true,
      movedTo: null,
    });
  });

  it('an update written while the six-month period was locked can be moved into it (audited)', async () => {
    const r = await progress({
      status: 'in_progress',
      narrative: 'Bổ sung: 3 buổi truyền thông phòng chống đuối nước.',
      periodDue: annual.dueDate,
    });
    const sixReport = await open(p.gddt, six.id);
    expect(prefillOf(sixReport)).not.toContain('đuối nước');
    expect(sixReport.progress.find((x) => x.id === r.body.id)?.offered).toBe(false);
    const moved = await move(p.gddt, sixReport.id, r.body.id);
    expect(moved.status).toBe(201);
    expect(prefillOf(moved.body)).toContain('đuối nước');
    expect(moved.body.progress.find((x: { id: string }) => x.id === r.body.id)).toMatchObject({
      offered: true,
      movedTo: '6 tháng đầu năm 2025',
    });
    const annualReport = await open(successor, annual.id);
    expect(prefillOf(annualReport)).not.toContain('đuối nước');
    expect(annualReport.progress.find((x) => x.id === r.body.id)).toMatchObject({
      offered: false,
      movedTo: '6 tháng đầu năm 2025',
    });
    const audit = await t.db.execute(
      sql`select action, after->>'movedTo' moved from audit_log where entity = 'task_progress' and entity_id = ${r.body.id} order by at`,
    );
    expect(audit.rows.at(-1)).toEqual({ action: 'update', moved: six.id });
    // And back: moving it into the annual report.
    const back = await move(successor, annualReport.id, r.body.id);
    expect(prefillOf(back.body)).toContain('đuối nước');
  });

  it('refuses another agency (403), another locality (404, audited), unknown updates, bad ids and a locked report', async () => {
    const sixReport = await open(p.gddt, six.id);
    const update = sixReport.progress[0]!.id;
    const before = await t.db.execute(sql`select count(*)::int n from report_progress_period`);
    expect((await move(p.police, sixReport.id, update)).status).toBe(403);
    const national = await t.userSession('admin', { scopeUnitId: null });
    const unit = await t.api('POST', '/api/org/units', {
      session: national,
      body: { name: 'Bình Sơn', type: 'huyen', parentId: LY_SON.provinceId, validFrom: '1989-07-01' },
    });
    const outsider = await t.userSession('focal_officer', {
      scopeUnitId: unit.body.id,
      agencyId: null,
    });
    expect((await move(outsider, sixReport.id, update)).status).toBe(404);
    const trace = await t.db.execute(
      sql`select count(*)::int n from audit_log where entity = 'task_progress' and after->>'refused' = 'out_of_scope'`,
    );
    expect(trace.rows[0]!.n).toBe(1);
    const policeReport = await open(p.police, six.id);
    expect((await move(p.police, policeReport.id, update)).body.error.code).toBe('REPORT_PROGRESS_NOT_FOUND');
    expect((await move(p.gddt, sixReport.id, 'not-a-uuid')).status).toBe(400);
    at('2025-08-15T02:00:00Z');
    expect((await move(p.gddt, sixReport.id, update)).body.error.code).toBe('REPORT_LOCKED');
    at('2025-07-01T02:00:00Z');
    const after = await t.db.execute(sql`select count(*)::int n from report_progress_period`);
    expect(after.rows[0]!.n).toBe(before.rows[0]!.n);
  });
});
