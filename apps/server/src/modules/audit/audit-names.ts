import { unitTypeLabels, type UnitType } from '@vte/contracts';
import type { AuditRow } from './audit.repo';

// Names for the audit log screen (issue 9 item 11): the object's, the actor's and those of the ids the
// before/after mention. Children are never named here: their ids are not in the label views.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Entities whose id is a register id with a name (a unit, agency, group, user or plan). */
const NAMED = new Set(['admin_unit', 'agency', 'agency_group', 'app_user', 'plan']);

export const unitFullName = (type: string, name: string): string =>
  `${unitTypeLabels[type as UnitType] ?? ''} ${name}`.trim();

/** Top-level values of a snapshot that are ids (or lists of ids), as the log stores them. */
function snapshotIds(v: unknown): string[] {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return [];
  return Object.values(v as Record<string, unknown>).flatMap((x) =>
    typeof x === 'string' && UUID.test(x)
      ? [x]
      : Array.isArray(x)
        ? x.filter((y): y is string => typeof y === 'string' && UUID.test(y))
        : [],
  );
}

export function idsIn(r: AuditRow): string[] {
  const ids = [...snapshotIds(r.before), ...snapshotIds(r.after)];
  if (r.actorId) ids.push(r.actorId);
  if (r.entityId && NAMED.has(r.entity) && UUID.test(r.entityId)) ids.push(r.entityId);
  return ids;
}

export function namesFor(r: AuditRow, names: Map<string, string>) {
  const mentioned = [...snapshotIds(r.before), ...snapshotIds(r.after)];
  return {
    actorName: r.actorId ? (names.get(r.actorId) ?? null) : null,
    entityName: r.entityId && NAMED.has(r.entity) ? (names.get(r.entityId) ?? null) : null,
    names: Object.fromEntries(mentioned.flatMap((id) => (names.has(id) ? [[id, names.get(id)!]] : []))),
  };
}
