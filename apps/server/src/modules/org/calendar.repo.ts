import { and, asc, eq, gte, lt, sql } from 'drizzle-orm';
import type { Exec } from '../../platform/db/pool';
import { workingCalendarDay } from './calendar.tables';

export type CalendarDayRow = typeof workingCalendarDay.$inferSelect;

const inYear = (year: number) =>
  and(gte(workingCalendarDay.date, `${year}-01-01`), lt(workingCalendarDay.date, `${year + 1}-01-01`));

export async function daysOfYear(exec: Exec, year: number): Promise<CalendarDayRow[]> {
  return exec.select().from(workingCalendarDay).where(inYear(year)).orderBy(asc(workingCalendarDay.date));
}

/** Every exception from `from` (inclusive) on: what clocks need, a few dozen rows a year. */
export async function daysFrom(exec: Exec, from: string): Promise<Pick<CalendarDayRow, 'date' | 'kind'>[]> {
  return exec
    .select({ date: workingCalendarDay.date, kind: workingCalendarDay.kind })
    .from(workingCalendarDay)
    .where(gte(workingCalendarDay.date, from));
}

export async function yearsHeld(exec: Exec): Promise<number[]> {
  const rows = await exec
    .selectDistinct({ year: sql<number>`extract(year from ${workingCalendarDay.date})::int` })
    .from(workingCalendarDay);
  return rows.map((r) => r.year).sort((a, b) => a - b);
}

export async function getDay(exec: Exec, date: string): Promise<CalendarDayRow | undefined> {
  return (await exec.select().from(workingCalendarDay).where(eq(workingCalendarDay.date, date)))[0];
}

export async function upsertDay(
  exec: Exec,
  row: Omit<typeof workingCalendarDay.$inferInsert, 'createdAt' | 'updatedAt'>,
): Promise<CalendarDayRow> {
  const [saved] = await exec
    .insert(workingCalendarDay)
    .values(row)
    .onConflictDoUpdate({
      target: workingCalendarDay.date,
      set: {
        kind: row.kind,
        name: row.name,
        confirmed: row.confirmed,
        source: row.source,
        updatedAt: sql`now()`,
      },
    })
    .returning();
  return saved!;
}

export async function deleteDay(exec: Exec, date: string): Promise<void> {
  await exec.delete(workingCalendarDay).where(eq(workingCalendarDay.date, date));
}

/** Seeds a year's rows only while that year holds none: an administrator's deletions stay deleted. */
export async function seedYear(exec: Exec, year: number, rows: (typeof workingCalendarDay.$inferInsert)[]) {
  const held = await exec
    .select({ date: workingCalendarDay.date })
    .from(workingCalendarDay)
    .where(inYear(year))
    .limit(1);
  if (held.length === 0 && rows.length)
    await exec.insert(workingCalendarDay).values(rows).onConflictDoNothing();
}
