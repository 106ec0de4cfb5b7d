import { z, optionalText, patchOf, text, trimmed, uuid, year, yearQuery } from './common';
import { indicatorDirections } from './indicator-direction';

/**
 * How an indicator's values combine over agencies, units and periods (DHIS2's aggregation types):
 * flows add up; stocks (children in special circumstances at period end) take the latest value;
 * rates are never entered, they are computed from a numerator and a denominator indicator.
 */
export const aggregationTypes = ['sum', 'last', 'ratio'] as const;
export type AggregationType = (typeof aggregationTypes)[number];
export const aggregationLabels: Record<AggregationType, string> = {
  sum: 'Cộng dồn (chỉ tiêu thời kỳ)',
  last: 'Giá trị cuối kỳ (chỉ tiêu thời điểm)',
  ratio: 'Tỷ lệ (tính từ tử số và mẫu số)',
};

export const indicatorsErrorCodes = [
  'INDICATOR_NOT_FOUND',
  'INDICATOR_CODE_TAKEN',
  'INDICATOR_CATALOGUE_NATIONAL',
  'INDICATOR_VALUE_INVALID',
  'INDICATOR_NOT_ASSIGNED',
  'INDICATOR_RATIO_NOT_ENTERED',
] as const;
export type IndicatorsErrorCode = (typeof indicatorsErrorCodes)[number];

const key = text().regex(/^[a-z0-9_-]{1,30}$/, 'Mã chỉ gồm chữ thường không dấu, số, gạch dưới, gạch ngang');

/** A disaggregation (phân tổ): sex, age group, environment of abuse… with its options. */
export const dimensionSchema = z.strictObject({
  key,
  label: trimmed(100),
  options: z
    .array(z.strictObject({ key, label: trimmed(100) }))
    .min(2)
    .max(20),
});
export type Dimension = z.infer<typeof dimensionSchema>;

const indicatorFields = {
  code: text()
    .trim()
    .regex(/^[0-9A-Za-z.]{2,12}$/, 'Mã chỉ tiêu gồm 2–12 chữ số hoặc chữ cái'),
  name: trimmed(400),
  group: trimmed(120),
  unit: trimmed(40),
  aggregation: z.enum(aggregationTypes),
  /** Which way is better; a new indicator without one is 'higher'. */
  direction: z.enum(indicatorDirections).optional(),
  dimensions: z.array(dimensionSchema).max(4),
  /** This indicator counts a part of another one (e.g. "được trợ giúp" ≤ "có hoàn cảnh đặc biệt"). */
  partOfCode: text().trim().max(12).nullish(),
  numeratorCode: text().trim().max(12).nullish(),
  denominatorCode: text().trim().max(12).nullish(),
  factor: z.number().int().min(1).max(100000).nullish(),
  min: z.number().int().min(0).nullish(),
  max: z.number().int().min(0).nullish(),
  definition: optionalText(2000),
  source: optionalText(300),
  leadBody: optionalText(200),
  legalBasis: optionalText(200),
};

export const createIndicatorInput = z.strictObject(indicatorFields);
export type CreateIndicatorInput = z.infer<typeof createIndicatorInput>;
export const updateIndicatorInput = patchOf(
  z
    .strictObject({ ...indicatorFields, active: z.boolean() })
    .omit({ code: true })
    .partial(),
);
export type UpdateIndicatorInput = z.infer<typeof updateIndicatorInput>;

