import { sql } from 'drizzle-orm';
import {
  date,
  index,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';

const stamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

/** Administrative units over time; a unit that changes type or merges gets a new row and a succession. */
export const adminUnit = pgTable(
  'admin_unit',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code'),
    name: text('name').notNull(),
    type: text('type').notNull(),
    parentId: uuid('parent_id').references((): AnyPgColumn => adminUnit.id),
    // Root province; the distribution key of locality data (docs/architecture.md §3). Self for a province.
    provinceId: uuid('province_id').notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    legalBasis: text('legal_basis'),
    ...stamps,
  },
  (t) => [
    index('admin_unit_parent_idx').on(t.parentId),
    uniqueIndex('admin_unit_code_from_uq').on(t.code, t.validFrom),
  ],
);

export const unitSuccession = pgTable(
  'unit_succession',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    fromUnitId: uuid('from_unit_id')
      .notNull()
      .references(() => adminUnit.id),
    toUnitId: uuid('to_unit_id')
      .notNull()
      .references(() => adminUnit.id),
    kind: text('kind').notNull(),
    effectiveDate: date('effective_date', { mode: 'string' }).notNull(),
    legalBasis: text('legal_basis').notNull(),
    createdAt: stamps.createdAt,
  },
  (t) => [index('unit_succession_from_idx').on(t.fromUnitId), index('unit_succession_to_idx').on(t.toUnitId)],
);

export const agency = pgTable(
  'agency',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    provinceId: uuid('province_id').notNull(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => adminUnit.id),
    name: text('name').notNull(),
    // Ordering key (migration 0004): lists sort on bytes, not on an ICU collation per request.
    nameSort: text('name_sort').generatedAlwaysAs(sql`vte_vi_sort_key(name)`),
    shortName: text('short_name'),
    aliases: text('aliases')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    kind: text('kind').notNull(),
    parentAgencyId: uuid('parent_agency_id').references((): AnyPgColumn => agency.id),
    successorId: uuid('successor_id').references((): AnyPgColumn => agency.id),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    // Public contact data of the office (shown on the portal), never a person's.
    phone: text('phone'),
    email: text('email'),
    address: text('address'),
    ...stamps,
  },
  (t) => [
    index('agency_unit_idx').on(t.unitId),
    uniqueIndex('agency_unit_name_from_uq').on(t.unitId, t.name, t.validFrom),
  ],
);

/** Named agency groups for the phrases plans use ("các Hội, đoàn thể huyện"). */
export const agencyGroup = pgTable(
  'agency_group',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    provinceId: uuid('province_id').notNull(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => adminUnit.id),
    name: text('name').notNull(),
    aliases: text('aliases')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    description: text('description'),
    ...stamps,
  },
  (t) => [uniqueIndex('agency_group_unit_name_uq').on(t.unitId, t.name)],
);

export const agencyGroupMember = pgTable(
  'agency_group_member',
  {
    groupId: uuid('group_id')
      .notNull()
      .references(() => agencyGroup.id, { onDelete: 'cascade' }),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agency.id),
  },
  (t) => [
    primaryKey({ columns: [t.groupId, t.agencyId] }),
    index('agency_group_member_agency_idx').on(t.agencyId),
  ],
);
