// Issue 9 item 14: the deadline calendar carries tasks still overdue into the current month.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isoDay } from '../../platform/dates';
import { LY_SON } from '../org';
import { createTestApp, type Session, type TestApp } from '../../test/harness';
import { plansWorld } from './plans.test-support';

type Entry = { date: string; kind: string; taskId?: string; overdue?: boolean; carried?: boolean };
let t: TestApp;
let focal: Session;
let planId: string;
const today = isoDay(new Date());
const monthStart = `${today.slice(0, 7)}-01`;
const monthEnd = `${today.slice(0, 7)}-31`;
const thisMonth = async (session: Session) =>
  (await t.api('GET', `/api/plans/calendar?from=${monthStart}&to=${monthEnd}`, { session })).body as Entry[];

beforeAll(async () => {
  t = await createTestApp();
  ({ focal, planId } = await plansWorld(t));
});
afterAll(() => t.close());

describe('the calendar carries overdue tasks into the current month', () => {
  it('carries nothing from a draft plan', async () => {
    expect((await thisMonth(focal)).filter((e) => e.carried)).toEqual([]);
  });

  it('carries the issued plan’s past, undone tasks, marked overdue, with their own date', async () => {
    expect(
      (await t.api('POST', `/api/plans/${planId}/status`, { session: focal, body: { status: 'issued' } }))
        .status,
    ).toBeLessThan(300);
    const carried = (await thisMonth(focal)).filter((e) => e.carried);
    expect(carried.length).toBeGreaterThan(0);
    for (const e of carried) {
      expect([e.kind, e.overdue]).toEqual(['task', true]);
      expect(e.date < monthStart).toBe(true);
    }
    // A month that does not hold today carries nothing: only its own deadlines.
    const past = await t.api('GET', '/api/plans/calendar?from=2025-03-01&to=2025-03-31', { session: focal });
    expect(past.body.every((e: Entry) => !e.carried && e.date >= '2025-03-01')).toBe(true);
  });

  it('drops a task once its lead agency reports it done', async () => {
    const carried = (await thisMonth(focal)).filter((e) => e.carried);
    const matrix = (await t.api('GET', `/api/plans/${planId}/matrix`, { session: focal })).body as {
      columns: { id: string; kind: string }[];
      rows: { taskId: string; cells: Record<string, string> }[];
    };
    const agencyColumns = new Set(matrix.columns.filter((c) => c.kind === 'agency').map((c) => c.id));
    const leadsOf = (taskId: string) =>
      Object.entries(matrix.rows.find((r) => r.taskId === taskId)!.cells)
        .filter(([, role]) => role === 'lead')
        .map(([id]) => id);
    const pick = carried.find((e) => {
      const leads = leadsOf(e.taskId!);
      return leads.length > 0 && leads.every((id) => agencyColumns.has(id));
    })!;
    for (const lead of leadsOf(pick.taskId!)) {
      const reporter = await t.userSession('agency_reporter', { agencyId: lead });
      const done = await t.api('POST', `/api/plans/tasks/${pick.taskId}/progress`, {
        session: reporter,
        body: { status: 'done', narrative: 'Đã hoàn thành.', completedOn: pick.date },
      });
      expect(done.status).toBe(201);
    }
    const after = (await thisMonth(focal)).filter((e) => e.carried).map((e) => e.taskId);
    expect(after).not.toContain(pick.taskId);
    expect(after).toHaveLength(carried.length - 1);
  });

  it('shows another locality nothing of it', async () => {
    const unit = await t.api('POST', '/api/org/units', {
      session: await t.userSession('admin', { scopeUnitId: null }),
      body: { name: 'Huyện Khác', type: 'huyen', parentId: LY_SON.provinceId, validFrom: '1989-07-01' },
    });
    const other = await t.userSession('focal_officer', { scopeUnitId: unit.body.id });
    expect(await thisMonth(other)).toEqual([]);
  });
});
