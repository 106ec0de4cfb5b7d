import { z, isoDate, optionalText, text, trimmed, uuid, workDate, year, yearQuery } from './common';
import { aggregatedIndicatorDto } from './indicators';
import { completenessCounts, completenessRowDto, periodDto, periodKinds } from './reports';

// The consolidated report, its way up to the province, and the reports dashboard.

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
  authority: text().trim().max(20).nullable(),
  title: text().trim().max(120),
  name: text().trim().max(120).nullable(),
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
  reportDate: workDate.nullish(),
  subject: trimmed(500).optional(),
  paragraphs: z
    .array(z.strictObject({ id: text().max(80), text: text().trim().max(20000) }))
    .max(2000)
    .optional(),
  signature: signatureSchema.optional(),
  recipients: z.array(trimmed(300)).max(40).optional(),
});
export type UpdateConsolidatedInput = z.infer<typeof updateConsolidatedInput>;

export const provinceQuery = z.strictObject({
  kind: z.enum(periodKinds),
  year: yearQuery,
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
  year,
  mode: z.enum(['keep', 'replace']).default('keep'),
});
