// Working-day arithmetic on the Vietnamese calendar, shared by the server (clocks, overdue boards)
// and the web (time left). Days are local to Asia/Ho_Chi_Minh, which has no daylight saving: UTC+7
// all year, so a local day is a fixed 24-hour span and no time-zone database is needed.
//
// Legal reading (docs/working-calendar.md): a period in days does not count the day of the event and
// ends at 24:00 of its last day (Bộ luật Dân sự 2015, Art. 147–148); a working day is Monday–Friday
// that is not a declared holiday, or a Saturday/Sunday declared a make-up working day. Which days are
// holidays each year is data an administrator keeps (Tết and swapped days are announced yearly).

const DAY_MS = 86_400_000;
const LOCAL_OFFSET_MS = 7 * 3_600_000;
/** A clock's search never runs past this many local days (a stale pause or a bad rule, not a loop). */
const MAX_DAYS = 3 * 366;

/** The declared exceptions to the Monday–Friday rule. */
export interface WorkingCalendar {
  /** Weekdays off: public holidays, Tết, compensatory and swapped days (YYYY-MM-DD). */
  holidays: ReadonlySet<string>;
  /** Saturdays or Sundays declared make-up working days. */
  workdays: ReadonlySet<string>;
}

export interface CalendarException {
  date: string;
  kind: 'holiday' | 'workday';
}

export function makeCalendar(days: readonly CalendarException[]): WorkingCalendar {
  const holidays = new Set<string>();
  const workdays = new Set<string>();
  for (const d of days) (d.kind === 'holiday' ? holidays : workdays).add(d.date);
  return { holidays, workdays };
}

/** Start (UTC ms) of the local day that contains `ms`. */
export const localDayStart = (ms: number): number =>
  Math.floor((ms + LOCAL_OFFSET_MS) / DAY_MS) * DAY_MS - LOCAL_OFFSET_MS;

/** The local calendar date (YYYY-MM-DD) of an instant. */
export const localDate = (ms: number): string => new Date(ms + LOCAL_OFFSET_MS).toISOString().slice(0, 10);

/** 00:00 local of a YYYY-MM-DD date, as UTC ms. */
export const localMidnight = (date: string): number => Date.parse(`${date}T00:00:00Z`) - LOCAL_OFFSET_MS;

export function isWorkingDay(date: string, cal: WorkingCalendar): boolean {
  if (cal.workdays.has(date)) return true;
  if (cal.holidays.has(date)) return false;
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

export interface Pause {
  from: number;
  /** null: still paused. */
  to: number | null;
}

export type ClockRule =
  /** Calendar hours, nights and holidays included (the 12-hour emergency clock). */
  | { unit: 'hours'; amount: number }
  /** Working days, counted from the day after the start, ending at 24:00 of the last one. */
  | { unit: 'working_days'; amount: number };

/** Milliseconds of [a, b) not covered by any pause. */
function unpaused(a: number, b: number, pauses: readonly Pause[], now: number): number {
  let covered = 0;
  for (const p of pauses) {
    const lo = Math.max(a, p.from);
    const hi = Math.min(b, p.to ?? Math.max(now, b));
    if (hi > lo) covered += hi - lo;
  }
  return Math.max(0, b - a - covered);
}

/** The instant inside [a, b) where `need` unpaused milliseconds have passed (need ≤ unpaused(a, b)). */
function pointWithin(a: number, b: number, need: number, pauses: readonly Pause[], now: number): number {
  let lo = a;
  let hi = b;
  // Pauses are few and a day is short: bisection to the millisecond is 27 steps.
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (unpaused(a, mid, pauses, now) >= need) hi = mid;
    else lo = mid;
  }
  return hi;
}

/**
 * When the clock runs out: its budget of counted time (all time for hours, working days' time for
 * working days), less the paused spans, from its start. Pauses still open at `now` push it past `now`.
 * Returns null when it cannot run out within three years (an open pause, or no working day declared).
 */
