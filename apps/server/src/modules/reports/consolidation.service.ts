import type { ConsolidatedDto, UpdateConsolidatedInput } from '@vte/contracts';
import { inScope, type AuthedContext } from '../../platform/auth/context';
import type { Db, Exec, Tx } from '../../platform/db/pool';
import { AppError } from '../../platform/http/app-error';
import { recordAudit } from '../audit';
import { activeUsersWithRole } from '../identity';
import { notify } from '../notifications';
import { aggregateIndicators, withRegisterFigures } from '../indicators';
import { getUnit, unitFullName, unitOnDate } from '../org';
import { now } from './clock';
import { completeness } from './completeness';
import { defaultHeader, type ConsolidatedHeader } from './consolidated-header';
import { documentOrder, toConsolidatedDto } from './consolidated-dto';
import * as crepo from './consolidated.repo';
import {
  applyEdits,
  buildSections,
  mergeSections,
  type AcceptedReport,
  type StoredSection,
} from './consolidation';
import { expectedByPeriod } from './expected';
import { readablePeriod } from './periods.service';
import { readContent } from './report-content';
import * as repo from './reports.repo';

/** The unit that authors a period's report (valid on its due date) and the unit above it then. */
export async function authorUnits(exec: Exec, period: repo.PeriodRow) {
  const unitId = await unitOnDate(exec, period.unitId, period.dueDate);
  const unit = (await getUnit(exec, unitId))!;
  const parentId = unit.parentId ? await unitOnDate(exec, unit.parentId, period.dueDate) : null;
  const parent = parentId ? await getUnit(exec, parentId) : undefined;
  return { unit, parent: parent ?? null };
}

async function acceptedReports(exec: Exec, reports: repo.ReportWithAgency[]): Promise<AcceptedReport[]> {
  const accepted = reports.filter((x) => x.status === 'accepted');
  // An accepted report is locked, so its last submitted version is what was accepted.
  const versions = await repo.submittedVersions(exec, accepted);
  return accepted.map((r) => ({
    reportId: r.id,
    agencyId: r.agencyId,
    agencyName: r.agencyName,
    version: r.version,
    content: readContent(versions.get(r.id)),
  }));
}

/** The period before this one of the same plan, for the "last period" column. */
async function previousPeriod(exec: Exec, period: repo.PeriodRow) {
  const all = await repo.listPeriods(exec, {
    planId: period.planId ?? undefined,
    unitId: period.unitId,
    unitIds: null,
  });
  return all
    .filter((p) => p.dueDate < period.dueDate && p.planId === period.planId)
    .sort((a, b) => b.dueDate.localeCompare(a.dueDate))[0];
}

async function acceptedAgencies(exec: Exec, periodId: string) {
  return (await repo.reportsOfPeriods(exec, [periodId])).filter((r) => r.status === 'accepted');
}

/** The indicators of a period from its accepted agency reports, beside the last period and the targets. */
export async function periodIndicators(
  exec: Exec,
  period: repo.PeriodRow,
  reports?: repo.ReportWithAgency[],
) {
  const all = reports ?? (await repo.reportsOfPeriods(exec, [period.id]));
  const prev = await previousPeriod(exec, period);
  const rows = await aggregateIndicators(exec, {
    current: [
      { periodId: period.id, agencyIds: all.filter((r) => r.status === 'accepted').map((r) => r.agencyId) },
    ],
    previous: prev
      ? [{ periodId: prev.id, agencyIds: (await acceptedAgencies(exec, prev.id)).map((r) => r.agencyId) }]
      : [],
    targets: { unitId: period.unitId, year: period.year },
    names: new Map(all.map((r) => [r.agencyId, r.agencyName])),
  });
  // The register of children's live counts beside (and in place of missing) reported DP.0101/DP.0301.
  return withRegisterFigures(exec, rows, period.unitId, period.cutoffTo);
}

