import {
  foreignKey,
  index,
  jsonb,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { appUser } from '../identity/identity.tables';
import { child, stamps } from './children.tables';

// Duplicates and merges (duplicates.service.ts, merge.service.ts), keyed (province_id, id).

/** A proposed pair for review; a decision of 'different' is remembered and never proposed again. */
export const childDuplicate = pgTable(
  'child_duplicate',
  {
    provinceId: uuid('province_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    // Ordered pair (childA < childB) so a pair exists once.
    childA: uuid('child_a').notNull(),
    childB: uuid('child_b').notNull(),
    score: real('score').notNull(),
    // same_id | probable
    kind: text('kind').notNull(),
    reasons: jsonb('reasons'),
    // pending | same | different
    status: text('status').notNull().default('pending'),
    decidedBy: uuid('decided_by').references(() => appUser.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    ...stamps,
  },
  (t) => [
    primaryKey({ columns: [t.provinceId, t.id] }),
    uniqueIndex('child_duplicate_pair_uq').on(t.provinceId, t.childA, t.childB),
    foreignKey({
      name: 'child_duplicate_a_fk',
      columns: [t.provinceId, t.childA],
      foreignColumns: [child.provinceId, child.id],
    }),
    foreignKey({
      name: 'child_duplicate_b_fk',
      columns: [t.provinceId, t.childB],
      foreignColumns: [child.provinceId, child.id],
    }),
    index('child_duplicate_status_idx').on(t.provinceId, t.status),
  ],
);

/** A merge: what moved from the merged record to the survivor, so it can be undone. */
export const childMerge = pgTable(
  'child_merge',
  {
    provinceId: uuid('province_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    survivorId: uuid('survivor_id').notNull(),
    mergedId: uuid('merged_id').notNull(),
    // Field choices and the ids of every moved row, enough to put everything back.
    snapshot: jsonb('snapshot').notNull(),
    mergedBy: uuid('merged_by').references(() => appUser.id),
    mergedAt: timestamp('merged_at', { withTimezone: true }).notNull().defaultNow(),
    undoneBy: uuid('undone_by').references(() => appUser.id),
    undoneAt: timestamp('undone_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.provinceId, t.id] }),
    foreignKey({
      name: 'child_merge_survivor_fk',
      columns: [t.provinceId, t.survivorId],
      foreignColumns: [child.provinceId, child.id],
    }),
    foreignKey({
      name: 'child_merge_merged_fk',
      columns: [t.provinceId, t.mergedId],
      foreignColumns: [child.provinceId, child.id],
    }),
  ],
);
