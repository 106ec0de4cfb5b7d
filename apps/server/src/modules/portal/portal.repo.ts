import { and, eq, isNotNull, sql } from 'drizzle-orm';
import type { Exec } from '../../platform/db/pool';
import { adminUnit, agency } from '../org/org.tables';

/** Offices with a public phone number, valid today: the "who to contact" list of the portal. */
export async function publicContacts(exec: Exec) {
  return exec
    .select({
      name: agency.name,
      unitName: adminUnit.name,
      unitType: adminUnit.type,
      phone: agency.phone,
      email: agency.email,
      address: agency.address,
    })
    .from(agency)
    .innerJoin(adminUnit, eq(adminUnit.id, agency.unitId))
    .where(
      and(
        isNotNull(agency.phone),
        sql`${agency.validFrom} <= current_date and (${agency.validTo} is null or ${agency.validTo} >= current_date)`,
      ),
    )
    .orderBy(sql`${agency.name} collate "vi-VN-x-icu"`)
    .limit(50);
}
