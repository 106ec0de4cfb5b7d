import { pgView, text, uuid } from 'drizzle-orm/pg-core';

/** A plan's title, for the reporting periods that follow it. */
export const planLabel = pgView('plan_label', {
  id: uuid('id').notNull(),
  title: text('title').notNull(),
}).existing();
