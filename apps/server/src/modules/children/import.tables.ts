import { date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { bytea } from '../../platform/db/columns';
import { adminUnit } from '../org/org.tables';
import { stamps } from './children.tables';

// The Excel import (import.service.ts): register tables too, keyed (province_id, id).

/** An Excel import: the kept file, the mapping, the preview and the outcome (rejects workbook). */
export const childImport = pgTable(
  'child_import',
  {
    provinceId: uuid('province_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => adminUnit.id),
    asOf: date('as_of', { mode: 'string' }).notNull(),
    fileName: text('file_name').notNull(),
    fileSha256: text('file_sha256').notNull(),
    file: bytea('file').notNull(),
    mapping: jsonb('mapping'),
    // previewed | queued | running | done | failed | cancelled
    status: text('status').notNull().default('previewed'),
    progress: integer('progress').notNull().default(0),
    summary: jsonb('summary'),
    // Every issue of the preview ({row, column, code, severity, message}[]), apart from the small summary
    // a progress poll reads; and the user's decisions on probable matches ({row, action, childId}[]).
    issues: jsonb('issues'),
    decisions: jsonb('decisions'),
    // The preview's analysis (gzip of JSON: the row drafts, the file's blocking issues, the cells of
    // rejected rows), so the run applies what the user saw without reading the file again.
    analysis: bytea('analysis'),
    rejects: bytea('rejects'),
    error: text('error'),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    ...stamps,
  },
  (t) => [
    primaryKey({ columns: [t.provinceId, t.id] }),
    index('child_import_unit_idx').on(t.provinceId, t.unitId),
  ],
);

/** The column mapping a unit last confirmed, proposed again for its next file. */
export const childImportMapping = pgTable(
  'child_import_mapping',
  {
    provinceId: uuid('province_id').notNull(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => adminUnit.id),
    mapping: jsonb('mapping').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.provinceId, t.unitId] })],
);
