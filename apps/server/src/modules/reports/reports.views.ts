import { date, pgView, uuid } from 'drizzle-orm/pg-core';

/** A reporting period's place in time: indicators order their values by it. */
export const reportPeriodSpan = pgView('report_period_span', {
  id: uuid('id').notNull(),
  unitId: uuid('unit_id').notNull(),
  cutoffTo: date('cutoff_to', { mode: 'string' }).notNull(),
  dueDate: date('due_date', { mode: 'string' }).notNull(),
}).existing();
