import type { CompletenessState, PeriodKind, ProvinceCompletenessDto } from '@vte/contracts';
import type { AuthedContext } from '../../platform/auth/context';
import type { Db, Exec } from '../../platform/db/pool';
import { addDays, isoDay } from '../../platform/dates';
import { AppError } from '../../platform/http/app-error';
import { aggregateIndicators } from '../indicators';
import { getUnit, unitFullName, unitsOnDates } from '../org';
import { addCounts, countRows, countsFor } from './completeness';
import type { ConsolidatedHeader } from './consolidated-header';
import { subjectFor } from './consolidated-header';
import { toSummary } from './consolidated-dto';
import * as crepo from './consolidated.repo';
import { missingSection, type StoredSection } from './consolidation';
import { saveGenerated } from './consolidation.service';
import { expectedIdsByPeriod } from './expected';
import { DEFAULT_EXPIRY_DAYS, periodLabel } from './periods';
import * as repo from './reports.repo';

/** Days a unit has, after its own agencies' due date, to send its consolidated report upward. */
export const UPWARD_DAYS = 10;

const scopeIds = (ctx: AuthedContext) => (ctx.user.unitIds === null ? null : [...ctx.user.unitIds]);

async function unitPeriods(exec: Exec, ctx: AuthedContext, kind: PeriodKind, year: number) {
  return (await repo.listPeriods(exec, { kind, year, unitIds: scopeIds(ctx) })).filter((p) => p.planId);
}

/**
 * Completeness across the units of the province, and of all their agencies: a fixed handful of
 * light queries whatever the number of units (no report text, no consolidated sections).
 */
export async function provinceView(
  db: Db,
  ctx: AuthedContext,
  kind: PeriodKind,
  year: number,
): Promise<ProvinceCompletenessDto> {
  const periods = await unitPeriods(db, ctx, kind, year);
  const ids = periods.map((p) => p.id);
  const [expected, facts, consolidated, units] = await Promise.all([
    expectedIdsByPeriod(db, periods),
    repo.reportFacts(db, ids),
    crepo.consolidatedSummaries(db, ids),
    unitsOnDates(
      db,
      periods.map((p) => ({ unitId: p.unitId, day: p.dueDate })),
    ),
  ]);
  const factsBy = Map.groupBy(facts, (r) => r.periodId);
  const consolidatedBy = new Map(consolidated.map((c) => [c.periodId, c]));
  const rows = periods.map((p) => {
    const c = consolidatedBy.get(p.id) ?? null;
    const unit = units.get(`${p.unitId}|${p.dueDate}`);
    return {
      unitId: p.unitId,
      unitName: unit ? unitFullName(unit) : '',
      periodId: p.id,
      dueDate: p.dueDate,
      counts: countsFor(expected.get(p.id)!, factsBy.get(p.id) ?? [], p.dueDate),
      // A draft is the unit's own work: the province sees that nothing has been sent yet.
      consolidated: c && c.status !== 'draft' ? toSummary(c) : null,
      onTime: c?.submittedAt ? isoDay(c.submittedAt) <= addDays(p.dueDate, UPWARD_DAYS) : null,
    };
  });
  const unitRows = rows.map((u) => ({
    state: (u.consolidated?.status ?? 'missing') as CompletenessState,
    onTime: u.onTime,
  }));
  const round = await provinceRound(db, ctx, kind, year, false);
  const provinceReport = round ? (await crepo.consolidatedSummaries(db, [round.id]))[0] : undefined;
  return {
    kind,
    year,
    units: rows.sort((a, b) => a.unitName.localeCompare(b.unitName, 'vi')),
    counts: countRows(unitRows),
    agencyCounts: addCounts(rows.map((u) => u.counts)),
    provinceReport: provinceReport ? toSummary(provinceReport) : null,
  };
}

/** The province's own period for a kind and year: the round that collects its units' reports. */
async function provinceRound(
  exec: Exec,
  ctx: AuthedContext,
  kind: PeriodKind,
  year: number,
  create: boolean,
) {
  const provinceId = ctx.user.scopeUnitId;
  const unit = provinceId ? await getUnit(exec, provinceId) : undefined;
  if (!unit || unit.parentId !== null) {
    if (create) throw new AppError('FORBIDDEN');
    return undefined;
  }
  const existing = (await repo.listPeriods(exec, { unitId: unit.id, kind, year, unitIds: null })).find(
    (p) => !p.planId,
  );
  if (existing || !create) return existing;
  const periods = await unitPeriods(exec, ctx, kind, year);
  const dues = periods.map((p) => p.dueDate).sort();
  const due = addDays(dues[dues.length - 1] ?? `${year}-12-31`, UPWARD_DAYS);
  const [id] = await repo.insertPeriods(exec, [
    {
      provinceId: unit.provinceId,
      planId: null,
      unitId: unit.id,
      kind,
      label: periodLabel(kind, year, null),
      year,
      cutoffFrom: periods.map((p) => p.cutoffFrom).sort()[0] ?? `${year}-01-01`,
      cutoffTo: addDays(due, -1),
      dueDate: due,
      expiresOn: addDays(due, DEFAULT_EXPIRY_DAYS),
      createdBy: ctx.user.id,
    },
  ]);
  return (await repo.getPeriod(exec, id!))!;
}

