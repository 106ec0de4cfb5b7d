import {
  boolean,
  foreignKey,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  primaryKey,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { adminUnit, agency } from '../org/org.tables';
import { appUser } from '../identity/identity.tables';
import { plan, planTask } from '../plans/plans.tables';
import { bytea } from '../../platform/db/columns';

/**
 * A reporting period of a plan's regime (or, with no plan, a province round that collects the
 * units' consolidated reports). Dates are per period: the seed's 10/5 and 10/11 do not follow NĐ 09.
 */
export const reportPeriod = pgTable(
  'report_period',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    provinceId: uuid('province_id').notNull(),
    planId: uuid('plan_id').references(() => plan.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => adminUnit.id),
    kind: text('kind').notNull(),
    label: text('label').notNull(),
    year: integer('year').notNull(),
    cutoffFrom: date('cutoff_from', { mode: 'string' }).notNull(),
    cutoffTo: date('cutoff_to', { mode: 'string' }).notNull(),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    expiresOn: date('expires_on', { mode: 'string' }).notNull(),
    reopenedUntil: date('reopened_until', { mode: 'string' }),
    createdBy: uuid('created_by').references(() => appUser.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('report_period_plan_idx').on(t.planId, t.dueDate),
    index('report_period_unit_idx').on(t.unitId, t.year, t.kind),
    index('report_period_province_idx').on(t.provinceId, t.year, t.kind),
  ],
);

/** One agency's report for one period: the working copy; every submission is also kept as a version. */
export const agencyReport = pgTable(
  'agency_report',
  {
    // Keys lead with province_id: distributable by province (platform/db/distribution.ts).
    id: uuid('id').notNull().defaultRandom(),
    provinceId: uuid('province_id').notNull(),
    periodId: uuid('period_id')
      .notNull()
      .references(() => reportPeriod.id, { onDelete: 'cascade' }),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agency.id),
    status: text('status').notNull().default('draft'),
    // Bumped by every save: a stale autosave from a second tab answers 409 instead of overwriting.
    revision: integer('revision').notNull().default(0),
    version: integer('version').notNull().default(0),
    content: jsonb('content').notNull(),
    firstSubmittedAt: timestamp('first_submitted_at', { withTimezone: true }),
    lastSubmittedAt: timestamp('last_submitted_at', { withTimezone: true }),
    reviewComment: text('review_comment'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    reviewedBy: uuid('reviewed_by').references(() => appUser.id),
    updatedBy: uuid('updated_by').references(() => appUser.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.provinceId, t.id] }),
    uniqueIndex('agency_report_period_agency_uq').on(t.provinceId, t.periodId, t.agencyId),
    index('agency_report_agency_idx').on(t.agencyId),
  ],
);

/** Every submission, return, acceptance: the content as it stood, never changed afterwards. */
export const agencyReportVersion = pgTable(
  'agency_report_version',
  {
    id: uuid('id').notNull().defaultRandom(),
    provinceId: uuid('province_id').notNull(),
    reportId: uuid('report_id').notNull(),
    version: integer('version').notNull(),
    event: text('event').notNull(),
    comment: text('comment'),
    content: jsonb('content').notNull(),
    createdBy: uuid('created_by').references(() => appUser.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.provinceId, t.id] }),
    foreignKey({
      name: 'agency_report_version_report_fk',
      columns: [t.provinceId, t.reportId],
      foreignColumns: [agencyReport.provinceId, agencyReport.id],
    }).onDelete('cascade'),
    index('agency_report_version_report_idx').on(t.reportId, t.createdAt),
  ],
);

export const reportAttachment = pgTable(
  'report_attachment',
  {
    id: uuid('id').notNull().defaultRandom(),
    provinceId: uuid('province_id').notNull(),
    reportId: uuid('report_id').notNull(),
    taskId: uuid('task_id').references(() => planTask.id, { onDelete: 'set null' }),
    filename: text('filename').notNull(),
    mime: text('mime').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    createdBy: uuid('created_by').references(() => appUser.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.provinceId, t.id] }),
    foreignKey({
      name: 'report_attachment_report_fk',
      columns: [t.provinceId, t.reportId],
      foreignColumns: [agencyReport.provinceId, agencyReport.id],
    }).onDelete('cascade'),
    index('report_attachment_report_idx').on(t.reportId),
  ],
);

/**
 * The focal department's consolidated report for a period (level "unit"), or the province's
 * (level "province", on a province round). Sections are paragraphs that name their source.
 */
export const consolidatedReport = pgTable(
  'consolidated_report',
  {
    id: uuid('id').notNull().defaultRandom(),
    provinceId: uuid('province_id').notNull(),
    periodId: uuid('period_id')
      .notNull()
      .references(() => reportPeriod.id, { onDelete: 'cascade' }),
    level: text('level').notNull(),
    // The author unit valid on the period's due date, and the unit above it then.
    unitId: uuid('unit_id')
      .notNull()
      .references(() => adminUnit.id),
    recipientUnitId: uuid('recipient_unit_id').references(() => adminUnit.id),
    status: text('status').notNull().default('draft'),
    revision: integer('revision').notNull().default(0),
    header: jsonb('header').notNull(),
    sections: jsonb('sections').notNull(),
    indicators: jsonb('indicators').notNull(),
    missing: jsonb('missing').$type<string[]>().notNull().default([]),
    generatedAt: timestamp('generated_at', { withTimezone: true }).notNull().defaultNow(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    submittedBy: uuid('submitted_by').references(() => appUser.id),
    reviewComment: text('review_comment'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    reviewedBy: uuid('reviewed_by').references(() => appUser.id),
    updatedBy: uuid('updated_by').references(() => appUser.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.provinceId, t.id] }),
    uniqueIndex('consolidated_report_period_uq').on(t.provinceId, t.periodId),
    index('consolidated_report_recipient_idx').on(t.recipientUnitId, t.status),
  ],
);

/** Every reminder about a period (automatic before/after the due date, or by hand). */
export const reportReminder = pgTable(
  'report_reminder',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    provinceId: uuid('province_id').notNull(),
    periodId: uuid('period_id')
      .notNull()
      .references(() => reportPeriod.id, { onDelete: 'cascade' }),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agency.id),
    kind: text('kind').notNull(),
    message: text('message'),
    automatic: boolean('automatic').notNull().default(false),
    recipients: integer('recipients').notNull().default(0),
    sentBy: uuid('sent_by').references(() => appUser.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('report_reminder_period_idx').on(t.periodId, t.agencyId, t.kind)],
);