export const indicatorDto = z.object({
  id: uuid,
  code: z.string(),
  name: z.string(),
  group: z.string(),
  unit: z.string(),
  aggregation: z.enum(aggregationTypes),
  direction: z.enum(indicatorDirections),
  dimensions: z.array(dimensionSchema),
  partOfCode: z.string().nullable(),
  numeratorCode: z.string().nullable(),
  denominatorCode: z.string().nullable(),
  factor: z.number().nullable(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  definition: z.string().nullable(),
  source: z.string().nullable(),
  leadBody: z.string().nullable(),
  legalBasis: z.string().nullable(),
  active: z.boolean(),
});
export type IndicatorDto = z.infer<typeof indicatorDto>;

export const indicatorListQuery = z.strictObject({
  q: text().trim().max(100).optional(),
  includeInactive: z.enum(['true', 'false']).optional(),
});

/**
 * One cell: the total (no disaggregation) or one option of one dimension ("sex=nu").
 * Disaggregations are one-way: sex and age group are separate breakdowns of the same total.
 */
export const disaggKey = text().regex(/^$|^[a-z0-9_-]{1,30}=[a-z0-9_-]{1,30}$/, 'Phân tổ không hợp lệ');

/** The `path` of a value issue (INDICATOR_VALUE_INVALID details), so a form can mark the cell. */
export function indicatorCellPath(indicatorId: string, disagg: string): string {
  return `values.${indicatorId}.${disagg || 'total'}`;
}

export const indicatorValueInput = z.strictObject({
  indicatorId: uuid,
  disagg: disaggKey,
  /** Whole numbers only; null means "no data". On submission a missing total needs a comment (on the total cell). */
  value: z.number().int().min(0).max(100_000_000).nullable(),
  comment: optionalText(1000),
  /** Why a figure differs from the register of children's (required then); one per indicator is enough. */
  overrideReason: optionalText(1000),
});
export type IndicatorValueInput = z.infer<typeof indicatorValueInput>;

export const indicatorCellDto = z.object({
  disagg: z.string(),
  label: z.string(),
  value: z.number().nullable(),
  comment: z.string().nullable(),
});
export type IndicatorCellDto = z.infer<typeof indicatorCellDto>;

/** The register of children's live figures for an indicator (DP.0101, DP.0301, DP.0304), offered pre-filled. */
export const registerFiguresDto = z.object({
  /** "Sổ theo dõi trẻ em, tính đến dd/mm/yyyy". */
  source: z.string(),
  date: z.string(),
  /** disagg → the register's figure; null where the register cannot give that cell. */
  cells: z.record(z.string(), z.number().nullable()),
});
export type RegisterFiguresDto = z.infer<typeof registerFiguresDto>;

/** An indicator with the cells one agency reports for one period. */
export const indicatorEntryDto = z.object({
  indicator: indicatorDto,
  cells: z.array(indicatorCellDto),
  /** For indicators the register computes: its figures (empty cells of an open report start from them). */
  register: registerFiguresDto.nullable().optional(),
  /** The stored reason why the agency's figures differ from the register's. */
  overrideReason: z.string().nullable().optional(),
});
export type IndicatorEntryDto = z.infer<typeof indicatorEntryDto>;

/** Which agency reports which indicator in a unit (kept per locality). */
export const assignmentQuery = z.strictObject({ unitId: uuid });
export const indicatorAssignmentDto = z.object({
  indicatorId: uuid,
  code: z.string(),
  name: z.string(),
  agencyId: uuid,
  agencyName: z.string(),
});
export type IndicatorAssignmentDto = z.infer<typeof indicatorAssignmentDto>;
export const setAssignmentsInput = z.strictObject({
  unitId: uuid,
  assignments: z.array(z.strictObject({ indicatorId: uuid, agencyId: uuid })).max(2000),
});

export const targetQuery = z.strictObject({
  unitId: uuid,
  year: yearQuery,
});
export const indicatorTargetDto = z.object({ indicatorId: uuid, code: z.string(), value: z.number() });
export type IndicatorTargetDto = z.infer<typeof indicatorTargetDto>;
export const setTargetsInput = z.strictObject({
  unitId: uuid,
  year,
  targets: z.array(z.strictObject({ indicatorId: uuid, value: z.number().min(0).max(100_000_000) })).max(500),
});

/** An aggregated value (agency reports → unit, units → province) beside the last period and the target. */
export const aggregatedIndicatorDto = z.object({
  indicatorId: uuid,
  code: z.string(),
  name: z.string(),
  unit: z.string(),
  aggregation: z.enum(aggregationTypes),
  /** Absent in consolidated reports frozen before directions existed. */
  direction: z.enum(indicatorDirections).optional(),
  cells: z.array(z.object({ disagg: z.string(), label: z.string(), value: z.number().nullable() })),
  total: z.number().nullable(),
  previous: z.number().nullable(),
  target: z.number().nullable(),
  /** Agencies or units whose value is missing (with their comment). */
  missing: z.array(z.object({ name: z.string(), comment: z.string().nullable() })),
  /** For indicators the register computes: its figures; `filled` cells had no reported value and show them. */
  register: registerFiguresDto
    .extend({ filled: z.array(z.string()) })
    .nullable()
    .optional(),
});
export type AggregatedIndicatorDto = z.infer<typeof aggregatedIndicatorDto>;
