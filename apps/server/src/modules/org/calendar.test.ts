import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { calendarDayDto, calendarYearDto, clockDeadline, localMidnight } from '@vte/contracts';
import { createTestApp, type Session, type TestApp } from '../../test/harness';
import { LY_SON, workingCalendar } from '.';
import { seedWorkingCalendar } from './calendar.service';

let t: TestApp;
let national: Session;
let provinceAdmin: Session;
let focal: Session;
let reporter: Session;

const audits = async (date: string) =>
  (
    await t.db.execute<{ action: string }>(
      sql`select action from audit_log where entity = 'working_calendar_day' and entity_id = ${date} order by id`,
    )
  ).rows.map((r) => r.action);

beforeAll(async () => {
  t = await createTestApp();
  national = await t.userSession('admin', { scopeUnitId: null });
  provinceAdmin = await t.userSession('admin', { scopeUnitId: LY_SON.provinceId });
  focal = await t.userSession('focal_officer', { agencyId: LY_SON.agency('noi-vu') });
  reporter = await t.userSession('agency_reporter', { agencyId: LY_SON.agency('gddt') });
});
afterAll(() => t.close());

describe('the seeded calendar', () => {
  it('holds 2025 and 2026, the Labour Code days confirmed and the announced ones marked unchecked', async () => {
    const r = await t.get('/api/calendar?year=2025', calendarYearDto, { session: reporter });
    expect(r.body.years).toEqual(expect.arrayContaining([2025, 2026]));
    const byDate = new Map(r.body.days.map((d) => [d.date, d]));
    expect(byDate.get('2025-09-02')).toMatchObject({ kind: 'holiday', confirmed: true });
    expect(byDate.get('2025-01-29')).toMatchObject({ kind: 'holiday', confirmed: false });
    expect(byDate.get('2025-02-08')).toMatchObject({ kind: 'workday' });
  });

  it('gives clocks the declared days: 5 working days from 23/01/2025 end on 06/02 across Tết', async () => {
    const cal = await workingCalendar(t.db, '2025-01-01');
    const start = localMidnight('2025-01-23') + 10 * 3_600_000;
    const end = clockDeadline(start, { unit: 'working_days', amount: 5 }, cal);
    expect(end).toBe(localMidnight('2025-02-07'));
  });

  it('does not bring back a seeded day an administrator deleted', async () => {
    await t.delete('/api/calendar/days/2026-09-01', calendarDayDto.optional(), { session: national });
    await seedWorkingCalendar(t.db);
    const r = await t.get('/api/calendar?year=2026', calendarYearDto, { session: national });
    expect(r.body.days.map((d) => d.date)).not.toContain('2026-09-01');
  });
});

describe('editing the calendar', () => {
  it('lets a national administrator add a year’s make-up Saturday and a swapped day, audited', async () => {
    const body = {
      kind: 'workday',
      name: 'Làm bù cho thứ Sáu 02/01',
      confirmed: true,
      source: 'TB số 1/TB-BNV',
    };
    const r = await t.put('/api/calendar/days/2027-01-09', calendarDayDto, { session: national, body });
    expect(r.body).toEqual({ date: '2027-01-09', ...body });
    const off = { kind: 'holiday', name: 'Nghỉ hoán đổi', confirmed: false };
    await t.put('/api/calendar/days/2027-01-01', calendarDayDto, { session: national, body: off });
    await t.put('/api/calendar/days/2027-01-01', calendarDayDto, {
      session: national,
      body: { ...off, name: 'Tết Dương lịch', confirmed: true },
    });
    const year = await t.get('/api/calendar?year=2027', calendarYearDto, { session: focal });
    expect(year.body.days.map((d) => [d.date, d.kind, d.name])).toEqual([
      ['2027-01-01', 'holiday', 'Tết Dương lịch'],
      ['2027-01-09', 'workday', 'Làm bù cho thứ Sáu 02/01'],
    ]);
    expect(await audits('2027-01-01')).toEqual(['create', 'update']);
    await t.delete('/api/calendar/days/2027-01-01', calendarDayDto.optional(), { session: national });
    expect(await audits('2027-01-01')).toEqual(['create', 'update', 'delete']);
  });

  it('refuses a make-up day on a weekday', async () => {
    const body = { kind: 'workday', name: 'Sai', confirmed: false };
    const r = await t.refused('PUT', '/api/calendar/days/2027-03-03', { session: national, body });
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('CALENDAR_WORKDAY_WEEKDAY');
    expect(r.body.error.message).toMatch(/thứ Bảy hoặc Chủ nhật/);
    expect(await audits('2027-03-03')).toEqual([]);
  });

  it('refuses bad input with a Vietnamese message and saves nothing', async () => {
    const good = { kind: 'holiday', name: 'Nghỉ', confirmed: false };
    const cases: [string, unknown][] = [
      ['/api/calendar/days/2027-02-30', good],
      ['/api/calendar/days/27-02-2027', good],
      ['/api/calendar/days/2027-02-03', { ...good, kind: 'weekend' }],
      ['/api/calendar/days/2027-02-03', { ...good, name: '   ' }],
      ['/api/calendar/days/2027-02-03', { ...good, name: 'a\u0000b' }],
      ['/api/calendar/days/2027-02-03', { ...good, extra: 1 }],
    ];
    for (const [url, body] of cases) {
      const r = await t.refused('PUT', url, { session: national, body });
      expect(r.status, url).toBe(400);
      expect(r.body.error.message).toMatch(/[ăâđêôơưạảấầẩậắằẳặẹẻẽềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i);
    }
    expect((await t.refused('GET', '/api/calendar?year=1890', { session: national })).status).toBe(400);
    const year = await t.get('/api/calendar?year=2027', calendarYearDto, { session: national });
    expect(year.body.days.map((d) => d.date)).not.toContain('2027-02-03');
  });

  it('refuses a provincial administrator (the calendar is national) and roles without org.manage', async () => {
    const body = { kind: 'holiday', name: 'Nghỉ riêng', confirmed: false };
    const province = await t.refused('PUT', '/api/calendar/days/2027-05-03', {
      session: provinceAdmin,
      body,
    });
    expect(province.status).toBe(403);
    expect(province.body.error.code).toBe('CALENDAR_NATIONAL');
    const del = await t.refused('DELETE', '/api/calendar/days/2025-09-02', { session: provinceAdmin });
    expect(del.body.error.code).toBe('CALENDAR_NATIONAL');
    for (const session of [focal, reporter]) {
      expect((await t.refused('PUT', '/api/calendar/days/2027-05-03', { session, body })).status).toBe(403);
      expect((await t.refused('DELETE', '/api/calendar/days/2025-09-02', { session })).status).toBe(403);
    }
    expect((await t.refused('GET', '/api/calendar?year=2025')).status).toBe(401);
    expect(await audits('2027-05-03')).toEqual([]);
    const kept = await t.get('/api/calendar?year=2025', calendarYearDto, { session: focal });
    expect(kept.body.days.map((d) => d.date)).toContain('2025-09-02');
  });

  it('answers 404 for a day that is not in the calendar', async () => {
    const r = await t.refused('DELETE', '/api/calendar/days/2027-06-15', { session: national });
    expect(r.status).toBe(404);
    expect(r.body.error.code).toBe('CALENDAR_DAY_NOT_FOUND');
  });
});