export function clockDeadline(
  startAt: number,
  rule: ClockRule,
  cal: WorkingCalendar,
  pauses: readonly Pause[] = [],
  now = Date.now(),
): number | null {
  const hours = rule.unit === 'hours';
  let need = (hours ? rule.amount * 3_600_000 : rule.amount * DAY_MS) || 0;
  if (need <= 0) return startAt;
  let day = hours ? startAt : localDayStart(startAt) + DAY_MS;
  for (let i = 0; i < MAX_DAYS; i++) {
    const next = hours ? localDayStart(day) + DAY_MS : day + DAY_MS;
    const counts = hours || isWorkingDay(localDate(day), cal);
    if (counts) {
      const open = pauses.some((p) => p.to === null && p.from < next);
      if (open && day >= now) return null;
      const avail = unpaused(day, next, pauses, now);
      if (avail >= need) return pointWithin(day, next, need, pauses, now);
      need -= avail;
    }
    day = next;
  }
  return null;
}

/** Working days from the local day after `fromMs` up to and including the local day of `toMs`. */
export function workingDaysBetween(fromMs: number, toMs: number, cal: WorkingCalendar): number {
  let n = 0;
  for (let d = localDayStart(fromMs) + DAY_MS, i = 0; d <= toMs && i < MAX_DAYS; d += DAY_MS, i++)
    if (isWorkingDay(localDate(d), cal)) n++;
  return n;
}

export type ClockState = 'running' | 'warning' | 'escalated' | 'breached' | 'paused' | 'met' | 'met_late';

export interface ClockInput {
  startAt: number;
  rule: ClockRule;
  /** Fractions of the budget at which the clock warns and escalates (e.g. 6/12 and 10/12 hours). */
  warnAt: number;
  escalateAt: number;
  pauses?: readonly Pause[];
  /** When the step the clock waits for was done; the clock stops there. */
  stoppedAt?: number | null;
}

export interface ClockStatus {
  state: ClockState;
  deadline: number | null;
  /** Wall-clock milliseconds until the deadline (negative when past); null without a deadline. */
  remainingMs: number | null;
  /** For working-day clocks: working days left after today (0 on the last day). */
  workingDaysLeft: number | null;
}

/** Where a clock stands at `now`: its deadline, what is left, and the state a board shows. */
export function clockStatus(c: ClockInput, cal: WorkingCalendar, now = Date.now()): ClockStatus {
  const pauses = c.pauses ?? [];
  const at = c.stoppedAt ?? now;
  const deadline = clockDeadline(c.startAt, c.rule, cal, pauses, at);
  const remainingMs = deadline === null ? null : deadline - at;
  const workingDaysLeft =
    c.rule.unit === 'working_days' && deadline !== null && deadline > at
      ? workingDaysBetween(at, deadline - 1, cal)
      : c.rule.unit === 'working_days'
        ? 0
        : null;
  const base = { deadline, remainingMs, workingDaysLeft };
  if (c.stoppedAt != null) return { ...base, state: deadline !== null && at > deadline ? 'met_late' : 'met' };
  if (pauses.some((p) => p.to === null && p.from <= now)) return { ...base, state: 'paused' };
  if (deadline !== null && now >= deadline) return { ...base, state: 'breached' };
  const soon = (fraction: number) => {
    const mark = clockDeadline(c.startAt, scaled(c.rule, fraction), cal, pauses, now);
    return mark !== null && now >= mark;
  };
  const state = soon(c.escalateAt) ? 'escalated' : soon(c.warnAt) ? 'warning' : 'running';
  return { ...base, state };
}

/** The same rule with its budget scaled (warning marks); working days keep whole-day resolution. */
function scaled(rule: ClockRule, fraction: number): ClockRule {
  return rule.unit === 'hours'
    ? { unit: 'hours', amount: rule.amount * fraction }
    : { unit: 'working_days', amount: rule.amount * fraction };
}
