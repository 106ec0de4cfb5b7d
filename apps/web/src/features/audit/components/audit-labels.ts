import type { AuditEntryDto } from '@vte/contracts';
import { formatDate, formatDateTime } from '../../../lib/format';
import { t, type MessageKey } from '../../../lib/i18n';

// Words instead of codes on the audit log (issue 9 item 11): the raw codes stay in "Chi tiết gốc".

/** The catalogue's text for a key built from data, or null when the catalogue has none. */
function known(key: string): string | null {
  return (t(key as MessageKey) as string | undefined) ?? null;
}

export const entityLabel = (entity: string): string => known(`audit.entityName.${entity}`) ?? entity;

export const fieldLabel = (field: string): string => known(`audit.field.${field}`) ?? field;

/** The actor's name; a system actor ("seed", "scheduler") in words; else the username. */
export function actorLabel(e: Pick<AuditEntryDto, 'actorId' | 'actorUsername' | 'actorName'>): string | null {
  if (e.actorName) return e.actorName;
  if (!e.actorId && e.actorUsername) return known(`audit.actor.${e.actorUsername}`) ?? e.actorUsername;
  return e.actorUsername;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** One value of a before/after snapshot as a person reads it: names for ids, Vietnamese dates, Có/Không. */
export function showValue(value: unknown, names: Record<string, string>): string {
  if (value === undefined) return '';
  if (value === null || value === '') return t('audit.value.empty');
  if (typeof value === 'boolean') return t(value ? 'audit.value.yes' : 'audit.value.no');
  if (typeof value === 'string') {
    if (UUID.test(value)) return names[value] ?? value;
    if (ISO_DAY.test(value)) return formatDate(value);
    if (ISO_TIME.test(value)) return formatDateTime(value, true);
    return value;
  }
  if (Array.isArray(value) && value.every((v) => typeof v === 'string'))
    return value.length ? value.map((v) => showValue(v, names)).join('; ') : t('audit.value.empty');
  return JSON.stringify(value, null, 1);
}
