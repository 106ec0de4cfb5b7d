import { index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { bytea } from '../../platform/db/columns';

/**
 * The PDF of a report as it was frozen (submitted or accepted), converted once in the background and
 * served as stored from then on. `frozenKey` names the frozen state ("v3": the agency report's third
 * submission; "s<ms>": a consolidated report's submission time), so a report returned and sent again
 * gets a new file and the old one stays that version's. A failed conversion keeps its error and count,
 * so the background job stops retrying and downloads fall back to converting on demand.
 */
export const reportPdf = pgTable(
  'report_pdf',
  {
    // Keys lead with province_id: distributable by province (platform/db/distribution.ts).
    provinceId: uuid('province_id').notNull(),
    reportId: uuid('report_id').notNull(),
    entity: text('entity').notNull(),
    frozenKey: text('frozen_key').notNull(),
    status: text('status').notNull(),
    content: bytea('content'),
    size: integer('size').notNull().default(0),
    attempts: integer('attempts').notNull().default(1),
    error: text('error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.provinceId, t.reportId, t.frozenKey] }),
    index('report_pdf_report_idx').on(t.reportId),
  ],
);