/** Draft (or redraft) of the focal department's report from the accepted agency reports. */
export async function generateConsolidated(
  db: Db,
  ctx: AuthedContext,
  periodId: string,
  mode: 'keep' | 'replace',
) {
  return db.transaction(async (tx) => {
    const period = await readablePeriod(tx, ctx, periodId);
    if (!period.planId) throw new AppError('REPORT_PERIOD_NOT_FOUND');
    const { expected, tasks } = await expectedByPeriod(tx, [period]);
    const exp = expected.get(period.id)!;
    const reports = await repo.reportsOfPeriods(tx, [period.id]);
    const accepted = await acceptedReports(tx, reports);
    const c = completeness(exp, reports, period.dueDate);
    const missing = c.agencies
      .filter((a) => a.state === 'missing' || a.state === 'draft')
      .map((a) => a.agencyName);
    const pending = c.agencies
      .filter((a) => a.state === 'submitted' || a.state === 'returned')
      .map((a) => a.agencyName);
    const planTasks = documentOrder([...tasks.values()].filter((t) => t.planId === period.planId));
    const fresh = buildSections({ tasks: planTasks, expected: exp, accepted, missing, pending });
    const indicators = await periodIndicators(tx, period, reports);
    const { unit, parent } = await authorUnits(tx, period);
    // The unit writes its own report; the level above (whose scope covers it) only receives it.
    if (parent && ctx.user.unitIds !== null && inScope(ctx.user, parent.id))
      throw new AppError('REPORT_PERIOD_NOT_FOUND');
    return saveGenerated(
      tx,
      ctx,
      period,
      {
        fresh,
        indicators,
        missing,
        mode,
        level: 'unit',
        unitId: unit.id,
        recipientUnitId: parent?.id ?? null,
      },
      () =>
        defaultHeader({
          unitFullName: unitFullName(unit),
          unitName: unit.name,
          parentFullName: parent ? unitFullName(parent) : null,
          periodLabel: period.label,
          dueDate: period.dueDate,
        }),
    );
  });
}

/** Shared by the unit and the province level: merge with the stored draft, save, audit. */
export async function saveGenerated(
  tx: Tx,
  ctx: AuthedContext,
  period: repo.PeriodRow,
  g: {
    fresh: StoredSection[];
    indicators: unknown[];
    missing: string[];
    mode: 'keep' | 'replace';
    level: 'unit' | 'province';
    unitId: string;
    recipientUnitId: string | null;
  },
  header: () => ConsolidatedHeader,
) {
  const existing = await crepo.consolidatedOfPeriod(tx, period.id);
  if (existing && (existing.status === 'submitted' || existing.status === 'accepted'))
    throw new AppError('REPORT_STATUS_INVALID');
  const { sections, conflicts } = mergeSections(
    (existing?.sections as StoredSection[] | undefined) ?? [],
    g.fresh,
    g.mode,
  );
  const values = {
    sections,
    indicators: g.indicators,
    missing: g.missing,
    generatedAt: now(),
    updatedBy: ctx.user.id || null,
  };
  const row = existing
    ? await crepo.updateConsolidated(tx, existing.id, existing.revision, values)
    : await crepo.insertConsolidated(tx, {
        ...values,
        provinceId: period.provinceId,
        periodId: period.id,
        level: g.level,
        unitId: g.unitId,
        recipientUnitId: g.recipientUnitId,
        header: header(),
      });
  if (!row) throw new AppError('REPORT_STALE');
  await recordAudit(tx, ctx, {
    action: existing ? 'regenerate' : 'create',
    entity: 'consolidated_report',
    entityId: row.id,
    provinceId: period.provinceId,
    unitId: period.unitId,
    after: { periodId: period.id, mode: g.mode, sections: sections.length, conflicts: conflicts.length },
  });
  return { report: toConsolidatedDto(row, ctx, period.unitId), conflicts };
}

/**
 * The authoring side: users of the unit (not of the unit above, whose scope also covers it). A
 * draft is the unit's own work: the level above sees a report only once it has been sent.
 */
