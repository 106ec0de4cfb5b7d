import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { LY_SON } from '../org';
import { createTestApp, type TestApp } from '../../test/harness';
import { seedPlans } from './plans.seed';
import { autoReminders, OVERDUE_REMIND_DAYS } from './reminders.service';

// Issue 9 item 6: no automatic reminder without a recipient; a seeded (old) plan files no backlog.
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await seedPlans(t.db);
});
afterAll(() => t.close());

const count = async (table: 'plan_reminder' | 'notification', kind?: string) =>
  (
    await t.db.execute<{ n: number }>(
      kind
        ? sql`select count(*)::int n from ${sql.identifier(table)} where kind = ${kind}`
        : sql`select count(*)::int n from ${sql.identifier(table)}`,
    )
  ).rows[0]!.n;

const taskDues = async () =>
  (
    await t.db.execute<{ number: string; due_date: string | null }>(
      sql`select number, due_date::text from plan_task where due_date is not null order by due_date`,
    )
  ).rows;

describe('automatic plan reminders', () => {
  it('file nothing on the first start, while no agency has a user', async () => {
    // A day when the seed plan has tasks both due soon and overdue.
    const dues = await taskDues();
    expect(dues.length).toBeGreaterThan(0);
    const day = dues[0]!.due_date!;
    const next = new Date(Date.parse(day) + 3 * 86_400_000).toISOString().slice(0, 10);
    expect(await autoReminders(t.db, next)).toBe(0);
    expect(await count('plan_reminder')).toBe(0);
    expect(await count('notification')).toBe(0);
  });

  it('do not file a backlog of "quá hạn" for deadlines long past', async () => {
    await t.userSession('agency_reporter', { agencyId: LY_SON.agency('gddt') });
    // Today, more than a year after the 2025 plan's deadlines.
    expect(await autoReminders(t.db, '2026-12-02')).toBe(0);
    expect(await count('plan_reminder', 'overdue')).toBe(0);
  });

  it('remind an agency with users of a recent overdue task, and only that agency', async () => {
    const dues = await taskDues();
    const last = dues[dues.length - 1]!.due_date!;
    const day = new Date(Date.parse(last) + 2 * 86_400_000).toISOString().slice(0, 10);
    expect(await autoReminders(t.db, day)).toBeGreaterThan(0);
    const agencies = await t.db.execute<{ agency_id: string; recipients: number; kind: string }>(
      sql`select agency_id, recipients, kind from plan_reminder`,
    );
    expect(agencies.rows.length).toBeGreaterThan(0);
    expect(agencies.rows.some((r) => r.kind === 'overdue')).toBe(true);
    for (const r of agencies.rows) {
      expect(r.agency_id).toBe(LY_SON.agency('gddt'));
      expect(r.recipients).toBe(1);
    }
    // Past the window the same task is no longer reminded.
    const late = new Date(Date.parse(last) + (OVERDUE_REMIND_DAYS + 8) * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const before = await count('plan_reminder', 'overdue');
    await autoReminders(t.db, late);
    const after = await t.db.execute<{ n: number }>(
      sql`select count(*)::int n from plan_reminder r join plan_task k on k.id = r.task_id
          where r.kind = 'overdue' and k.due_date = ${last}::date`,
    );
    expect(await count('plan_reminder', 'overdue')).toBeGreaterThanOrEqual(before);
    expect(after.rows[0]!.n).toBe(1);
  });
});
