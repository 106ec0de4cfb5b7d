import { bigint, index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Nil UUID: the province key of events that belong to no province (national users, system). */
export const NO_PROVINCE = '00000000-0000-0000-0000-000000000000';

// Append-only: a trigger (migration 0001) refuses UPDATE, DELETE and TRUNCATE.
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigint('id', { mode: 'number' }).generatedAlwaysAsIdentity(),
    provinceId: uuid('province_id').notNull(),
    // The unit the event belongs to (the record's unit, else the actor's scope unit); null = national.
    // Audit reads are scoped by it (a district sees its own units only).
    unitId: uuid('unit_id'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorId: uuid('actor_id'),
    actorUsername: text('actor_username'),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id'),
    ip: text('ip'),
    userAgent: text('user_agent'),
    before: jsonb('before'),
    after: jsonb('after'),
  },
  (t) => [
    primaryKey({ columns: [t.provinceId, t.id] }),
    index('audit_log_at_idx').on(t.at),
    index('audit_log_entity_idx').on(t.entity, t.entityId),
    index('audit_log_actor_idx').on(t.actorId, t.at),
    index('audit_log_unit_idx').on(t.unitId, t.at),
  ],
);