function authorSide(ctx: AuthedContext, unitId: string, recipientUnitId: string | null): boolean {
  if (ctx.user.unitIds === null) return true;
  return inScope(ctx.user, unitId) && !(recipientUnitId !== null && inScope(ctx.user, recipientUnitId));
}

export function visibleTo(
  ctx: AuthedContext,
  row: { status: string; unitId: string; recipientUnitId: string | null },
  periodUnitId: string,
): boolean {
  const sent =
    row.status !== 'draft' && row.recipientUnitId !== null && inScope(ctx.user, row.recipientUnitId);
  return sent || authorSide(ctx, periodUnitId, row.recipientUnitId);
}

/** Readable by the authoring unit, and by the unit it was sent to once sent. */
async function readable(exec: Exec, ctx: AuthedContext, id: string) {
  const row = await crepo.getConsolidated(exec, id);
  const period = row && (await repo.getPeriod(exec, row.periodId));
  if (!row || !period || !visibleTo(ctx, row, period.unitId))
    throw new AppError('REPORT_CONSOLIDATED_NOT_FOUND');
  return { row, period, author: authorSide(ctx, period.unitId, row.recipientUnitId) };
}

export async function getConsolidated(db: Db, ctx: AuthedContext, id: string): Promise<ConsolidatedDto> {
  const { row, period } = await readable(db, ctx, id);
  return toConsolidatedDto(row, ctx, period.unitId);
}

export async function periodConsolidated(
  db: Db,
  ctx: AuthedContext,
  periodId: string,
): Promise<ConsolidatedDto> {
  const period = await readablePeriod(db, ctx, periodId);
  const row = await crepo.consolidatedOfPeriod(db, period.id);
  if (!row || !visibleTo(ctx, row, period.unitId)) throw new AppError('REPORT_CONSOLIDATED_NOT_FOUND');
  return toConsolidatedDto(row, ctx, period.unitId);
}

export async function updateConsolidated(
  db: Db,
  ctx: AuthedContext,
  id: string,
  input: UpdateConsolidatedInput,
): Promise<ConsolidatedDto> {
  return db.transaction(async (tx) => {
    const { row, period, author } = await readable(tx, ctx, id);
    if (!author) throw new AppError('REPORT_CONSOLIDATED_NOT_FOUND');
    if (row.status === 'submitted' || row.status === 'accepted') throw new AppError('REPORT_STATUS_INVALID');
    if (row.revision !== input.revision) throw new AppError('REPORT_STALE');
    const h = row.header as ConsolidatedHeader;
    const header: ConsolidatedHeader = {
      ...h,
      number: input.number !== undefined ? input.number : h.number,
      place: input.place !== undefined ? input.place : h.place,
      reportDate: input.reportDate !== undefined ? input.reportDate : h.reportDate,
      subject: input.subject ?? h.subject,
      signature: input.signature ?? h.signature,
      recipients: input.recipients ?? h.recipients,
    };
    const known = new Set((row.sections as StoredSection[]).flatMap((s) => s.paragraphs.map((p) => p.id)));
    if (input.paragraphs?.some((p) => !known.has(p.id)))
      throw new AppError('VALIDATION', {
        issues: [{ path: 'body.paragraphs', message: 'Đoạn văn không thuộc báo cáo này' }],
      });
    const sections = input.paragraphs
      ? applyEdits(row.sections as StoredSection[], input.paragraphs)
      : row.sections;
    const saved = await crepo.updateConsolidated(tx, row.id, row.revision, {
      header,
      sections,
      updatedBy: ctx.user.id,
    });
    if (!saved) throw new AppError('REPORT_STALE');
    await recordAudit(tx, ctx, {
      action: 'update',
      entity: 'consolidated_report',
      entityId: row.id,
      provinceId: period.provinceId,
      unitId: period.unitId,
      before: { number: h.number, subject: h.subject, reportDate: h.reportDate },
      after: {
        number: header.number,
        subject: header.subject,
        reportDate: header.reportDate,
        paragraphs: input.paragraphs?.map((p) => p.id) ?? [],
      },
    });
    return toConsolidatedDto(saved, ctx, period.unitId);
  });
}

