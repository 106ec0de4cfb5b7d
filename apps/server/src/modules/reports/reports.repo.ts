import { and, asc, desc, eq, getTableColumns, gte, sql } from 'drizzle-orm';
import type { Exec } from '../../platform/db/pool';
import { anyUuid } from '../../platform/db/sql';
import { agencyLabel } from '../org/org.views';
import { userLabel } from '../identity/identity.views';
import { planLabel } from '../plans/plans.views';
import {
  agencyReport,
  agencyReportVersion,
  reportAttachment,
  reportPeriod,
  reportReminder,
} from './reports.tables';

export type PeriodRow = typeof reportPeriod.$inferSelect & { planTitle: string | null };
export type ReportRow = typeof agencyReport.$inferSelect;

const periodCols = { p: reportPeriod, planTitle: planLabel.title };
const withTitle = (r: { p: typeof reportPeriod.$inferSelect; planTitle: string | null }): PeriodRow => ({
  ...r.p,
  planTitle: r.planTitle,
});

export async function insertPeriods(
  exec: Exec,
  rows: (typeof reportPeriod.$inferInsert)[],
): Promise<string[]> {
  if (!rows.length) return [];
  return (await exec.insert(reportPeriod).values(rows).returning({ id: reportPeriod.id })).map((r) => r.id);
}

export async function getPeriod(exec: Exec, id: string): Promise<PeriodRow | undefined> {
  const r = await exec
    .select(periodCols)
    .from(reportPeriod)
    .leftJoin(planLabel, eq(planLabel.id, reportPeriod.planId))
    .where(eq(reportPeriod.id, id));
  return r[0] && withTitle(r[0]);
}

export async function updatePeriod(
  exec: Exec,
  id: string,
  patch: Partial<typeof reportPeriod.$inferInsert>,
): Promise<void> {
  await exec.update(reportPeriod).set(patch).where(eq(reportPeriod.id, id));
}

export async function listPeriods(
  exec: Exec,
  f: {
    planId?: string | undefined;
    unitId?: string | undefined;
    year?: number | undefined;
    kind?: string | undefined;
    unitIds: readonly string[] | null;
    ids?: string[];
  },
): Promise<PeriodRow[]> {
  const rows = await exec
    .select(periodCols)
    .from(reportPeriod)
    .leftJoin(planLabel, eq(planLabel.id, reportPeriod.planId))
    .where(
      and(
        f.planId ? eq(reportPeriod.planId, f.planId) : undefined,
        f.unitId ? eq(reportPeriod.unitId, f.unitId) : undefined,
        f.year ? eq(reportPeriod.year, f.year) : undefined,
        f.kind ? eq(reportPeriod.kind, f.kind) : undefined,
        f.unitIds === null ? undefined : anyUuid(reportPeriod.unitId, f.unitIds),
        f.ids ? anyUuid(reportPeriod.id, f.ids) : undefined,
      ),
    )
    .orderBy(desc(reportPeriod.year), asc(reportPeriod.dueDate), asc(reportPeriod.label));
  return rows.map(withTitle);
}

// ---------- agency reports ----------

export async function getReport(exec: Exec, id: string): Promise<ReportRow | undefined> {
  return (await exec.select().from(agencyReport).where(eq(agencyReport.id, id)))[0];
}

export async function reportOf(
  exec: Exec,
  periodId: string,
  agencyId: string,
): Promise<ReportRow | undefined> {
  return (
    await exec
      .select()
      .from(agencyReport)
      .where(and(eq(agencyReport.periodId, periodId), eq(agencyReport.agencyId, agencyId)))
  )[0];
}

/** Creates the draft unless another request just did; either way answers the one row. */
export async function insertReport(exec: Exec, row: typeof agencyReport.$inferInsert): Promise<ReportRow> {
  await exec.insert(agencyReport).values(row).onConflictDoNothing();
  return (await reportOf(exec, row.periodId, row.agencyId))!;
}

/** Optimistic write: only when the stored revision is still the one the caller read. */
export async function updateReport(
  exec: Exec,
  id: string,
  revision: number,
  patch: Partial<typeof agencyReport.$inferInsert>,
): Promise<ReportRow | undefined> {
  const r = await exec
    .update(agencyReport)
    .set({ ...patch, revision: revision + 1, updatedAt: new Date() })
    .where(and(eq(agencyReport.id, id), eq(agencyReport.revision, revision)))
    .returning();
  return r[0];
}

/** A report without its content: lists, counts and summaries never need the text. */
export type ReportWithAgency = Omit<ReportRow, 'content'> & { agencyName: string };

export async function reportsOfPeriods(exec: Exec, periodIds: string[]): Promise<ReportWithAgency[]> {
  if (!periodIds.length) return [];
  const { content: _content, ...cols } = getTableColumns(agencyReport);
  return exec
    .select({ ...cols, agencyName: agencyLabel.name })
    .from(agencyReport)
    .innerJoin(agencyLabel, eq(agencyLabel.id, agencyReport.agencyId))
    .where(anyUuid(agencyReport.periodId, periodIds))
    .orderBy(asc(agencyLabel.nameSort));
}