/** The province consolidates the units' accepted reports again, at its level. */
export async function provinceConsolidate(
  db: Db,
  ctx: AuthedContext,
  kind: PeriodKind,
  year: number,
  mode: 'keep' | 'replace',
) {
  return db.transaction(async (tx) => {
    const round = (await provinceRound(tx, ctx, kind, year, true))!;
    const periods = await unitPeriods(tx, ctx, kind, year);
    const ids = periods.map((p) => p.id);
    const [consolidated, facts, units] = await Promise.all([
      crepo.consolidatedOfPeriods(tx, ids),
      repo.reportsOfPeriods(tx, ids),
      unitsOnDates(
        tx,
        periods.map((p) => ({ unitId: p.unitId, day: p.dueDate })),
      ),
    ]);
    const reportsBy = Map.groupBy(facts, (r) => r.periodId);
    const sections: StoredSection[] = [];
    const missing: string[] = [];
    const pending: string[] = [];
    const current: { periodId: string; agencyIds: string[] }[] = [];
    const names = new Map<string, string>();
    for (const p of periods) {
      const unit = units.get(`${p.unitId}|${p.dueDate}`);
      const unitName = unit ? unitFullName(unit) : '';
      const c = consolidated.find((x) => x.periodId === p.id);
      if (!c || c.status === 'draft') missing.push(unitName);
      else if (c.status !== 'accepted') pending.push(unitName);
      if (c?.status !== 'accepted') continue;
      sections.push(unitSection(p.id, c, unitName));
      const accepted = (reportsBy.get(p.id) ?? []).filter((r) => r.status === 'accepted');
      for (const r of accepted) names.set(r.agencyId, `${r.agencyName} (${unitName})`);
      current.push({ periodId: p.id, agencyIds: accepted.map((r) => r.agencyId) });
    }
    sections.push(missingSection(missing, pending, 'đơn vị'));
    const indicators = await aggregateIndicators(tx, {
      current,
      previous: [],
      targets: { unitId: round.unitId, year },
      names,
    });
    const unit = (await getUnit(tx, round.unitId))!;
    const header = () => provinceHeader(round.label, unitFullName(unit), unit.name);
    return saveGenerated(
      tx,
      ctx,
      round,
      {
        fresh: sections,
        indicators,
        missing,
        mode,
        level: 'province',
        unitId: unit.id,
        recipientUnitId: null,
      },
      header,
    );
  });
}

/** A unit's accepted consolidated report as one section of the province's, a paragraph per section. */
function unitSection(
  periodId: string,
  c: { id: string; revision: number; sections: unknown },
  unitName: string,
): StoredSection {
  return {
    key: `unit:${periodId}`,
    title: unitName,
    paragraphs: (c.sections as StoredSection[])
      .filter((s) => s.key !== 'missing')
      .map((s) => {
        const text = `${s.title}: ${s.paragraphs.map((x) => x.text).join(' ')}`;
        return {
          id: `unit:${periodId}:${s.key}`,
          text,
          generated: text,
          edited: false,
          source: {
            reportId: c.id,
            kind: 'unit' as const,
            name: unitName,
            role: 'unit' as const,
            version: c.revision,
            field: s.key,
          },
        };
      }),
  };
}

function provinceHeader(periodLabel: string, unitName: string, place: string): ConsolidatedHeader {
  return {
    periodLabel,
    unitName,
    parentBody: `Ủy ban nhân dân ${unitName}`.toUpperCase(),
    issuer: 'SỞ Y TẾ',
    number: null,
    place,
    reportDate: null,
    subject: subjectFor(periodLabel),
    signature: { authority: null, title: 'GIÁM ĐỐC', name: null },
    recipients: ['Bộ Y tế', `UBND ${unitName.replace(/^Tỉnh/, 'tỉnh')}`],
    recipientUnitName: null,
  };
}

export async function received(db: Db, ctx: AuthedContext) {
  return (await crepo.receivedBy(db, scopeIds(ctx))).map(toSummary);
}
