import type { AgencyReportDto, ReviewInput, SaveAgencyReportInput } from '@vte/contracts';
import { inScope, type AuthedContext } from '../../platform/auth/context';
import type { Db, Exec, Tx } from '../../platform/db/pool';
import { AppError } from '../../platform/http/app-error';
import { recordAudit } from '../audit';
import { activeUsersOfAgencies, activeUsersWithRole } from '../identity';
import { indicatorEntries, saveIndicatorValues } from '../indicators';
import { getAgency } from '../org';
import { notify } from '../notifications';
import { now, today } from './clock';
import { expectedByPeriod, type ExpectedAgency } from './expected';
import { saveDraftValues, mergeCells } from './draft-values';
import { lockedFor } from './lock';
import { setReviewState } from './review-state';
import { datedProgressOf, progressList } from './report-progress';
import { grantedUntil } from './requests.repo';
import { readablePeriod, toPeriodDto, unitNameOn } from './periods.service';
import {
  emptyContent,
  initialContent,
  prefillFrom,
  readContent,
  reportDto,
  type ReportContent,
  type VersionContent,
} from './report-content';
import * as repo from './reports.repo';

/** Agency users (reporters, police, commune workers) see only their own agency's reports. */
export function seesAllReports(ctx: AuthedContext): boolean {
  const p = ctx.user.permissions;
  return p.has('reports.review') || p.has('reports.remind') || !p.has('reports.submit');
}

export async function expectedFor(exec: Exec, period: repo.PeriodRow, agencyId: string) {
  const { expected, tasks } = await expectedByPeriod(exec, [period]);
  return { agency: expected.get(period.id)?.get(agencyId), tasks };
}

/** Indicator values belong to the unit as it was on the due date (the special zone after 1/7/2025). */
async function valueScope(exec: Exec, period: repo.PeriodRow, agencyId: string) {
  return {
    unitId: (await unitNameOn(exec, period.unitId, period.dueDate)).id,
    agencyId,
    periodId: period.id,
  };
}

async function loadReport(exec: Exec, ctx: AuthedContext, id: string) {
  const report = await repo.getReport(exec, id);
  if (!report) throw new AppError('REPORT_NOT_FOUND');
  const period = await repo.getPeriod(exec, report.periodId);
  if (!period) throw new AppError('REPORT_NOT_FOUND');
  const own = ctx.user.agencyId === report.agencyId;
  // Out of scope or another agency's: the same 404 as a forged id, nothing about it is revealed.
  if (!own && (!inScope(ctx.user, period.unitId) || !seesAllReports(ctx)))
    throw new AppError('REPORT_NOT_FOUND');
  return { report, period, own };
}

type Expected = Awaited<ReturnType<typeof expectedFor>>;

/** The report as the editor shows it; `known` spares a second reading of who is expected. */
async function assemble(
  exec: Exec,
  ctx: AuthedContext,
  report: repo.ReportRow,
  period: repo.PeriodRow,
  content: ReportContent,
  own: boolean,
  known?: Expected,
): Promise<AgencyReportDto> {
  const { agency, tasks } = known ?? (await expectedFor(exec, period, report.agencyId));
  const origins = agency?.origins ?? [report.agencyId];
  const progress = await datedProgressOf(exec, [...tasks.keys()], origins);
  const agencyName = agency?.name ?? (await getAgency(exec, report.agencyId))?.name ?? '';
  const periodDto = await toPeriodDto(exec, period);
  const granted = await grantedUntil(exec, period.id, report.agencyId);
  const editable =
    own &&
    ctx.user.permissions.has('reports.submit') &&
    (report.status === 'draft' || report.status === 'returned') &&
    !lockedFor(period, granted, today());
  const scope = await valueScope(exec, period, report.agencyId);
  return reportDto({
    report: { ...report, agencyName },
    period: periodDto,
    content,
    expected: agency,
    tasks,
    prefill: prefillFrom(progress, period),
    attachments: await repo.attachmentsOf(exec, report.id),
    // An open report starts its never-saved cells from the register of children (DP.0101, DP.0301).
    indicators: await indicatorEntries(exec, scope, { prefill: editable }),
    editable,
    reviewedByName: await repo.userName(exec, report.reviewedBy),
    granted,
    // The list lets the agency move an update here; others see the offered text only.
    progress: own ? await progressList(exec, progress, period) : [],
  });
}

export async function getAgencyReport(db: Db, ctx: AuthedContext, id: string): Promise<AgencyReportDto> {
  const { report, period, own } = await loadReport(db, ctx, id);
  return assemble(db, ctx, report, period, readContent(report.content), own);
}

