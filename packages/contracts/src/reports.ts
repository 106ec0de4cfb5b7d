import { z, isoDate, optionalText, trimmed, uuid } from './common';
import { aggregatedIndicatorDto, indicatorEntryDto, indicatorValueInput } from './indicators';
import { evidenceDto } from './plans';

/** Period kinds of a reporting regime (NĐ 09/2019: định kỳ, chuyên đề, đột xuất). */
export const periodKinds = ['six_month', 'annual', 'quarterly', 'monthly', 'thematic', 'ad_hoc'] as const;
export type PeriodKind = (typeof periodKinds)[number];
export const periodKindLabels: Record<PeriodKind, string> = {
  six_month: '6 tháng đầu năm',
  annual: 'Cả năm',
  quarterly: 'Quý',
  monthly: 'Tháng',
  thematic: 'Chuyên đề',
  ad_hoc: 'Đột xuất',
};

export const reportStatuses = ['draft', 'submitted', 'returned', 'accepted'] as const;
export type ReportStatus = (typeof reportStatuses)[number];
export const reportStatusLabels: Record<ReportStatus, string> = {
  draft: 'Đang soạn',
  submitted: 'Đã gửi, chờ xem xét',
  returned: 'Bị trả lại để bổ sung',
  accepted: 'Đã tiếp nhận',
};

/** Where an expected agency (or unit) stands in a period; "missing" = never submitted. */
export const completenessStates = ['missing', 'draft', 'submitted', 'returned', 'accepted'] as const;
export type CompletenessState = (typeof completenessStates)[number];
export const completenessStateLabels: Record<CompletenessState, string> = {
  missing: 'Chưa báo cáo',
  draft: 'Đang soạn, chưa gửi',
  submitted: 'Đã gửi, chờ xem xét',
  returned: 'Bị trả lại',
  accepted: 'Đã tiếp nhận',
};

export const reportsErrorCodes = [
  'REPORT_PERIOD_NOT_FOUND',
  'REPORT_PERIOD_DATES',
  'REPORT_PERIOD_EXISTS',
  'REPORT_PLAN_NO_REGIME',
  'REPORT_NOT_FOUND',
  'REPORT_LOCKED',
  'REPORT_NOT_EXPECTED',
  'REPORT_NOT_OWN_AGENCY',
  'REPORT_STALE',
  'REPORT_STATUS_INVALID',
  'REPORT_COMMENT_REQUIRED',
  'REPORT_TASK_NOT_ASSIGNED',
  'REPORT_ATTACHMENT_TYPE',
  'REPORT_ATTACHMENT_TOO_LARGE',
  'REPORT_ATTACHMENT_IN_VERSION',
  'REPORT_VERSION_NOT_FOUND',
  'REPORT_CONSOLIDATED_NOT_FOUND',
  'REPORT_CONSOLIDATED_EMPTY',
  'REPORT_NO_PARENT_UNIT',
  'REPORT_PDF_UNAVAILABLE',
] as const;
export type ReportsErrorCode = (typeof reportsErrorCodes)[number];

// ---------- periods ----------

export const periodDto = z.object({
  id: uuid,
  planId: uuid.nullable(),
  planTitle: z.string().nullable(),
  unitId: uuid,
  /** The unit valid on the due date (huyện before 1/7/2025, đặc khu after). */
  unitName: z.string(),
  kind: z.enum(periodKinds),
  label: z.string(),
  year: z.number().int(),
  cutoffFrom: isoDate,
  cutoffTo: isoDate,
  dueDate: isoDate,
  expiresOn: isoDate,
  reopenedUntil: isoDate.nullable(),
  /** After expiry reports lock unless the focal department reopened the period. */
  locked: z.boolean(),
});
export type PeriodDto = z.infer<typeof periodDto>;

export const periodListQuery = z.strictObject({
  planId: uuid.optional(),
  unitId: uuid.optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  kind: z.enum(periodKinds).optional(),
});

