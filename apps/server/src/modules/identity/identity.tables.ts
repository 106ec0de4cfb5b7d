import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { adminUnit, agency } from '../org/org.tables';

export const appUser = pgTable(
  'app_user',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    username: text('username').notNull(),
    fullName: text('full_name').notNull(),
    fullNameSort: text('full_name_sort').generatedAlwaysAs(sql`vte_vi_sort_key(full_name)`),
    email: text('email'),
    phone: text('phone'),
    role: text('role').notNull(),
    agencyId: uuid('agency_id').references(() => agency.id),
    // null = national scope (system administrators of the whole installation).
    scopeUnitId: uuid('scope_unit_id').references(() => adminUnit.id),
    provinceId: uuid('province_id'),
    passwordHash: text('password_hash').notNull(),
    mustChangePassword: boolean('must_change_password').notNull().default(true),
    disabled: boolean('disabled').notNull().default(false),
    failedLogins: integer('failed_logins').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('app_user_username_uq').on(t.username),
    index('app_user_agency_idx').on(t.agencyId),
    // The user list's order (users-list.repo.ts): page 1 reads 20 index entries, not every user and a sort.
    index('app_user_name_sort_idx').on(sql`(${t.fullNameSort} collate "C")`, t.id),
  ],
);

/** Server-side sessions: the cookie holds a random token, the table only its SHA-256. */
export const userSession = pgTable(
  'user_session',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => appUser.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [index('user_session_user_idx').on(t.userId), index('user_session_expires_idx').on(t.expiresAt)],
);
