import {
  boolean,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { adminUnit, agency } from '../org/org.tables';
import { appUser } from '../identity/identity.tables';
import { reportPeriod } from '../reports/reports.tables';

/** The indicator catalogue (Thông tư 13/2021 and local additions), kept as data. */
export const indicator = pgTable(
  'indicator',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    group: text('group').notNull(),
    unit: text('unit').notNull(),
    aggregation: text('aggregation').notNull(),
    // Which way is better: 'higher', 'lower' (stunting, abuse) or 'neutral'; drives arrows and attainment.
    direction: text('direction').notNull().default('higher'),
    dimensions: jsonb('dimensions').notNull().default([]),
    partOfCode: text('part_of_code'),
    numeratorCode: text('numerator_code'),
    denominatorCode: text('denominator_code'),
    factor: integer('factor'),
    min: integer('min'),
    max: integer('max'),
    definition: text('definition'),
    source: text('source'),
    leadBody: text('lead_body'),
    legalBasis: text('legal_basis'),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('indicator_code_uq').on(t.code)],
);

/** Which agency reports which indicator in a unit. */
export const indicatorAssignment = pgTable(
  'indicator_assignment',
  {
    provinceId: uuid('province_id').notNull(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => adminUnit.id),
    indicatorId: uuid('indicator_id')
      .notNull()
      .references(() => indicator.id, { onDelete: 'cascade' }),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agency.id),
  },
  (t) => [
    primaryKey({ columns: [t.unitId, t.indicatorId, t.agencyId] }),
    index('indicator_assignment_agency_idx').on(t.agencyId),
  ],
);

export const indicatorTarget = pgTable(
  'indicator_target',
  {
    provinceId: uuid('province_id').notNull(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => adminUnit.id),
    indicatorId: uuid('indicator_id')
      .notNull()
      .references(() => indicator.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    value: numeric('value', { mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.indicatorId, t.year] })],
);

/**
 * Values by unit × period × disaggregation, as one agency reported them. A large table: the
 * province is part of the keys (docs/architecture.md §3). disagg is '' for the total or "dimension=option".
 */
export const indicatorValue = pgTable(
  'indicator_value',
  {
    provinceId: uuid('province_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    periodId: uuid('period_id')
      .notNull()
      .references(() => reportPeriod.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id').notNull(),
    agencyId: uuid('agency_id').notNull(),
    indicatorId: uuid('indicator_id')
      .notNull()
      .references(() => indicator.id),
    disagg: text('disagg').notNull().default(''),
    value: integer('value'),
    comment: text('comment'),
    // null = entered; 'register' = the register of children's live count, as offered (DP.0101, DP.0301).
    source: text('source'),
    // The register's figure when the value was saved, kept beside an agency's own figure.
    registerValue: integer('register_value'),
    // Why the figure differs from the register's: required then, shown and audited.
    overrideReason: text('override_reason'),
    updatedBy: uuid('updated_by').references(() => appUser.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.provinceId, t.id] }),
    uniqueIndex('indicator_value_cell_uq').on(t.provinceId, t.periodId, t.agencyId, t.indicatorId, t.disagg),
    index('indicator_value_period_idx').on(t.provinceId, t.periodId, t.indicatorId),
  ],
);
