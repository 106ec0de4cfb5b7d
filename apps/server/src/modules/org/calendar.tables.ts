import { sql } from 'drizzle-orm';
import { boolean, check, date, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * The national working calendar's exceptions to Monday–Friday (docs/working-calendar.md): weekdays off
 * (holidays, Tết, compensatory and swapped days) and weekend days worked in exchange. National
 * reference data, like the indicator catalogue: one row per date, edited by a national administrator.
 */
export const workingCalendarDay = pgTable(
  'working_calendar_day',
  {
    date: date('date', { mode: 'string' }).primaryKey(),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    // false for what the seed assumed and nobody has checked against the year's announcement.
    confirmed: boolean('confirmed').notNull().default(false),
    source: text('source'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('working_calendar_day_kind', sql`${t.kind} in ('holiday', 'workday')`)],
);