/** Opens the user's agency report for a period: the existing one, or a new draft from the progress updates. */
export async function openMyReport(db: Db, ctx: AuthedContext, periodId: string): Promise<AgencyReportDto> {
  const agencyId = ctx.user.agencyId;
  if (!agencyId) throw new AppError('REPORT_NOT_EXPECTED');
  return db.transaction(async (tx) => {
    const period = await readablePeriod(tx, ctx, periodId);
    let report = await repo.reportOf(tx, period.id, agencyId);
    const known = await expectedFor(tx, period, agencyId);
    if (!report) {
      const { agency, tasks } = known;
      if (!agency) throw new AppError('REPORT_NOT_EXPECTED');
      const progress = await datedProgressOf(tx, [...tasks.keys()], agency.origins);
      const content = initialContent(agency, tasks, prefillFrom(progress, period));
      report = await repo.insertReport(tx, {
        provinceId: period.provinceId,
        periodId: period.id,
        agencyId,
        content,
        updatedBy: ctx.user.id,
      });
      await recordAudit(tx, ctx, {
        action: 'create',
        entity: 'agency_report',
        entityId: report.id,
        provinceId: period.provinceId,
        unitId: period.unitId,
        after: { periodId, agencyId },
      });
    }
    return assemble(tx, ctx, report, period, readContent(report.content), true, known);
  });
}

function checkTasks(input: SaveAgencyReportInput, agency: ExpectedAgency | undefined): void {
  const allowed = new Set(agency ? agency.tasks.keys() : []);
  if (input.tasks.some((t) => !allowed.has(t.taskId))) throw new AppError('REPORT_TASK_NOT_ASSIGNED');
}

async function writable(tx: Tx, ctx: AuthedContext, id: string) {
  const { report, period, own } = await loadReport(tx, ctx, id);
  if (!own) throw new AppError('REPORT_NOT_OWN_AGENCY');
  if (lockedFor(period, await grantedUntil(tx, period.id, report.agencyId), today()))
    throw new AppError('REPORT_LOCKED');
  if (report.status !== 'draft' && report.status !== 'returned') throw new AppError('REPORT_STATUS_INVALID');
  return { report, period };
}

function contentOf(input: SaveAgencyReportInput, attachmentIds: Set<string>): ReportContent {
  return {
    tasks: input.tasks.map((t) => ({
      taskId: t.taskId,
      narrative: t.narrative ?? null,
      figures: t.figures.map((f) => ({ label: f.label, value: f.value, unit: f.unit ?? null })),
      attachmentIds: t.attachmentIds.filter((a) => attachmentIds.has(a)),
    })),
    difficulties: input.difficulties ?? null,
    proposals: input.proposals ?? null,
  };
}

/** Autosave (submit=false) or save-and-submit, in one transaction; a stale revision changes nothing. */
export async function saveAgencyReport(
  db: Db,
  ctx: AuthedContext,
  id: string,
  input: SaveAgencyReportInput,
  submit: boolean,
): Promise<AgencyReportDto> {
  const dto = await db.transaction(async (tx) => {
    const { report, period } = await writable(tx, ctx, id);
    if (report.revision !== input.revision) throw new AppError('REPORT_STALE');
    const known = await expectedFor(tx, period, report.agencyId);
    checkTasks(input, known.agency);
    const files = new Set((await repo.attachmentsOf(tx, report.id)).map((a) => a.id));
    const content = contentOf(input, files);
    const scope = { provinceId: period.provinceId, ...(await valueScope(tx, period, report.agencyId)) };
    const cells = mergeCells(readContent(report.content).pending?.cells ?? [], input.indicatorValues);
    if (submit) await saveIndicatorValues(tx, ctx, scope, cells, { complete: true });
    else {
      // A draft keeps what was typed: refused cells wait in the report (issue 9 item 1).
      const kept = await saveDraftValues(tx, ctx, scope, cells);
      if (kept.pending.length) content.pending = { cells: kept.pending, issues: kept.issues };
    }
    const at = now();
    const patch = submit
      ? {
          content,
          status: 'submitted',
          version: report.version + 1,
          firstSubmittedAt: report.firstSubmittedAt ?? at,
          lastSubmittedAt: at,
          updatedBy: ctx.user.id,
        }
      : { content, updatedBy: ctx.user.id };
    const saved = await repo.updateReport(tx, report.id, report.revision, patch);
    if (!saved) throw new AppError('REPORT_STALE');
    if (submit) {
      const values = (await indicatorEntries(tx, scope)).flatMap((e) =>
        e.cells.map((c) => ({
          indicatorId: e.indicator.id,
          disagg: c.disagg,
          value: c.value,
          comment: c.comment,
        })),
      );
      const frozen: VersionContent = { ...content, indicatorValues: values };
      await repo.insertVersion(tx, {
        provinceId: period.provinceId,
        reportId: report.id,
        version: saved.version,
        event: 'submitted',
        content: frozen,
        createdBy: ctx.user.id,
      });
    }
    await recordAudit(tx, ctx, {
      action: submit ? 'submit' : 'update',
      entity: 'agency_report',
      entityId: report.id,
      provinceId: period.provinceId,
      unitId: period.unitId,
      before: { status: report.status, revision: report.revision },
      after: {
        status: saved.status,
        revision: saved.revision,
        version: saved.version,
        tasks: content.tasks.length,
        values: input.indicatorValues.length,
      },
    });
    return assemble(tx, ctx, saved, period, content, true, known);
  });
  if (submit) await notifyReviewers(db, dto);
  return dto;
}

