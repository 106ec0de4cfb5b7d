import {
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { adminUnit, agency, agencyGroup } from '../org/org.tables';
import { appUser } from '../identity/identity.tables';
import { bytea } from '../../platform/db/columns';

/** A Kế hoạch as issued: its document parts are kept as written, tasks as rows. */
export const plan = pgTable(
  'plan',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    provinceId: uuid('province_id').notNull(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => adminUnit.id),
    issuerAgencyId: uuid('issuer_agency_id').references(() => agency.id),
    issuerName: text('issuer_name').notNull(),
    number: text('number'),
    place: text('place'),
    issuedDate: date('issued_date', { mode: 'string' }),
    // "ngày … tháng 4 năm 2025": the day is often blank in the issued text.
    issuedMonth: text('issued_month'),
    year: integer('year').notNull(),
    title: text('title').notNull(),
    bases: jsonb('bases').$type<string[]>().notNull().default([]),
    purpose: text('purpose'),
    requirements: jsonb('requirements').$type<string[]>().notNull().default([]),
    funding: text('funding'),
    organisation: jsonb('organisation')
      .$type<{ agency: string | null; responsibilities: string }[]>()
      .notNull()
      .default([]),
    reporting: jsonb('reporting')
      .$type<{ period: string; due: string | null; dueRule: string }[]>()
      .notNull()
      .default([]),
    recipients: jsonb('recipients').$type<string[]>().notNull().default([]),
    status: text('status').notNull().default('draft'),
    parentPlanId: uuid('parent_plan_id').references((): AnyPgColumn => plan.id),
    sourceFilename: text('source_filename'),
    createdBy: uuid('created_by').references(() => appUser.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('plan_unit_idx').on(t.unitId, t.year), index('plan_province_idx').on(t.provinceId)],
);

export const planTask = pgTable(
  'plan_task',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    provinceId: uuid('province_id').notNull(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plan.id, { onDelete: 'cascade' }),
    parentId: uuid('parent_id').references((): AnyPgColumn => planTask.id, { onDelete: 'cascade' }),
    ord: integer('ord').notNull(),
    number: text('number').notNull(),
    content: text('content').notNull(),
    timeframeText: text('timeframe_text'),
    timeframe: jsonb('timeframe'),
    // Last day of the time frame; null for "thường xuyên trong năm" (judged per reporting period).
    dueDate: date('due_date', { mode: 'string' }),
    outputs: text('outputs'),
    budget: text('budget'),
  },
  (t) => [index('plan_task_plan_idx').on(t.planId, t.ord)],
);

/** Who does a task: an agency or a named group, as lead or partner, with the phrase as written. */
export const taskAssignment = pgTable(
  'task_assignment',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    provinceId: uuid('province_id').notNull(),
    taskId: uuid('task_id')
      .notNull()
      .references(() => planTask.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
    ord: integer('ord').notNull(),
    writtenAs: text('written_as').notNull(),
    agencyId: uuid('agency_id').references(() => agency.id),
    groupId: uuid('group_id').references(() => agencyGroup.id),
  },
  (t) => [
    index('task_assignment_task_idx').on(t.taskId),
    index('task_assignment_agency_idx').on(t.agencyId),
    index('task_assignment_group_idx').on(t.groupId),
  ],
);

/** An agency's progress update on a task: history is kept, the latest row is current. */
export const taskProgress = pgTable(
  'task_progress',
  {
    // Keys lead with province_id: distributable by province (platform/db/distribution.ts).
    id: uuid('id').notNull().defaultRandom(),
    provinceId: uuid('province_id').notNull(),
    taskId: uuid('task_id')
      .notNull()
      .references(() => planTask.id, { onDelete: 'cascade' }),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agency.id),
    status: text('status').notNull(),
    narrative: text('narrative'),
    figures: jsonb('figures')
      .$type<{ label: string; value: number; unit?: string | null }[]>()
      .notNull()
      .default([]),
    completedOn: date('completed_on', { mode: 'string' }),
    // For year-round tasks: the reporting period (its due date) this update answers.
    periodDue: date('period_due', { mode: 'string' }),
    createdBy: uuid('created_by').references(() => appUser.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.provinceId, t.id] }),
    index('task_progress_task_agency_idx').on(t.taskId, t.agencyId, t.createdAt),
  ],
);

/** Evidence attached to a progress update (type- and size-checked before it gets here). */
export const progressEvidence = pgTable(
  'progress_evidence',
  {
    id: uuid('id').notNull().defaultRandom(),
    provinceId: uuid('province_id').notNull(),
    progressId: uuid('progress_id').notNull(),
    filename: text('filename').notNull(),
    mime: text('mime').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.provinceId, t.id] }),
    foreignKey({
      name: 'progress_evidence_progress_fk',
      columns: [t.provinceId, t.progressId],
      foreignColumns: [taskProgress.provinceId, taskProgress.id],
    }).onDelete('cascade'),
    index('progress_evidence_progress_idx').on(t.progressId),
  ],
);

/** Every reminder (đôn đốc) sent, automatic or by a leader, with its message. */
export const planReminder = pgTable(
  'plan_reminder',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    provinceId: uuid('province_id').notNull(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plan.id, { onDelete: 'cascade' }),
    taskId: uuid('task_id').references(() => planTask.id, { onDelete: 'cascade' }),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agency.id),
    kind: text('kind').notNull(),
    message: text('message'),
    sentBy: uuid('sent_by').references(() => appUser.id),
    recipients: integer('recipients').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('plan_reminder_plan_idx').on(t.planId, t.createdAt)],
);
