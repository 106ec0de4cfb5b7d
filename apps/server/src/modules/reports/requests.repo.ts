import { and, desc, eq, sql } from 'drizzle-orm';
import type { Exec } from '../../platform/db/pool';
import { anyUuid } from '../../platform/db/sql';
import { agencyLabel } from '../org/org.views';
import { userLabel } from '../identity/identity.views';
import { progressPeriod, reportReopenRequest } from './requests.tables';

export type ReopenRow = typeof reportReopenRequest.$inferSelect;
export type ReopenWithNames = ReopenRow & { agencyName: string; requestedByName: string | null };

const withNames = {
  r: reportReopenRequest,
  agencyName: agencyLabel.name,
  requestedByName: userLabel.fullName,
};

function named(rows: { r: ReopenRow; agencyName: string | null; requestedByName: string | null }[]) {
  return rows.map((x) => ({ ...x.r, agencyName: x.agencyName ?? '', requestedByName: x.requestedByName }));
}

export async function insertReopen(
  exec: Exec,
  row: typeof reportReopenRequest.$inferInsert,
): Promise<ReopenRow> {
  return (await exec.insert(reportReopenRequest).values(row).returning())[0]!;
}

export async function getReopen(exec: Exec, id: string): Promise<ReopenRow | undefined> {
  return (await exec.select().from(reportReopenRequest).where(eq(reportReopenRequest.id, id)))[0];
}

/** Answers a pending request; undefined when someone answered it first. */
export async function answerReopen(
  exec: Exec,
  id: string,
  patch: Pick<ReopenRow, 'status' | 'answer' | 'reopenedUntil' | 'answeredBy'>,
): Promise<ReopenRow | undefined> {
  const rows = await exec
    .update(reportReopenRequest)
    .set({ ...patch, answeredAt: sql`now()` })
    .where(and(eq(reportReopenRequest.id, id), eq(reportReopenRequest.status, 'pending')))
    .returning();
  return rows[0];
}

/** Requests about these periods (optionally one agency's), newest first. */
export async function reopensOf(
  exec: Exec,
  periodIds: string[],
  agencyId?: string,
): Promise<ReopenWithNames[]> {
  if (!periodIds.length) return [];
  const rows = await exec
    .select(withNames)
    .from(reportReopenRequest)
    .leftJoin(agencyLabel, eq(agencyLabel.id, reportReopenRequest.agencyId))
    .leftJoin(userLabel, eq(userLabel.id, reportReopenRequest.requestedBy))
    .where(
      and(
        anyUuid(reportReopenRequest.periodId, periodIds),
        agencyId ? eq(reportReopenRequest.agencyId, agencyId) : undefined,
      ),
    )
    .orderBy(desc(reportReopenRequest.createdAt));
  return named(rows);
}

/** The last day an agency's report is reopened until by a granted request (null: never granted). */
export async function grantedUntil(exec: Exec, periodId: string, agencyId: string): Promise<string | null> {
  const rows = await exec
    .select({ until: sql<string | null>`max(${reportReopenRequest.reopenedUntil})::text` })
    .from(reportReopenRequest)
    .where(
      and(
        eq(reportReopenRequest.periodId, periodId),
        eq(reportReopenRequest.agencyId, agencyId),
        eq(reportReopenRequest.status, 'granted'),
      ),
    );
  return rows[0]?.until ?? null;
}

// ---------- progress moved to a period ----------

export async function movesOf(exec: Exec, progressIds: string[]) {
  if (!progressIds.length) return [];
  return exec
    .select({ progressId: progressPeriod.progressId, periodId: progressPeriod.periodId })
    .from(progressPeriod)
    .where(anyUuid(progressPeriod.progressId, progressIds));
}

export async function moveProgress(exec: Exec, row: typeof progressPeriod.$inferInsert): Promise<void> {
  await exec
    .insert(progressPeriod)
    .values(row)
    .onConflictDoUpdate({
      target: [progressPeriod.provinceId, progressPeriod.progressId],
      set: { periodId: row.periodId, movedBy: row.movedBy, movedAt: sql`now()` },
    });
}
