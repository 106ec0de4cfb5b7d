import { and, count, desc, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import { anyUuid } from '../../platform/db/sql';
import type { AuditQuery } from '@vte/contracts';
import type { Exec } from '../../platform/db/pool';
import { auditLog } from './audit.tables';
import { agencyGroupLabel, agencyLabel, unitLabel } from '../org/org.views';
import { userLabel } from '../identity/identity.views';
import { planLabel } from '../plans/plans.views';

export type AuditRow = typeof auditLog.$inferSelect;
export type NewAuditRow = typeof auditLog.$inferInsert;

export async function insertAudit(exec: Exec, row: NewAuditRow): Promise<void> {
  await exec.insert(auditLog).values(row);
}

const json = (v: unknown) => (v === null || v === undefined ? null : JSON.stringify(v));

/**
 * Slices of 5,000 rows, each ONE statement of 11 array parameters unnested by PostgreSQL (a parameter
 * per value costs far more to build and parse: an import audits 100,000 children).
 */
export async function insertAuditMany(exec: Exec, rows: NewAuditRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 5000) {
    const s = rows.slice(i, i + 5000);
    const col = <T>(f: (r: NewAuditRow) => T) => sql.param(s.map(f));
    await exec.execute(sql`
      insert into audit_log (province_id, unit_id, actor_id, actor_username, action, entity, entity_id, ip, user_agent, before, after)
      select * from unnest(${col((r) => r.provinceId)}::uuid[], ${col((r) => r.unitId ?? null)}::uuid[],
        ${col((r) => r.actorId ?? null)}::uuid[], ${col((r) => r.actorUsername ?? null)}::text[],
        ${col((r) => r.action)}::text[], ${col((r) => r.entity)}::text[], ${col((r) => r.entityId ?? null)}::text[],
        ${col((r) => r.ip ?? null)}::text[], ${col((r) => r.userAgent ?? null)}::text[],
        ${col((r) => json(r.before))}::jsonb[], ${col((r) => json(r.after))}::jsonb[])`);
  }
}

export async function listAudit(
  exec: Exec,
  q: AuditQuery,
  unitIds: string[] | null,
): Promise<{ rows: AuditRow[]; total: number }> {
  const where: SQL[] = [];
  if (unitIds) where.push(anyUuid(auditLog.unitId, unitIds));
  if (q.actorId) where.push(eq(auditLog.actorId, q.actorId));
  if (q.entity) where.push(eq(auditLog.entity, q.entity));
  if (q.entityId) where.push(eq(auditLog.entityId, q.entityId));
  if (q.action) where.push(eq(auditLog.action, q.action));
  // Day bounds in Vietnam time: a user's "29/11" is 29/11 00:00–24:00 +07.
  if (q.from) where.push(gte(auditLog.at, sql`(${q.from}::date)::timestamp at time zone 'Asia/Ho_Chi_Minh'`));
  if (q.to) where.push(lt(auditLog.at, sql`(${q.to}::date + 1)::timestamp at time zone 'Asia/Ho_Chi_Minh'`));
  const cond = where.length ? and(...where) : undefined;
  const [rows, totals] = await Promise.all([
    exec
      .select()
      .from(auditLog)
      .where(cond)
      .orderBy(desc(auditLog.at), desc(auditLog.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    exec.select({ n: count() }).from(auditLog).where(cond),
  ]);
  return { rows, total: totals[0]?.n ?? 0 };
}

/** Display names of register ids (units with their type, agencies, groups, users, plans), through the label views. */
export async function labelsOf(
  exec: Exec,
  ids: string[],
): Promise<{ id: string; name: string; type: string | null }[]> {
  if (!ids.length) return [];
  const list = sql.param(ids);
  const r = await exec.execute<{ id: string; name: string; type: string | null }>(sql`
    select id::text, name, type from ${unitLabel} where id = any(${list}::uuid[])
    union all select id::text, name, null from ${agencyLabel} where id = any(${list}::uuid[])
    union all select id::text, name, null from ${agencyGroupLabel} where id = any(${list}::uuid[])
    union all select id::text, full_name, null from ${userLabel} where id = any(${list}::uuid[])
    union all select id::text, title, null from ${planLabel} where id = any(${list}::uuid[])`);
  return r.rows;
}