const periodDates = {
  cutoffFrom: isoDate,
  cutoffTo: isoDate,
  dueDate: isoDate,
  expiresOn: isoDate.nullish(),
};
export const createPeriodInput = z.strictObject({
  planId: uuid,
  kind: z.enum(periodKinds),
  label: optionalText(200),
  year: z.number().int().min(2000).max(2100),
  ...periodDates,
});
export type CreatePeriodInput = z.infer<typeof createPeriodInput>;
export const generatePeriodsInput = z.strictObject({ planId: uuid });
export const updatePeriodInput = z
  .strictObject({ label: trimmed(200), ...periodDates, reopenedUntil: isoDate.nullable() })
  .partial();
export type UpdatePeriodInput = z.infer<typeof updatePeriodInput>;

// ---------- agency reports ----------

export const reportFigure = z.strictObject({
  label: trimmed(200),
  value: z.number().min(0).max(1_000_000_000),
  unit: optionalText(40),
});

export const reportTaskEntryInput = z.strictObject({
  taskId: uuid,
  narrative: optionalText(20000),
  figures: z.array(reportFigure).max(30).default([]),
  attachmentIds: z.array(uuid).max(20).default([]),
});

export const saveAgencyReportInput = z.strictObject({
  /** The revision the form was loaded at: a stale save answers 409 instead of overwriting. */
  revision: z.number().int().min(0),
  tasks: z.array(reportTaskEntryInput).max(300),
  difficulties: optionalText(10000),
  proposals: optionalText(10000),
  indicatorValues: z.array(indicatorValueInput).max(2000).default([]),
});
export type SaveAgencyReportInput = z.infer<typeof saveAgencyReportInput>;

export const reviewInput = z
  .strictObject({ decision: z.enum(['return', 'accept']), comment: optionalText(4000) })
  .refine((v) => v.decision === 'accept' || (v.comment ?? '').length > 0, {
    message: 'Khi trả lại báo cáo phải ghi rõ nội dung cần bổ sung, chỉnh sửa',
    path: ['comment'],
  });
export type ReviewInput = z.infer<typeof reviewInput>;

export const reportTaskDto = z.object({
  taskId: uuid,
  number: z.string(),
  content: z.string(),
  role: z.enum(['lead', 'partner']),
  /** The group through which the agency is assigned ("Các Hội, đoàn thể huyện"), if not directly. */
  via: z.string().nullable(),
  narrative: z.string().nullable(),
  figures: z.array(z.object({ label: z.string(), value: z.number(), unit: z.string().nullable() })),
  attachments: z.array(evidenceDto),
  /** What the progress updates of the period say, offered as the starting text. */
  prefill: z.object({
    narrative: z.string().nullable(),
    figures: z.array(z.object({ label: z.string(), value: z.number(), unit: z.string().nullable() })),
    status: z.string().nullable(),
  }),
});
export type ReportTaskDto = z.infer<typeof reportTaskDto>;

export const agencyReportSummaryDto = z.object({
  id: uuid,
  periodId: uuid,
  periodLabel: z.string(),
  planTitle: z.string().nullable(),
  dueDate: isoDate,
  agencyId: uuid,
  agencyName: z.string(),
  status: z.enum(reportStatuses),
  version: z.number().int(),
  firstSubmittedAt: z.string().nullable(),
  lastSubmittedAt: z.string().nullable(),
  onTime: z.boolean().nullable(),
  locked: z.boolean(),
  updatedAt: z.string(),
});
export type AgencyReportSummaryDto = z.infer<typeof agencyReportSummaryDto>;

export const agencyReportDto = agencyReportSummaryDto.extend({
  period: periodDto,
  revision: z.number().int(),
  editable: z.boolean(),
  reviewComment: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  reviewedByName: z.string().nullable(),
  tasks: z.array(reportTaskDto),
  difficulties: z.string().nullable(),
  proposals: z.string().nullable(),
  indicators: z.array(indicatorEntryDto),
});
export type AgencyReportDto = z.infer<typeof agencyReportDto>;