async function notifyReviewers(db: Db, r: AgencyReportDto): Promise<void> {
  const period = (await repo.getPeriod(db, r.periodId))!;
  const focal = await reviewersOf(db, period);
  if (!focal.length) return;
  await notify(db, {
    provinceId: period.provinceId,
    kind: 'report.submitted',
    title: `${r.agencyName} đã gửi báo cáo ${r.periodLabel}`,
    body: `${r.agencyName} đã gửi báo cáo ${r.periodLabel} (lần ${r.version}).`,
    link: `/app/reports/agency/${r.id}`,
    to: focal,
  });
}

/** The focal department's officers of the period's unit (and of its successor on the due date). */
export async function reviewersOf(exec: Exec, period: repo.PeriodRow) {
  const units = [...new Set([period.unitId, (await unitNameOn(exec, period.unitId, period.dueDate)).id])];
  return activeUsersWithRole(exec, 'focal_officer', units);
}

export async function reviewAgencyReport(
  db: Db,
  ctx: AuthedContext,
  id: string,
  input: ReviewInput,
): Promise<AgencyReportDto> {
  const { dto, provinceId } = await db.transaction(async (tx) => {
    const { report, period, own } = await loadReport(tx, ctx, id);
    if (!inScope(ctx.user, period.unitId)) throw new AppError('REPORT_NOT_FOUND');
    if (report.status !== 'submitted') throw new AppError('REPORT_STATUS_INVALID');
    if (input.decision === 'return' && !input.comment) throw new AppError('REPORT_COMMENT_REQUIRED');
    const status = input.decision === 'accept' ? 'accepted' : 'returned';
    const saved = await setReviewState(tx, ctx, report, period.provinceId, {
      status,
      comment: input.comment ?? null,
      event: status,
    });
    await recordAudit(tx, ctx, {
      action: status === 'accepted' ? 'accept' : 'return',
      entity: 'agency_report',
      entityId: report.id,
      provinceId: period.provinceId,
      unitId: period.unitId,
      before: { status: report.status },
      after: { status, comment: input.comment ?? null },
    });
    return {
      dto: await assemble(tx, ctx, saved, period, readContent(saved.content), own),
      provinceId: period.provinceId,
    };
  });
  const users = await activeUsersOfAgencies(db, [dto.agencyId]);
  await notify(db, {
    provinceId,
    kind: `report.${dto.status}`,
    title:
      dto.status === 'accepted'
        ? `Báo cáo ${dto.periodLabel} đã được tiếp nhận`
        : `Báo cáo ${dto.periodLabel} bị trả lại để bổ sung`,
    body: dto.reviewComment ?? (dto.status === 'accepted' ? 'Báo cáo đã được tiếp nhận.' : ''),
    link: `/app/reports/agency/${dto.id}`,
    to: users,
  });
  return dto;
}

export async function versionList(db: Db, ctx: AuthedContext, id: string) {
  await loadReport(db, ctx, id);
  return (await repo.versionsOf(db, id)).map(({ v, byName }) => ({
    version: v.version,
    event: v.event as 'submitted' | 'returned' | 'accepted' | 'reopened',
    comment: v.comment,
    createdAt: v.createdAt.toISOString(),
    createdByName: byName,
  }));
}

/** The report as it was submitted in that version, indicator values included. */
export async function versionContent(
  db: Db,
  ctx: AuthedContext,
  id: string,
  version: number,
): Promise<AgencyReportDto> {
  const { report, period } = await loadReport(db, ctx, id);
  const v = await repo.submittedVersion(db, id, version);
  if (!v) throw new AppError('REPORT_VERSION_NOT_FOUND');
  const content = v.content as VersionContent;
  const dto = await assemble(
    db,
    ctx,
    { ...report, status: 'submitted', version },
    period,
    { ...emptyContent(), ...readContent(content) },
    false,
  );
  const frozen = new Map((content.indicatorValues ?? []).map((c) => [`${c.indicatorId}|${c.disagg}`, c]));
  return {
    ...dto,
    editable: false,
    indicators: dto.indicators.map((e) => ({
      ...e,
      cells: e.cells.map((c) => {
        const f = frozen.get(`${e.indicator.id}|${c.disagg}`);
        return { ...c, value: f?.value ?? null, comment: f?.comment ?? null };
      }),
    })),
  };
}
