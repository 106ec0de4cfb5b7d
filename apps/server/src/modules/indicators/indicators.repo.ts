import { and, asc, eq, ne, sql } from 'drizzle-orm';
import { anyUuid } from '../../platform/db/sql';
import type { Exec } from '../../platform/db/pool';
import { agencyLabel } from '../org/org.views';
import { reportPeriodSpan } from '../reports/reports.views';
import { indicator, indicatorAssignment, indicatorTarget, indicatorValue } from './indicators.tables';

export type IndicatorRow = typeof indicator.$inferSelect;
export type ValueRow = typeof indicatorValue.$inferSelect;

export async function listIndicators(
  exec: Exec,
  f: { q?: string | undefined; includeInactive: boolean },
): Promise<IndicatorRow[]> {
  return exec
    .select()
    .from(indicator)
    .where(
      and(
        f.includeInactive ? undefined : eq(indicator.active, true),
        f.q
          ? sql`vte_fold(${indicator.code} || ' ' || ${indicator.name} || ' ' || ${indicator.group}) like '%' || vte_fold(${f.q}) || '%'`
          : undefined,
      ),
    )
    .orderBy(asc(indicator.code));
}

export async function getIndicator(exec: Exec, id: string): Promise<IndicatorRow | undefined> {
  return (await exec.select().from(indicator).where(eq(indicator.id, id)))[0];
}

export async function indicatorsByIds(exec: Exec, ids: string[]): Promise<IndicatorRow[]> {
  return ids.length ? exec.select().from(indicator).where(anyUuid(indicator.id, ids)) : [];
}

export async function activeIndicators(exec: Exec): Promise<IndicatorRow[]> {
  return exec.select().from(indicator).where(eq(indicator.active, true)).orderBy(asc(indicator.code));
}

export async function insertIndicators(
  exec: Exec,
  rows: (typeof indicator.$inferInsert)[],
  onConflict: 'fail' | 'skip',
): Promise<IndicatorRow[]> {
  if (!rows.length) return [];
  const q = exec.insert(indicator).values(rows);
  return onConflict === 'skip'
    ? q.onConflictDoNothing({ target: indicator.code }).returning()
    : q.returning();
}

export async function updateIndicator(
  exec: Exec,
  id: string,
  patch: Partial<typeof indicator.$inferInsert>,
): Promise<IndicatorRow> {
  return (
    await exec
      .update(indicator)
      .set({ ...patch, updatedAt: new Date() })
      .where(eq(indicator.id, id))
      .returning()
  )[0]!;
}

export async function idsByCodes(exec: Exec, codes: string[]): Promise<Map<string, string>> {
  if (!codes.length) return new Map();
  const rows = await exec
    .select({ id: indicator.id, code: indicator.code })
    .from(indicator)
    .where(sql`${indicator.code} = any(${sql.param(codes)}::text[])`);
  return new Map(rows.map((r) => [r.code, r.id]));
}

export async function assignmentsOfUnit(exec: Exec, unitId: string) {
  return exec
    .select({
      indicatorId: indicator.id,
      code: indicator.code,
      name: indicator.name,
      agencyId: agencyLabel.id,
      agencyName: agencyLabel.name,
    })
    .from(indicatorAssignment)
    .innerJoin(indicator, eq(indicator.id, indicatorAssignment.indicatorId))
    .innerJoin(agencyLabel, eq(agencyLabel.id, indicatorAssignment.agencyId))
    .where(eq(indicatorAssignment.unitId, unitId))
    .orderBy(asc(indicator.code), sql`${agencyLabel.name} collate "vi-VN-x-icu"`);
}

export async function countAssignments(exec: Exec, unitId: string): Promise<number> {
  const r = await exec.execute<{ n: number }>(
    sql`select count(*)::int n from indicator_assignment where unit_id = ${unitId}::uuid`,
  );
  return r.rows[0]?.n ?? 0;
}

export async function replaceAssignments(
  exec: Exec,
  unitId: string,
  rows: (typeof indicatorAssignment.$inferInsert)[],
): Promise<void> {
  await exec.delete(indicatorAssignment).where(eq(indicatorAssignment.unitId, unitId));
  if (rows.length) await exec.insert(indicatorAssignment).values(rows);
}

