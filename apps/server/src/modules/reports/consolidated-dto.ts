import type { AggregatedIndicatorDto, ConsolidatedDto, ConsolidatedStatus } from '@vte/contracts';
import { inScope, type AuthedContext } from '../../platform/auth/context';
import type { ReportingTask } from '../plans';
import type { ConsolidatedHeader } from './consolidated-header';
import { toSectionDtos, type StoredSection } from './consolidation';
import type { ConsolidatedRow } from './consolidated.repo';

/** `author` is the period's unit: the unit that writes and sends the report. */
export function toConsolidatedDto(
  r: ConsolidatedRow,
  ctx: AuthedContext | null = null,
  authorUnitId: string | null = null,
): ConsolidatedDto {
  const h = r.header as ConsolidatedHeader;
  const reviewer = ctx?.user.permissions.has('reports.review') ?? false;
  return {
    ...toSummary(r),
    parentBody: h.parentBody,
    issuer: h.issuer,
    number: h.number,
    place: h.place,
    reportDate: h.reportDate,
    revision: r.revision,
    sections: toSectionDtos(r.sections as StoredSection[]),
    indicators: r.indicators as AggregatedIndicatorDto[],
    missing: r.missing,
    signature: h.signature,
    recipients: h.recipients,
    generatedAt: r.generatedAt.toISOString(),
    reviewComment: r.reviewComment,
    canEdit:
      reviewer &&
      authorUnitId !== null &&
      inScope(ctx!.user, authorUnitId) &&
      !(ctx!.user.unitIds !== null && r.recipientUnitId !== null && inScope(ctx!.user, r.recipientUnitId)) &&
      (r.status === 'draft' || r.status === 'returned'),
    canReview:
      reviewer &&
      r.recipientUnitId !== null &&
      inScope(ctx!.user, r.recipientUnitId) &&
      r.status === 'submitted',
  };
}

export function toSummary(
  r: Pick<ConsolidatedRow, 'id' | 'periodId' | 'level' | 'unitId' | 'status' | 'submittedAt' | 'header'>,
) {
  const h = r.header as ConsolidatedHeader;
  return {
    id: r.id,
    periodId: r.periodId,
    periodLabel: h.periodLabel,
    level: r.level as 'unit' | 'province',
    unitId: r.unitId,
    unitName: h.unitName,
    subject: h.subject,
    status: r.status as ConsolidatedStatus,
    submittedAt: r.submittedAt?.toISOString() ?? null,
    recipientUnitName: h.recipientUnitName,
  };
}

/** Top-level tasks in plan order, each followed by its sub-tasks. */
export function documentOrder(tasks: ReportingTask[]): ReportingTask[] {
  const byOrd = [...tasks].sort((a, b) => a.ord - b.ord);
  const children = (id: string | null): ReportingTask[] =>
    byOrd.filter((t) => t.parentId === id).flatMap((t) => [t, ...children(t.id)]);
  return children(null);
}
