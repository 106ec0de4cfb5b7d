import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Exec } from '../../platform/db/pool';
import { anyUuid } from '../../platform/db/sql';
import { consolidatedReport } from './reports.tables';

export type ConsolidatedRow = typeof consolidatedReport.$inferSelect;

export async function getConsolidated(exec: Exec, id: string): Promise<ConsolidatedRow | undefined> {
  return (await exec.select().from(consolidatedReport).where(eq(consolidatedReport.id, id)))[0];
}

export async function consolidatedOfPeriod(
  exec: Exec,
  periodId: string,
): Promise<ConsolidatedRow | undefined> {
  return (await exec.select().from(consolidatedReport).where(eq(consolidatedReport.periodId, periodId)))[0];
}

export async function consolidatedOfPeriods(exec: Exec, periodIds: string[]): Promise<ConsolidatedRow[]> {
  if (!periodIds.length) return [];
  return exec.select().from(consolidatedReport).where(anyUuid(consolidatedReport.periodId, periodIds));
}

/** Status and header only: the sections and indicator tables are large and not needed for lists. */
export async function consolidatedSummaries(exec: Exec, periodIds: string[]) {
  if (!periodIds.length) return [];
  return exec
    .select({
      id: consolidatedReport.id,
      periodId: consolidatedReport.periodId,
      level: consolidatedReport.level,
      unitId: consolidatedReport.unitId,
      status: consolidatedReport.status,
      submittedAt: consolidatedReport.submittedAt,
      header: consolidatedReport.header,
    })
    .from(consolidatedReport)
    .where(anyUuid(consolidatedReport.periodId, periodIds));
}
export type ConsolidatedSummaryRow = Awaited<ReturnType<typeof consolidatedSummaries>>[number];

export async function insertConsolidated(
  exec: Exec,
  row: typeof consolidatedReport.$inferInsert,
): Promise<ConsolidatedRow> {
  return (await exec.insert(consolidatedReport).values(row).returning())[0]!;
}

export async function updateConsolidated(
  exec: Exec,
  id: string,
  revision: number,
  patch: Partial<typeof consolidatedReport.$inferInsert>,
): Promise<ConsolidatedRow | undefined> {
  const r = await exec
    .update(consolidatedReport)
    .set({ ...patch, revision: revision + 1, updatedAt: new Date() })
    .where(and(eq(consolidatedReport.id, id), eq(consolidatedReport.revision, revision)))
    .returning();
  return r[0];
}

/** Reports sent up to these units (the province's inbox). */
export async function receivedBy(exec: Exec, unitIds: readonly string[] | null): Promise<ConsolidatedRow[]> {
  return exec
    .select()
    .from(consolidatedReport)
    .where(
      and(
        unitIds === null ? undefined : anyUuid(consolidatedReport.recipientUnitId, unitIds),
        inArray(consolidatedReport.status, ['submitted', 'accepted', 'returned']),
      ),
    )
    .orderBy(desc(consolidatedReport.submittedAt));
}
