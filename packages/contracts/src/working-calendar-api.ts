import { isoDate, optionalText, trimmed, yearQuery, z } from './common';

// The national working calendar's API (docs/working-calendar.md); the arithmetic is working-calendar.ts.

export const calendarDayKinds = ['holiday', 'workday'] as const;
export type CalendarDayKind = (typeof calendarDayKinds)[number];

export const calendarErrorCodes = [
  'CALENDAR_NATIONAL',
  'CALENDAR_DAY_NOT_FOUND',
  'CALENDAR_WORKDAY_WEEKDAY',
] as const;
export type CalendarErrorCode = (typeof calendarErrorCodes)[number];

export const calendarDayDto = z.object({
  date: z.string(),
  kind: z.enum(calendarDayKinds),
  name: z.string(),
  confirmed: z.boolean(),
  source: z.string().nullable(),
});
export type CalendarDayDto = z.infer<typeof calendarDayDto>;

/** A year's exceptions, and the years the calendar holds (so a screen can say a year is missing). */
export const calendarYearDto = z.object({
  year: z.number().int(),
  days: z.array(calendarDayDto),
  years: z.array(z.number().int()),
});
export type CalendarYearDto = z.infer<typeof calendarYearDto>;

export const calendarYearQuery = z.strictObject({ year: yearQuery });
export const calendarDayParams = z.strictObject({ date: isoDate });

export const putCalendarDayInput = z.strictObject({
  kind: z.enum(calendarDayKinds),
  name: trimmed(200),
  confirmed: z.boolean(),
  source: optionalText(500),
});
export type PutCalendarDayInput = z.infer<typeof putCalendarDayInput>;
