import { z, isoDate, optionalText, patchOf, trimmed, uuid, workDate, year, yearQuery } from './common';
import { indicatorEntryDto, indicatorValueInput } from './indicators';
import { evidenceDto } from './plans';
import { draftIssueDto, reopenRequestDto, reportLock, reportProgressDto } from './reports-requests';

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
  'REPORT_NO_PARENT_UNIT',
  'REPORT_PDF_UNAVAILABLE',
  'REPORT_NOT_LOCKED',
  'REPORT_REOPEN_PENDING',
  'REPORT_REOPEN_NOT_FOUND',
  'REPORT_REOPEN_ANSWERED',
  'REPORT_PROGRESS_NOT_FOUND',
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
  year: yearQuery.optional(),
  kind: z.enum(periodKinds).optional(),
});

const periodDates = {
  cutoffFrom: workDate,
  cutoffTo: workDate,
  dueDate: workDate,
  expiresOn: workDate.nullish(),
};
export const createPeriodInput = z.strictObject({
  planId: uuid,
  kind: z.enum(periodKinds),
  label: optionalText(200),
  year,
  ...periodDates,
});
export type CreatePeriodInput = z.infer<typeof createPeriodInput>;
export const generatePeriodsInput = z.strictObject({ planId: uuid });
export const updatePeriodInput = patchOf(
  z.strictObject({ label: trimmed(200), ...periodDates, reopenedUntil: workDate.nullable() }).partial(),
);
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
  /** Why the agency cannot write to it (null: it can, or it is waiting for review). */
  lock: reportLock.nullable(),
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
  /** The agency's progress updates on these tasks; `offered` ones fill the prefill. */
  progress: z.array(reportProgressDto),
  /** Cells autosave kept although a rule refuses them (shown as typed; submitting is refused). */
  draftIssues: z.array(draftIssueDto),
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
export const versionParams = z.strictObject({
  id: uuid,
  version: z.coerce.number().int().min(1).max(100000),
});

/** A period as one agency sees it: what it must report and where its report stands. */
export const myReportDto = z.object({
  period: periodDto,
  agencyId: uuid,
  agencyName: z.string(),
  report: agencyReportSummaryDto.nullable(),
  lock: reportLock.nullable(),
  /** The agency's latest "Đề nghị mở lại" for this period. */
  reopenRequest: reopenRequestDto.nullable(),
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
