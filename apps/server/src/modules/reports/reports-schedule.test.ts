import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { systemContext } from '../../platform/auth/context';
import { createTestApp, type TestApp } from '../../test/harness';
import { useClock } from './clock';
import { autoReportReminders } from './completeness.service';
import { formOf, reportingWorld, type People } from './reports-test-kit';

let t: TestApp;
let p: People;
let six: { id: string; dueDate: string };
let planId: string;

beforeAll(async () => {
  t = await createTestApp();
  ({ people: p, six, planId } = await reportingWorld(t));
});
afterAll(() => {
  useClock(() => new Date());
  return t.close();
});

const reminders = async (kind: string) =>
  (
    await t.db.execute(
      sql`select agency_id from report_reminder where period_id = ${six.id} and kind = ${kind}`,
    )
  ).rows.length;

describe('automatic reminders', () => {
  it('go 5 days before the due date and the day after it, once each, only to those who have not submitted', async () => {
    useClock(() => new Date('2025-05-04T02:00:00Z'));
    const gd = (await t.api('POST', `/api/reports/periods/${six.id}/my-report`, { session: p.gddt })).body;
    const ind = gd.indicators[0].indicator.id;
    await t.api('POST', `/api/reports/agency/${gd.id}/submit`, {
      session: p.gddt,
      body: formOf(gd, { indicatorValues: [{ indicatorId: ind, disagg: '', value: 0, comment: null }] }),
    });
    const expected = (await t.api('GET', `/api/reports/periods/${six.id}/completeness`, { session: p.focal }))
      .body.counts.expected;

    expect(await autoReportReminders(t.db, systemContext('test'), '2025-05-04')).toBe(0); // 6 days before: not yet
    expect(await autoReportReminders(t.db, systemContext('test'), '2025-05-05')).toBe(expected - 1);
    expect(await autoReportReminders(t.db, systemContext('test'), '2025-05-06')).toBe(0); // once only
    expect(await reminders('before_due')).toBe(expected - 1);
    const bell = await t.api('GET', '/api/notifications', { session: p.police });
    expect(JSON.stringify(bell.body)).toContain(
      'Sắp đến hạn gửi báo cáo 6 tháng đầu năm 2025 (hạn 10/05/2025)',
    );
    expect(
      JSON.stringify((await t.api('GET', '/api/notifications', { session: p.gddt })).body),
    ).not.toContain('Sắp đến hạn');

    expect(await autoReportReminders(t.db, systemContext('test'), '2025-05-10')).toBe(0); // the due day itself
    expect(await autoReportReminders(t.db, systemContext('test'), '2025-05-11')).toBe(expected - 1);
    expect(await autoReportReminders(t.db, systemContext('test'), '2025-05-11')).toBe(0);
    expect(JSON.stringify((await t.api('GET', '/api/notifications', { session: p.police })).body)).toContain(
      'Quá hạn gửi báo cáo',
    );
    // Mail goes to the outbox for users with an address; here the reminders are in the log.
    expect(await reminders('overdue')).toBe(expected - 1);
  });

  it('a hand reminder only reaches agencies expected in the period', async () => {
    const forged = await t.api('POST', `/api/reports/periods/${six.id}/remind`, {
      session: p.focal,
      body: { agencyIds: ['00000000-0000-4000-8000-000000000000'] },
    });
    expect(forged.status).toBe(403);
    expect(forged.body.error.code).toBe('REPORT_NOT_EXPECTED');
  });
});

describe('periods by hand and the dashboard', () => {
  it('adds a thematic period, refuses a duplicate and impossible dates, and generation stays idempotent', async () => {
    const body = {
      planId,
      kind: 'thematic',
      label: 'Chuyên đề phòng, chống đuối nước trẻ em',
      year: 2025,
      cutoffFrom: '2025-05-01',
      cutoffTo: '2025-08-31',
      dueDate: '2025-09-10',
    };
    const made = await t.api('POST', '/api/reports/periods', { session: p.focal, body });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({
      kind: 'thematic',
      expiresOn: '2025-10-10',
      unitName: 'Đặc khu Lý Sơn',
    });
    expect((await t.api('POST', '/api/reports/periods', { session: p.focal, body })).status).toBe(409);
    const bad = await t.api('POST', '/api/reports/periods', {
      session: p.focal,
      body: { ...body, label: 'khác', cutoffTo: '2025-09-10' },
    });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('chốt số liệu');
    expect((await t.api('POST', '/api/reports/periods', { session: p.gddt, body })).status).toBe(403);
    const again = await t.api('POST', '/api/reports/periods/generate', {
      session: p.focal,
      body: { planId },
    });
    expect(again.body).toHaveLength(3);
  });

  it('shows the chosen period: counts, late and missing agencies', async () => {
    useClock(() => new Date('2025-05-20T02:00:00Z'));
    const police = (await t.api('POST', `/api/reports/periods/${six.id}/my-report`, { session: p.police }))
      .body;
    const values = police.indicators.map((e: { indicator: { id: string } }) => ({
      indicatorId: e.indicator.id,
      disagg: '',
      value: 0,
      comment: null,
    }));
    expect(
      (
        await t.api('POST', `/api/reports/agency/${police.id}/submit`, {
          session: p.police,
          body: formOf(police, { indicatorValues: values }),
        })
      ).status,
    ).toBe(200);
    const gd = (await t.api('GET', `/api/reports/periods/${six.id}/reports`, { session: p.focal })).body.find(
      (r: { agencyName: string }) => r.agencyName === 'Phòng Giáo dục và Đào tạo',
    );
    await t.api('POST', `/api/reports/agency/${gd.id}/review`, {
      session: p.focal,
      body: { decision: 'accept' },
    });
    const d = (await t.api('GET', `/api/reports/dashboard?periodId=${six.id}`, { session: p.leader })).body;
    // Before any consolidation the indicators come live from the accepted reports.
    expect(d.consolidated).toBeNull();
    expect(d.indicators.find((i: { code: string }) => i.code === 'DP.0401')).toMatchObject({ total: 0 });
    expect(d.period.id).toBe(six.id);
    expect(d.counts).toMatchObject({ submitted: 2, onTime: 1, late: 1 });
    expect(d.late.map((a: { agencyName: string }) => a.agencyName)).toEqual(['Đồn Công an Lý Sơn']);
    expect(d.missing).toHaveLength(d.counts.missing);
    expect(d.periods.length).toBeGreaterThanOrEqual(3);
    expect(
      (
        await t.api('GET', '/api/reports/dashboard?periodId=00000000-0000-4000-8000-000000000000', {
          session: p.leader,
        })
      ).status,
    ).toBe(404);
  });
});