export const reportEvents = ['submitted', 'returned', 'accepted', 'reopened'] as const;
export const reportEventLabels: Record<(typeof reportEvents)[number], string> = {
  submitted: 'Gửi báo cáo',
  returned: 'Trả lại',
  accepted: 'Tiếp nhận',
  reopened: 'Mở lại',
};
export const reportVersionDto = z.object({
  version: z.number().int(),
  event: z.enum(reportEvents),
  comment: z.string().nullable(),
  createdAt: z.string(),
  createdByName: z.string().nullable(),
});
export type ReportVersionDto = z.infer<typeof reportVersionDto>;
export const versionParams = z.strictObject({ id: uuid, version: z.coerce.number().int().min(1).max(100000) });

/** A period as one agency sees it: what it must report and where its report stands. */
export const myReportDto = z.object({
  period: periodDto,
  agencyId: uuid,
  agencyName: z.string(),
  report: agencyReportSummaryDto.nullable(),
});
export type MyReportDto = z.infer<typeof myReportDto>;

// ---------- completeness ----------

export const completenessRowDto = z.object({
  agencyId: uuid,
  agencyName: z.string(),
  state: z.enum(completenessStates),
  reportId: uuid.nullable(),
  firstSubmittedAt: z.string().nullable(),
  onTime: z.boolean().nullable(),
  /** Agencies of the plan that were succeeded by this one before the due date. */
  standsFor: z.array(z.string()),
});
export type CompletenessRowDto = z.infer<typeof completenessRowDto>;

export const completenessCounts = z.object({
  expected: z.number().int(),
  submitted: z.number().int(),
  onTime: z.number().int(),
  late: z.number().int(),
  missing: z.number().int(),
  accepted: z.number().int(),
  returned: z.number().int(),
  /** submitted ÷ expected, never above 1: only expected agencies count. */
  rate: z.number(),
  onTimeRate: z.number(),
});
export type CompletenessCounts = z.infer<typeof completenessCounts>;

export const completenessDto = z.object({
  period: periodDto,
  counts: completenessCounts,
  agencies: z.array(completenessRowDto),
  /** Reports from agencies outside the expected list: shown, never counted. */
  unexpected: z.array(completenessRowDto),
});
export type CompletenessDto = z.infer<typeof completenessDto>;

export const remindMissingInput = z.strictObject({
  agencyIds: z.array(uuid).max(500).optional(),
  message: optionalText(1000),
});
export const remindResultDto = z.object({ agencies: z.number().int(), recipients: z.number().int() });

// ---------- consolidated reports ----------

export const consolidatedStatuses = ['draft', 'submitted', 'returned', 'accepted'] as const;
export type ConsolidatedStatus = (typeof consolidatedStatuses)[number];
export const consolidatedStatusLabels: Record<ConsolidatedStatus, string> = {
  draft: 'Dự thảo',
  submitted: 'Đã gửi cấp trên',
  returned: 'Cấp trên trả lại',
  accepted: 'Cấp trên đã tiếp nhận',
};

export const paragraphSource = z.object({
  reportId: uuid,
  /** Agency report or, at province level, the unit's consolidated report. */
  kind: z.enum(['agency', 'unit']),
  name: z.string(),
  role: z.enum(['lead', 'partner', 'unit']),
  version: z.number().int(),
  field: z.string(),
});
export const paragraphDto = z.object({
  id: z.string(),
  text: z.string(),
  source: paragraphSource.nullable(),
  edited: z.boolean(),
  /** Edited by hand and its source has changed since: regenerating keeps the edit and flags it. */
  stale: z.boolean(),
});
export type ParagraphDto = z.infer<typeof paragraphDto>;
export const sectionDto = z.object({
  key: z.string(),
  title: z.string(),
  paragraphs: z.array(paragraphDto),
});
export type SectionDto = z.infer<typeof sectionDto>;

export const signatureSchema = z.strictObject({
  authority: z.string().trim().max(20).nullable(),
  title: z.string().trim().max(120),
  name: z.string().trim().max(120).nullable(),
});