/** Just what completeness counts: a province view reads thousands of these. */
export async function reportFacts(exec: Exec, periodIds: string[]) {
  if (!periodIds.length) return [];
  return exec
    .select({
      id: agencyReport.id,
      periodId: agencyReport.periodId,
      agencyId: agencyReport.agencyId,
      status: agencyReport.status,
      firstSubmittedAt: agencyReport.firstSubmittedAt,
    })
    .from(agencyReport)
    .where(anyUuid(agencyReport.periodId, periodIds));
}

export async function reportsOfAgencies(exec: Exec, agencyIds: string[]): Promise<ReportRow[]> {
  if (!agencyIds.length) return [];
  return exec.select().from(agencyReport).where(anyUuid(agencyReport.agencyId, agencyIds));
}

export async function insertVersion(exec: Exec, row: typeof agencyReportVersion.$inferInsert): Promise<void> {
  await exec.insert(agencyReportVersion).values(row);
}

export async function versionsOf(exec: Exec, reportId: string) {
  return exec
    .select({ v: agencyReportVersion, byName: userLabel.fullName })
    .from(agencyReportVersion)
    .leftJoin(userLabel, eq(userLabel.id, agencyReportVersion.createdBy))
    .where(eq(agencyReportVersion.reportId, reportId))
    .orderBy(asc(agencyReportVersion.createdAt));
}

/** The content as submitted in that version (the submission row, not the review rows). */
export async function submittedVersion(exec: Exec, reportId: string, version: number) {
  return (
    await exec
      .select()
      .from(agencyReportVersion)
      .where(
        and(
          eq(agencyReportVersion.reportId, reportId),
          eq(agencyReportVersion.version, version),
          eq(agencyReportVersion.event, 'submitted'),
        ),
      )
  )[0];
}

/** The submitted content of each report at its given version, in one query. */
export async function submittedVersions(
  exec: Exec,
  reports: { id: string; version: number }[],
): Promise<Map<string, unknown>> {
  if (!reports.length) return new Map();
  const rows = await exec
    .select({
      reportId: agencyReportVersion.reportId,
      version: agencyReportVersion.version,
      content: agencyReportVersion.content,
    })
    .from(agencyReportVersion)
    .where(
      and(
        anyUuid(
          agencyReportVersion.reportId,
          reports.map((r) => r.id),
        ),
        eq(agencyReportVersion.event, 'submitted'),
      ),
    );
  const wanted = new Map(reports.map((r) => [r.id, r.version]));
  return new Map(
    rows.filter((r) => wanted.get(r.reportId) === r.version).map((r) => [r.reportId, r.content]),
  );
}

export async function userName(exec: Exec, id: string | null): Promise<string | null> {
  if (!id) return null;
  return (
    (await exec.select({ n: userLabel.fullName }).from(userLabel).where(eq(userLabel.id, id)))[0]?.n ?? null
  );
}

// ---------- attachments ----------

export async function insertAttachment(exec: Exec, row: typeof reportAttachment.$inferInsert) {
  const r = await exec.insert(reportAttachment).values(row).returning({
    id: reportAttachment.id,
    filename: reportAttachment.filename,
    mime: reportAttachment.mime,
    size: reportAttachment.size,
  });
  return r[0]!;
}

export async function attachmentsOf(exec: Exec, reportId: string) {
  return exec
    .select({
      id: reportAttachment.id,
      taskId: reportAttachment.taskId,
      filename: reportAttachment.filename,
      mime: reportAttachment.mime,
      size: reportAttachment.size,
    })
    .from(reportAttachment)
    .where(eq(reportAttachment.reportId, reportId))
    .orderBy(asc(reportAttachment.createdAt));
}

export async function deleteAttachment(exec: Exec, id: string): Promise<void> {
  await exec.delete(reportAttachment).where(eq(reportAttachment.id, id));
}

export async function getAttachment(exec: Exec, id: string) {
  return (await exec.select().from(reportAttachment).where(eq(reportAttachment.id, id)))[0];
}

// ---------- reminders ----------

export async function insertReminders(
  exec: Exec,
  rows: (typeof reportReminder.$inferInsert)[],
): Promise<void> {
  if (rows.length) await exec.insert(reportReminder).values(rows);
}

export async function remindedSince(
  exec: Exec,
  periodId: string,
  kind: string,
  since: Date,
): Promise<Set<string>> {
  const r = await exec
    .select({ agencyId: reportReminder.agencyId })
    .from(reportReminder)
    .where(
      and(
        eq(reportReminder.periodId, periodId),
        eq(reportReminder.kind, kind),
        gte(reportReminder.createdAt, since),
      ),
    );
  return new Set(r.map((x) => x.agencyId));
}

/** Periods whose due date falls in [from, to]: the automatic reminder job's work list. */
export async function periodsDueBetween(exec: Exec, from: string, to: string): Promise<PeriodRow[]> {
  const rows = await exec
    .select(periodCols)
    .from(reportPeriod)
    .leftJoin(planLabel, eq(planLabel.id, reportPeriod.planId))
    .where(
      sql`${reportPeriod.dueDate} between ${from}::date and ${to}::date and ${reportPeriod.planId} is not null`,
    );
  return rows.map(withTitle);
}
