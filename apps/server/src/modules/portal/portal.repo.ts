import { sql } from 'drizzle-orm';
import type { Exec } from '../../platform/db/pool';
import { portalAgencyContact as contact } from './portal.views';

/** Offices with a public phone number, valid today: the "who to contact" list of the portal. */
export async function publicContacts(exec: Exec) {
  return exec
    .select({
      name: contact.name,
      unitName: contact.unitName,
      unitType: contact.unitType,
      phone: contact.phone,
      email: contact.email,
      address: contact.address,
    })
    .from(contact)
    .orderBy(sql`${contact.name} collate "vi-VN-x-icu"`)
    .limit(50);
}
