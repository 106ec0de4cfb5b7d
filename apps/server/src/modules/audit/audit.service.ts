import type { AuditAction, AuditEntryDto, AuditQuery } from '@vte/contracts';
import type { AuthedContext, RequestContext } from '../../platform/auth/context';
import { AppError } from '../../platform/http/app-error';
import type { Exec } from '../../platform/db/pool';
import { NO_PROVINCE } from './audit.tables';
import { insertAudit, insertAuditMany, labelsOf, listAudit, type AuditRow } from './audit.repo';
import { idsIn, namesFor, unitFullName } from './audit-names';

export interface AuditEntry {
  action: AuditAction;
  entity: string;
  entityId?: string | null;
  provinceId?: string | null;
  /** The record's unit; defaults to the actor's scope unit (null for national users and the system). */
  unitId?: string | null;
  before?: unknown;
  after?: unknown;
  /** For events without a signed-in user (failed sign-in): who it was about. */
  actor?: { id: string | null; username: string | null };
}

function auditRow(ctx: RequestContext, e: AuditEntry) {
  return {
    provinceId: e.provinceId ?? ctx.user?.provinceId ?? NO_PROVINCE,
    unitId: e.unitId ?? ctx.user?.scopeUnitId ?? null,
    actorId: e.actor?.id ?? (ctx.user?.id || null),
    actorUsername: e.actor?.username ?? ctx.user?.username ?? null,
    action: e.action,
    entity: e.entity,
    entityId: e.entityId ?? null,
    ip: ctx.ip,
    userAgent: ctx.userAgent,
    before: e.before ?? null,
    after: e.after ?? null,
  };
}

/** Append one audit row; call it with the transaction that makes the change (docs/architecture.md §5.10). */
export async function recordAudit(exec: Exec, ctx: RequestContext, e: AuditEntry): Promise<void> {
  await insertAudit(exec, auditRow(ctx, e));
}

/** Many audit rows at once (an import's thousands of created children), still in the caller's transaction. */
export async function recordAuditMany(exec: Exec, ctx: RequestContext, entries: AuditEntry[]): Promise<void> {
  await insertAuditMany(
    exec,
    entries.map((e) => auditRow(ctx, e)),
  );
}

function toDto(r: AuditRow, names: Map<string, string>): AuditEntryDto {
  return {
    id: String(r.id),
    at: r.at.toISOString(),
    actorId: r.actorId,
    actorUsername: r.actorUsername,
    action: r.action as AuditAction,
    entity: r.entity,
    entityId: r.entityId,
    ip: r.ip,
    before: r.before ?? null,
    after: r.after ?? null,
    ...namesFor(r, names),
  };
}

export async function queryAudit(exec: Exec, ctx: AuthedContext, q: AuditQuery) {
  if (q.from && q.to && q.from > q.to) throw new AppError('AUDIT_RANGE_INVALID');
  // National users see everything; others only the events of the units in their scope (subtree,
  // predecessors, successors). Events tied to no unit (national actors, unknown sign-ins) stay national.
  const units = ctx.user.unitIds === null ? null : [...ctx.user.unitIds];
  const { rows, total } = await listAudit(exec, q, units);
  const names = await namesOf(exec, rows);
  return { items: rows.map((r) => toDto(r, names)), total, page: q.page, pageSize: q.pageSize };
}

/** The register's names of every id a page of entries mentions (one query). */
async function namesOf(exec: Exec, rows: AuditRow[]): Promise<Map<string, string>> {
  const ids = new Set<string>();
  for (const r of rows) for (const id of idsIn(r)) ids.add(id);
  const labels = await labelsOf(exec, [...ids]);
  return new Map(labels.map((l) => [l.id, l.type ? unitFullName(l.type, l.name) : l.name]));
}
