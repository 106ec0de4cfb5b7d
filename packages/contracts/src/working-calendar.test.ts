import { describe, expect, it } from 'vitest';
import {
  clockDeadline,
  clockStatus,
  isWorkingDay,
  localDate,
  makeCalendar,
  workingDaysBetween,
  type ClockInput,
} from './working-calendar';

// Tết 2025 as declared: Monday 27/1 to Friday 31/1 off, Saturday 8/2 worked in exchange.
const cal = makeCalendar([
  ...['2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31'].map((date) => ({
    date,
    kind: 'holiday' as const,
  })),
  { date: '2025-02-08', kind: 'workday' },
]);
/** A local (UTC+7) wall-clock time as UTC ms. */
const local = (s: string) => Date.parse(`${s}+07:00`);
const H = 3_600_000;

describe('working days', () => {
  it('follows Monday–Friday, declared holidays and make-up Saturdays', () => {
    expect(isWorkingDay('2025-01-24', cal)).toBe(true); // Friday
    expect(isWorkingDay('2025-01-25', cal)).toBe(false); // Saturday
    expect(isWorkingDay('2025-01-29', cal)).toBe(false); // Tết, a Wednesday
    expect(isWorkingDay('2025-02-08', cal)).toBe(true); // make-up Saturday
    expect(isWorkingDay('2025-02-09', cal)).toBe(false); // Sunday
  });

  it('reads local dates in Asia/Ho_Chi_Minh, not UTC', () => {
    expect(localDate(Date.parse('2025-03-03T17:30:00Z'))).toBe('2025-03-04');
    expect(localDate(Date.parse('2025-03-03T16:59:59Z'))).toBe('2025-03-03');
  });

  it('does not count the start day and ends at 24:00 of the fifth working day across Tết', () => {
    // Thursday 23/1: Fri 24 (1), Tết week off, Mon 3/2 (2), Tue 4 (3), Wed 5 (4), Thu 6 (5).
    const d = clockDeadline(local('2025-01-23T10:00:00'), { unit: 'working_days', amount: 5 }, cal);
    expect(d).toBe(local('2025-02-07T00:00:00'));
  });

  it('counts a make-up Saturday as a working day', () => {
    // Wednesday 5/2: Thu 6 (1), Fri 7 (2), Sat 8 make-up (3), Mon 10 (4), Tue 11 (5).
    const d = clockDeadline(local('2025-02-05T08:00:00'), { unit: 'working_days', amount: 5 }, cal);
    expect(d).toBe(local('2025-02-12T00:00:00'));
  });

  it('starts counting on Monday for a report received late on Friday night', () => {
    const d = clockDeadline(local('2025-03-07T23:30:00'), { unit: 'working_days', amount: 1 }, cal);
    expect(d).toBe(local('2025-03-11T00:00:00'));
  });

  it('counts working days between two instants, the first day excluded', () => {
    expect(workingDaysBetween(local('2025-01-23T10:00:00'), local('2025-02-06T12:00:00'), cal)).toBe(5);
  });
});

describe('the 12-hour clock', () => {
  const rule = { unit: 'hours', amount: 12 } as const;

  it('counts calendar hours through nights and holidays', () => {
    const start = local('2025-01-28T20:00:00');
    expect(clockDeadline(start, rule, cal)).toBe(local('2025-01-29T08:00:00'));
  });

  it('moves its deadline by a closed pause and has none while a pause is open', () => {
    const start = local('2025-03-03T08:00:00');
    const pauses = [{ from: start + 2 * H, to: start + 4 * H }];
    expect(clockDeadline(start, rule, cal, pauses)).toBe(start + 14 * H);
    const open = [{ from: start + 2 * H, to: null }];
    expect(clockDeadline(start, rule, cal, open, start + 3 * H)).toBeNull();
  });

  it('warns at 6 h, escalates at 10 h, is breached at 12 h', () => {
    const start = local('2025-03-03T08:00:00');
    const c: ClockInput = { startAt: start, rule, warnAt: 6 / 12, escalateAt: 10 / 12 };
    const at = (h: number) => clockStatus(c, cal, start + h * H).state;
    expect([at(5), at(7), at(11), at(12), at(30)]).toEqual([
      'running',
      'warning',
      'escalated',
      'breached',
      'breached',
    ]);
    expect(clockStatus(c, cal, start + 7 * H).remainingMs).toBe(5 * H);
  });

  it('stops when the step is done: in time or late', () => {
    const start = local('2025-03-03T08:00:00');
    const c = { startAt: start, rule, warnAt: 0.5, escalateAt: 0.8 };
    expect(clockStatus({ ...c, stoppedAt: start + 11 * H }, cal, start + 40 * H).state).toBe('met');
    expect(clockStatus({ ...c, stoppedAt: start + 13 * H }, cal, start + 40 * H).state).toBe('met_late');
  });

  it('shows a paused clock as paused, not breached', () => {
    const start = local('2025-03-03T08:00:00');
    const c = { startAt: start, rule, warnAt: 0.5, escalateAt: 0.8, pauses: [{ from: start + H, to: null }] };
    expect(clockStatus(c, cal, start + 20 * H).state).toBe('paused');
  });
});

describe('the 5-working-day plan clock', () => {
  it('reports the working days left, 0 on the last day', () => {
    const start = local('2025-03-03T09:00:00'); // Monday; deadline 24:00 Monday 10/3
    const c: ClockInput = {
      startAt: start,
      rule: { unit: 'working_days', amount: 5 },
      warnAt: 3 / 5,
      escalateAt: 4 / 5,
    };
    const first = clockStatus(c, cal, local('2025-03-03T10:00:00'));
    expect(first).toMatchObject({ state: 'running', workingDaysLeft: 5 });
    expect(clockStatus(c, cal, local('2025-03-06T10:00:00')).state).toBe('running'); // Thu: day 3 running
    const friday = clockStatus(c, cal, local('2025-03-07T10:00:00')); // 3 of 5 used
    expect(friday).toMatchObject({ state: 'warning', workingDaysLeft: 1 });
    const last = clockStatus(c, cal, local('2025-03-10T10:00:00'));
    expect(last).toMatchObject({ state: 'escalated', workingDaysLeft: 0 });
    expect(clockStatus(c, cal, local('2025-03-11T00:00:00')).state).toBe('breached');
  });
});