/** Sends the report to the unit above (as it was on the due date). */
export async function submitConsolidated(db: Db, ctx: AuthedContext, id: string): Promise<ConsolidatedDto> {
  return db.transaction(async (tx) => {
    const { row, period, author } = await readable(tx, ctx, id);
    if (!author) throw new AppError('REPORT_CONSOLIDATED_NOT_FOUND');
    if (row.status !== 'draft' && row.status !== 'returned') throw new AppError('REPORT_STATUS_INVALID');
    if (!row.recipientUnitId) throw new AppError('REPORT_NO_PARENT_UNIT');
    const saved = await crepo.updateConsolidated(tx, row.id, row.revision, {
      status: 'submitted',
      submittedAt: now(),
      submittedBy: ctx.user.id,
      updatedBy: ctx.user.id,
    });
    if (!saved) throw new AppError('REPORT_STALE');
    await recordAudit(tx, ctx, {
      action: 'submit',
      entity: 'consolidated_report',
      entityId: row.id,
      provinceId: period.provinceId,
      unitId: period.unitId,
      before: { status: row.status },
      after: { status: 'submitted', recipientUnitId: row.recipientUnitId },
    });
    const h = saved.header as ConsolidatedHeader;
    await notify(tx, {
      provinceId: period.provinceId,
      kind: 'report.consolidated_submitted',
      title: `${h.unitName} gửi báo cáo ${h.periodLabel}`,
      body: `${h.unitName} đã gửi báo cáo tổng hợp: ${h.subject}.`,
      link: `/app/reports/consolidated/${row.id}?as=receiver`,
      to: [
        ...(await activeUsersWithRole(tx, 'focal_officer', [row.recipientUnitId])),
        ...(await activeUsersWithRole(tx, 'province_viewer', [row.recipientUnitId])),
      ],
    });
    return toConsolidatedDto(saved, ctx, period.unitId);
  });
}

/** The receiving unit accepts the report or returns it with a comment. */
export async function reviewConsolidated(
  db: Db,
  ctx: AuthedContext,
  id: string,
  input: { decision: 'return' | 'accept'; comment?: string | null | undefined },
): Promise<ConsolidatedDto> {
  return db.transaction(async (tx) => {
    const { row, period } = await readable(tx, ctx, id);
    if (!row.recipientUnitId || !inScope(ctx.user, row.recipientUnitId))
      throw new AppError('REPORT_CONSOLIDATED_NOT_FOUND');
    if (row.status !== 'submitted') throw new AppError('REPORT_STATUS_INVALID');
    if (input.decision === 'return' && !input.comment) throw new AppError('REPORT_COMMENT_REQUIRED');
    const status = input.decision === 'accept' ? 'accepted' : 'returned';
    const saved = await crepo.updateConsolidated(tx, row.id, row.revision, {
      status,
      reviewComment: input.comment ?? null,
      reviewedAt: now(),
      reviewedBy: ctx.user.id,
    });
    if (!saved) throw new AppError('REPORT_STALE');
    await recordAudit(tx, ctx, {
      action: status === 'accepted' ? 'accept' : 'return',
      entity: 'consolidated_report',
      entityId: row.id,
      provinceId: period.provinceId,
      unitId: period.unitId,
      before: { status: row.status },
      after: { status, comment: input.comment ?? null },
    });
    const h = saved.header as ConsolidatedHeader;
    await notify(tx, {
      provinceId: period.provinceId,
      kind: `report.consolidated_${status}`,
      title:
        status === 'accepted'
          ? `Cấp trên đã tiếp nhận báo cáo ${h.periodLabel}`
          : `Cấp trên trả lại báo cáo ${h.periodLabel}`,
      body: input.comment ?? `Báo cáo tổng hợp "${h.subject}" đã được tiếp nhận.`,
      link: `/app/reports/periods/${period.id}`,
      to: await activeUsersWithRole(tx, 'focal_officer', [period.unitId, row.unitId]),
    });
    return toConsolidatedDto(saved, ctx, period.unitId);
  });
}
