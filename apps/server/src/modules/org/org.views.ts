import { pgView, text, uuid } from 'drizzle-orm/pg-core';

// Read-only views other modules join for names (docs/architecture.md §5.4): created by migration 0008 and
// declared `.existing()` so drizzle-kit leaves them alone. Only the columns a label needs.

/** An agency's name and where it sits; `name_sort` orders lists without an ICU collation per row. */
export const agencyLabel = pgView('agency_label', {
  id: uuid('id').notNull(),
  provinceId: uuid('province_id').notNull(),
  unitId: uuid('unit_id').notNull(),
  name: text('name').notNull(),
  nameSort: text('name_sort'),
}).existing();

export const unitLabel = pgView('unit_label', {
  id: uuid('id').notNull(),
  name: text('name').notNull(),
  type: text('type').notNull(),
}).existing();

export const agencyGroupLabel = pgView('agency_group_label', {
  id: uuid('id').notNull(),
  name: text('name').notNull(),
}).existing();

/** Which agencies a group reaches: plans fan group assignments out to agencies. */
export const agencyGroupMembership = pgView('agency_group_membership', {
  groupId: uuid('group_id').notNull(),
  agencyId: uuid('agency_id').notNull(),
}).existing();
