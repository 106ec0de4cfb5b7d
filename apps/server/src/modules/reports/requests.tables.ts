import { date, foreignKey, index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { agency } from '../org/org.tables';
import { appUser } from '../identity/identity.tables';
import { taskProgress } from '../plans/plans.tables';
import { reportPeriod } from './reports.tables';

/**
 * "Đề nghị mở lại": an agency whose report is locked (expired or accepted) asks the focal
 * department to reopen it. A granted request reopens that agency's report only, until a day.
 */
export const reportReopenRequest = pgTable(
  'report_reopen_request',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    provinceId: uuid('province_id').notNull(),
    periodId: uuid('period_id')
      .notNull()
      .references(() => reportPeriod.id, { onDelete: 'cascade' }),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agency.id),
    reason: text('reason').notNull(),
    // pending | granted | refused
    status: text('status').notNull().default('pending'),
    answer: text('answer'),
    reopenedUntil: date('reopened_until', { mode: 'string' }),
    requestedBy: uuid('requested_by').references(() => appUser.id),
    answeredBy: uuid('answered_by').references(() => appUser.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
  },
  (t) => [index('report_reopen_request_period_idx').on(t.periodId, t.agencyId, t.createdAt)],
);

/**
 * A progress update moved by hand to one period: it is then offered to that period's report only,
 * whatever its date. Without a row, the update's date decides (every window that covers it).
 */
export const progressPeriod = pgTable(
  'report_progress_period',
  {
    provinceId: uuid('province_id').notNull(),
    progressId: uuid('progress_id').notNull(),
    periodId: uuid('period_id')
      .notNull()
      .references(() => reportPeriod.id, { onDelete: 'cascade' }),
    movedBy: uuid('moved_by').references(() => appUser.id),
    movedAt: timestamp('moved_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.provinceId, t.progressId] }),
    foreignKey({
      name: 'report_progress_period_progress_fk',
      columns: [t.provinceId, t.progressId],
      foreignColumns: [taskProgress.provinceId, taskProgress.id],
    }).onDelete('cascade'),
  ],
);
