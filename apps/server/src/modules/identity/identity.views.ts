import { pgView, text, uuid } from 'drizzle-orm/pg-core';

/** A user's display name, for "sent by" and "changed by" columns elsewhere: nothing else of the account. */
export const userLabel = pgView('user_label', {
  id: uuid('id').notNull(),
  fullName: text('full_name').notNull(),
}).existing();