export const consolidatedDto = z.object({
  id: uuid,
  periodId: uuid,
  periodLabel: z.string(),
  level: z.enum(['unit', 'province']),
  unitId: uuid,
  unitName: z.string(),
  parentBody: z.string().nullable(),
  issuer: z.string(),
  number: z.string().nullable(),
  place: z.string().nullable(),
  reportDate: isoDate.nullable(),
  subject: z.string(),
  status: z.enum(consolidatedStatuses),
  revision: z.number().int(),
  sections: z.array(sectionDto),
  indicators: z.array(aggregatedIndicatorDto),
  missing: z.array(z.string()),
  signature: signatureSchema,
  recipients: z.array(z.string()),
  generatedAt: z.string(),
  submittedAt: z.string().nullable(),
  recipientUnitName: z.string().nullable(),
  reviewComment: z.string().nullable(),
  /** What this user may do with it now (the server still checks). */
  canEdit: z.boolean(),
  canReview: z.boolean(),
});
export type ConsolidatedDto = z.infer<typeof consolidatedDto>;

export const consolidatedSummaryDto = consolidatedDto.pick({
  id: true,
  periodId: true,
  periodLabel: true,
  level: true,
  unitId: true,
  unitName: true,
  subject: true,
  status: true,
  submittedAt: true,
  recipientUnitName: true,
});
export type ConsolidatedSummaryDto = z.infer<typeof consolidatedSummaryDto>;

export const generateConsolidatedInput = z.strictObject({
  /** keep: hand edits survive (flagged when their source changed); replace: rebuilt from the reports. */
  mode: z.enum(['keep', 'replace']).default('keep'),
});
export const generateResultDto = z.object({
  report: consolidatedDto,
  /** Paragraphs edited by hand whose source changed: shown before the user chooses "replace". */
  conflicts: z.array(z.object({ id: z.string(), section: z.string(), text: z.string() })),
});

export const updateConsolidatedInput = z.strictObject({
  revision: z.number().int().min(0),
  number: optionalText(60),
  place: optionalText(120),
  reportDate: isoDate.nullish(),
  subject: trimmed(500).optional(),
  paragraphs: z.array(z.strictObject({ id: z.string().max(80), text: z.string().trim().max(20000) })).max(2000).optional(),
  signature: signatureSchema.optional(),
  recipients: z.array(trimmed(300)).max(40).optional(),
});
export type UpdateConsolidatedInput = z.infer<typeof updateConsolidatedInput>;

export const provinceQuery = z.strictObject({
  kind: z.enum(periodKinds),
  year: z.coerce.number().int().min(2000).max(2100),
});
export const provinceUnitRowDto = z.object({
  unitId: uuid,
  unitName: z.string(),
  periodId: uuid,
  dueDate: isoDate,
  counts: completenessCounts,
  consolidated: consolidatedSummaryDto.nullable(),
  /** The unit's consolidated report reached the province by the due date. */
  onTime: z.boolean().nullable(),
});
export const provinceCompletenessDto = z.object({
  kind: z.enum(periodKinds),
  year: z.number().int(),
  units: z.array(provinceUnitRowDto),
  /** Units: how many sent their consolidated report upward. */
  counts: completenessCounts,
  /** Agencies across all units, for the province's overview. */
  agencyCounts: completenessCounts,
  provinceReport: consolidatedSummaryDto.nullable(),
});
export type ProvinceCompletenessDto = z.infer<typeof provinceCompletenessDto>;

// ---------- dashboard ----------

export const reportsDashboardQuery = z.strictObject({ periodId: uuid.optional() });
export const reportsDashboardDto = z.object({
  period: periodDto.nullable(),
  periods: z.array(periodDto),
  counts: completenessCounts.nullable(),
  late: z.array(completenessRowDto),
  missing: z.array(completenessRowDto),
  indicators: z.array(aggregatedIndicatorDto),
  consolidated: consolidatedSummaryDto.nullable(),
});
export type ReportsDashboardDto = z.infer<typeof reportsDashboardDto>;

export const provinceConsolidateInput = z.strictObject({
  kind: z.enum(periodKinds),
  year: z.number().int().min(2000).max(2100),
  mode: z.enum(['keep', 'replace']).default('keep'),
});
