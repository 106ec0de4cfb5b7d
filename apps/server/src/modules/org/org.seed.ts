import crypto from 'node:crypto';
import type { Exec } from '../../platform/db/pool';
import { adminUnit, agency, agencyGroup, agencyGroupMember, unitSuccession } from './org.tables';
import { seedAgencies, seedGroups, seedSuccessions, seedUnits } from './org.seed-data';
import { fillMissingSuccessor } from './org.repo';
import { seedWorkingCalendar } from './calendar.service';

/** Stable ids: the same seed key gives the same row on every machine, so seeding is idempotent. */
export function seedId(kind: string, key: string): string {
  const h = crypto.createHash('sha1').update(`vi-tre-em:${kind}:${key}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export const LY_SON = {
  provinceId: seedId('unit', 'qn'),
  districtId: seedId('unit', 'ls-huyen'),
  specialZoneId: seedId('unit', 'ls-dk'),
  agency: (key: string) => seedId('agency', key),
  group: (key: string) => seedId('group', key),
};

export async function seedOrg(exec: Exec): Promise<void> {
  await seedWorkingCalendar(exec);
  const uid = (k: string) => seedId('unit', k);
  const province = (k: string): string => {
    const u = seedUnits.find((x) => x.key === k)!;
    return u.parent ? province(u.parent) : uid(u.key);
  };
  await exec
    .insert(adminUnit)
    .values(
      seedUnits.map((u) => ({
        id: uid(u.key),
        code: u.code,
        name: u.name,
        type: u.type,
        parentId: u.parent ? uid(u.parent) : null,
        provinceId: province(u.key),
        validFrom: u.validFrom,
        validTo: u.validTo,
        legalBasis: u.legalBasis,
      })),
    )
    .onConflictDoNothing();
  await exec
    .insert(unitSuccession)
    .values(
      seedSuccessions.map((s) => ({
        id: seedId('succession', `${s.from}>${s.to}`),
        fromUnitId: uid(s.from),
        toUnitId: uid(s.to),
        kind: s.kind,
        effectiveDate: s.date,
        legalBasis: s.basis,
      })),
    )
    .onConflictDoNothing();
  // Successors point at rows of the same batch: insert without them, then link.
  await exec
    .insert(agency)
    .values(
      seedAgencies.map((a) => ({
        id: LY_SON.agency(a.key),
        provinceId: province(a.unit),
        unitId: uid(a.unit),
        name: a.name,
        shortName: a.shortName ?? null,
        aliases: a.aliases ?? [],
        kind: a.kind,
        validFrom: a.validFrom,
        validTo: a.validTo ?? null,
        phone: a.phone ?? null,
        address: a.address ?? null,
      })),
    )
    .onConflictDoNothing();
  for (const a of seedAgencies.filter((x) => x.successor)) {
    await fillMissingSuccessor(exec, LY_SON.agency(a.key), LY_SON.agency(a.successor!));
  }
  await exec
    .insert(agencyGroup)
    .values(
      seedGroups.map((g) => ({
        id: LY_SON.group(g.key),
        provinceId: province(g.unit),
        unitId: uid(g.unit),
        name: g.name,
        aliases: g.aliases,
        description: g.description,
      })),
    )
    .onConflictDoNothing();
  const members = seedGroups.flatMap((g) =>
    g.members.map((m) => ({ groupId: LY_SON.group(g.key), agencyId: LY_SON.agency(m) })),
  );
  if (members.length) await exec.insert(agencyGroupMember).values(members).onConflictDoNothing();
}
