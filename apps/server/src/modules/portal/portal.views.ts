import { pgView, text, uuid } from 'drizzle-orm/pg-core';

/**
 * The public "who to contact" list: offices with a phone, valid today. The view is the whole of what
 * the portal may read from org — public office data, never a person's.
 */
export const portalAgencyContact = pgView('portal_agency_contact', {
  id: uuid('id').notNull(),
  name: text('name').notNull(),
  unitName: text('unit_name').notNull(),
  unitType: text('unit_type').notNull(),
  phone: text('phone').notNull(),
  email: text('email'),
  address: text('address'),
}).existing();
