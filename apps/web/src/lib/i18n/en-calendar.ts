import type { viCalendar } from './vi-calendar';

/** English: the national working calendar. */
export const enCalendar: Record<keyof typeof viCalendar, string> = {
  'org.tab.calendar': 'Working calendar',
  'calendar.intro':
    'Public holidays, Tết and make-up working days, used for deadlines counted in working days (e.g. 5 working days to draft a support plan). Saturdays and Sundays are off unless declared make-up days.',
  'calendar.year': 'Year',
  'calendar.missingYear':
    'The calendar holds no holiday for {year}: working-day deadlines in that year skip weekends only. Enter the year’s holidays from the official announcement.',
  'calendar.unchecked':
    '{count} days are unchecked: the system assumed them from earlier years; check them against the year’s official announcement and mark them checked.',
  'calendar.deleteOk': 'Delete',
  'calendar.column.actions': 'Actions',
  'calendar.add': 'Add a day',
  'calendar.edit': 'Edit {date}',
  'calendar.delete': 'Delete {date}',
  'calendar.deleteConfirm': 'Remove {date} from the calendar? Running deadlines are recomputed.',
  'calendar.saved': 'Saved {date}.',
  'calendar.deleted': 'Deleted {date}.',
  'calendar.empty': 'No holiday or make-up day in this year yet.',
  'calendar.column.date': 'Date',
  'calendar.column.kind': 'Kind',
  'calendar.column.name': 'Name, reason',
  'calendar.column.status': 'Checked',
  'calendar.kind.holiday': 'Day off',
  'calendar.kind.workday': 'Make-up day',
  'calendar.confirmed': 'Checked',
  'calendar.notConfirmed': 'Unchecked',
  'calendar.field.date': 'Date',
  'calendar.field.kind': 'Kind of day',
  'calendar.field.name': 'Name, reason',
  'calendar.field.confirmed': 'Checked against the official text',
  'calendar.field.source': 'Basis (document number, announcement)',
  'calendar.nationalOnly': 'The calendar is national: only a national administrator edits it.',
  'calendar.weekday.0': 'Sunday',
  'calendar.weekday.1': 'Monday',
  'calendar.weekday.2': 'Tuesday',
  'calendar.weekday.3': 'Wednesday',
  'calendar.weekday.4': 'Thursday',
  'calendar.weekday.5': 'Friday',
  'calendar.weekday.6': 'Saturday',
};