/** Active indicators `agencyId` reports in `unitId`; ratios are computed, so never among them. */
export async function assignedIndicators(
  exec: Exec,
  unitId: string,
  agencyId: string,
): Promise<IndicatorRow[]> {
  const rows = await exec
    .select({ i: indicator })
    .from(indicatorAssignment)
    .innerJoin(indicator, eq(indicator.id, indicatorAssignment.indicatorId))
    .where(
      and(
        eq(indicatorAssignment.unitId, unitId),
        eq(indicatorAssignment.agencyId, agencyId),
        eq(indicator.active, true),
        ne(indicator.aggregation, 'ratio'),
      ),
    )
    .orderBy(asc(indicator.code));
  return rows.map((r) => r.i);
}

/** Assignments held by any of the agencies, or (agencyIds null) in any of the units. */
export async function assignmentsReaching(
  exec: Exec,
  f: { agencyIds: string[] | null; unitIds: string[] | null },
) {
  return exec
    .select({
      indicatorId: indicatorAssignment.indicatorId,
      agencyId: indicatorAssignment.agencyId,
      unitId: indicatorAssignment.unitId,
    })
    .from(indicatorAssignment)
    .where(
      and(
        f.agencyIds ? anyUuid(indicatorAssignment.agencyId, f.agencyIds) : undefined,
        f.unitIds ? anyUuid(indicatorAssignment.unitId, f.unitIds) : undefined,
      ),
    );
}

export async function targetsOf(exec: Exec, unitId: string, year: number) {
  return exec
    .select({ indicatorId: indicator.id, code: indicator.code, value: indicatorTarget.value })
    .from(indicatorTarget)
    .innerJoin(indicator, eq(indicator.id, indicatorTarget.indicatorId))
    .where(and(eq(indicatorTarget.unitId, unitId), eq(indicatorTarget.year, year)))
    .orderBy(asc(indicator.code));
}

export async function replaceTargets(
  exec: Exec,
  unitId: string,
  year: number,
  rows: (typeof indicatorTarget.$inferInsert)[],
): Promise<void> {
  await exec
    .delete(indicatorTarget)
    .where(and(eq(indicatorTarget.unitId, unitId), eq(indicatorTarget.year, year)));
  if (rows.length) await exec.insert(indicatorTarget).values(rows);
}

export async function valuesOfAgency(
  exec: Exec,
  f: { provinceId: string; periodId: string; agencyId: string },
): Promise<ValueRow[]> {
  return exec
    .select()
    .from(indicatorValue)
    .where(
      and(
        eq(indicatorValue.provinceId, f.provinceId),
        eq(indicatorValue.periodId, f.periodId),
        eq(indicatorValue.agencyId, f.agencyId),
      ),
    );
}

export async function upsertValues(exec: Exec, rows: (typeof indicatorValue.$inferInsert)[]): Promise<void> {
  if (!rows.length) return;
  await exec
    .insert(indicatorValue)
    .values(rows)
    .onConflictDoUpdate({
      target: [
        indicatorValue.provinceId,
        indicatorValue.periodId,
        indicatorValue.agencyId,
        indicatorValue.indicatorId,
        indicatorValue.disagg,
      ],
      set: {
        value: sql`excluded.value`,
        comment: sql`excluded.comment`,
        source: sql`excluded.source`,
        registerValue: sql`excluded.register_value`,
        overrideReason: sql`excluded.override_reason`,
        updatedBy: sql`excluded.updated_by`,
        updatedAt: sql`now()`,
      },
    });
}

/** The periods' place in time (owned by `reports`, read through its view for ordering). */
export async function periodsByIds(exec: Exec, ids: string[]) {
  if (!ids.length) return [];
  return exec
    .select({
      id: reportPeriodSpan.id,
      unitId: reportPeriodSpan.unitId,
      cutoffTo: reportPeriodSpan.cutoffTo,
      dueDate: reportPeriodSpan.dueDate,
    })
    .from(reportPeriodSpan)
    .where(anyUuid(reportPeriodSpan.id, ids));
}

export async function valuesOfPeriods(exec: Exec, periodIds: string[]) {
  if (!periodIds.length) return [];
  return exec
    .select({
      periodId: indicatorValue.periodId,
      agencyId: indicatorValue.agencyId,
      indicatorId: indicatorValue.indicatorId,
      disagg: indicatorValue.disagg,
      value: indicatorValue.value,
      comment: indicatorValue.comment,
    })
    .from(indicatorValue)
    .where(anyUuid(indicatorValue.periodId, periodIds));
}
