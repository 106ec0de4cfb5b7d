import {
  makeCalendar,
  type CalendarDayDto,
  type CalendarYearDto,
  type PutCalendarDayInput,
  type WorkingCalendar,
} from '@vte/contracts';
import type { AuthedContext } from '../../platform/auth/context';
import type { Db, Exec } from '../../platform/db/pool';
import { AppError } from '../../platform/http/app-error';
import { recordAudit } from '../audit';
import * as repo from './calendar.repo';
import { CALENDAR_SEED, CALENDAR_SEED_SOURCE } from './calendar.seed-data';

// The national working calendar (docs/working-calendar.md): read by everyone who sees a deadline,
// edited only with national scope, every change audited. Clocks read it through `workingCalendar`.

const toDto = (r: repo.CalendarDayRow): CalendarDayDto => ({
  date: r.date,
  kind: r.kind as CalendarDayDto['kind'],
  name: r.name,
  confirmed: r.confirmed,
  source: r.source,
});

export async function calendarYear(exec: Exec, year: number): Promise<CalendarYearDto> {
  const [days, years] = await Promise.all([repo.daysOfYear(exec, year), repo.yearsHeld(exec)]);
  return { year, days: days.map(toDto), years };
}

function requireNationalScope(ctx: AuthedContext): void {
  if (ctx.user.unitIds !== null) throw new AppError('CALENDAR_NATIONAL');
}

const isWeekend = (date: string) => [0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay());

export async function putCalendarDay(
  db: Db,
  ctx: AuthedContext,
  date: string,
  input: PutCalendarDayInput,
): Promise<CalendarDayDto> {
  requireNationalScope(ctx);
  // A make-up day only means something on a weekend; a weekday already is a working day.
  if (input.kind === 'workday' && !isWeekend(date)) throw new AppError('CALENDAR_WORKDAY_WEEKDAY');
  return db.transaction(async (tx) => {
    const before = await repo.getDay(tx, date);
    const saved = toDto(await repo.upsertDay(tx, { date, ...input, source: input.source ?? null }));
    await recordAudit(tx, ctx, {
      action: before ? 'update' : 'create',
      entity: 'working_calendar_day',
      entityId: date,
      before: before ? toDto(before) : null,
      after: saved,
    });
    return saved;
  });
}

export async function deleteCalendarDay(db: Db, ctx: AuthedContext, date: string): Promise<void> {
  requireNationalScope(ctx);
  await db.transaction(async (tx) => {
    const before = await repo.getDay(tx, date);
    if (!before) throw new AppError('CALENDAR_DAY_NOT_FOUND');
    await repo.deleteDay(tx, date);
    await recordAudit(tx, ctx, {
      action: 'delete',
      entity: 'working_calendar_day',
      entityId: date,
      before: toDto(before),
    });
  });
}

/** The calendar clocks compute on: every exception from `from` on (default: two years back). */
export async function workingCalendar(exec: Exec, from?: string): Promise<WorkingCalendar> {
  const since = from ?? `${new Date().getUTCFullYear() - 2}-01-01`;
  return makeCalendar((await repo.daysFrom(exec, since)) as { date: string; kind: 'holiday' | 'workday' }[]);
}

/** Start-up seed: each listed year that holds no day yet (docs/working-calendar.md). */
export async function seedWorkingCalendar(exec: Exec): Promise<void> {
  for (const [year, days] of Object.entries(CALENDAR_SEED))
    await repo.seedYear(
      exec,
      Number(year),
      days.map((d) => ({ ...d, source: CALENDAR_SEED_SOURCE })),
    );
}
