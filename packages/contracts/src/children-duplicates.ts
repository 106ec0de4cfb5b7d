import { z, isoDate, optionalText, trimmed, uuid } from './common';
import { dobPrecisionSchema, sexSchema } from './children';

// Duplicates in the register (docs/children.md, "Duplicates"): the forced search before a child is
// added, the review queue, merge with field-by-field choices and undo, and "not the same child".
// Names and personal IDs travel in POST bodies only; URLs carry ids.

export const childrenDuplicatesErrorCodes = [
  'CHILD_DUPLICATE_NOT_FOUND',
  'CHILD_DUPLICATE_STALE',
  'CHILD_MERGE_NOT_FOUND',
  'CHILD_MERGE_UNDO_STALE',
  'CHILD_MERGE_CHOICE_INVALID',
  'CHILD_SCAN_UNIT_NOT_FOUND',
] as const;
export type ChildrenDuplicatesErrorCode = (typeof childrenDuplicatesErrorCodes)[number];

/** ≥ 0.92 "rất có thể trùng"; 0.80–0.92 "cần xem xét" (docs/children.md, Duplicates; a design of ours). */
export const matchBands = ['very_likely', 'review'] as const;
export type MatchBand = (typeof matchBands)[number];
export const matchBandLabels: Record<MatchBand, string> = {
  very_likely: 'Rất có thể trùng',
  review: 'Cần xem xét',
};

/** What agreed or disagreed between two records, as codes; labels for the review screen. */
export const matchReasonLabels: Record<string, string> = {
  same_id: 'Trùng số định danh cá nhân',
  name_exact: 'Họ tên giống hệt (bỏ dấu)',
  name_similar: 'Họ tên gần giống',
  name_differs: 'Họ tên khác',
  dob_exact: 'Cùng ngày sinh',
  dob_one_day: 'Ngày sinh lệch một ngày',
  dob_day_month_swapped: 'Ngày sinh đảo ngày và tháng',
  dob_same_month: 'Cùng tháng, năm sinh',
  dob_same_year: 'Cùng năm sinh',
  dob_month_only: 'Cùng tháng, năm sinh (một bên chỉ có tháng)',
  dob_year_only: 'Cùng năm sinh (một bên chỉ có năm)',
  dob_year_near: 'Năm sinh ước tính lệch một năm',
  dob_year_typo: 'Cùng ngày, tháng; năm sinh lệch một năm',
  dob_differs: 'Ngày sinh khác',
  sex_same: 'Cùng giới tính',
  sex_differs: 'Khác giới tính',
  parents_same: 'Cùng tên cha mẹ',
  parents_similar: 'Tên cha mẹ gần giống',
  parents_differ: 'Tên cha mẹ khác',
  guardian_same: 'Cùng tên người chăm sóc',
  same_hamlet: 'Cùng thôn',
  same_unit: 'Cùng xã',
  id_differs: 'Số định danh khác nhau',
  twins: 'Có thể là trẻ sinh đôi (cùng cha mẹ, cùng ngày sinh, khác tên)',
};

/** A child about to be added (or a row of a list): what the forced search compares. */
export const childMatchDraft = z.strictObject({
  fullName: trimmed(120),
  dob: isoDate.nullish(),
  dobPrecision: dobPrecisionSchema.default('day'),
  sex: sexSchema.nullish(),
  personalId: optionalText(20),
  fatherName: optionalText(120),
  motherName: optionalText(120),
  unitId: uuid.nullish(),
  hamlet: optionalText(120),
});
export type ChildMatchDraft = z.input<typeof childMatchDraft>;

export const childMatchCandidateDto = z.object({
  id: uuid,
  fullName: z.string(),
  dob: z.string().nullable(),
  dobPrecision: z.string(),
  sex: z.string().nullable(),
  unitId: uuid,
  unitName: z.string(),
  hamlet: z.string().nullable(),
  score: z.number(),
  kind: z.enum(['same_id', 'probable']),
  band: z.enum(matchBands),
  reasons: z.array(z.string()),
});
export type ChildMatchCandidateDto = z.infer<typeof childMatchCandidateDto>;
export const childMatchResultDto = z.object({
  candidates: z.array(childMatchCandidateDto),
  /** Children that look alike but are twins of the draft (same parents and birth date): a hint only. */
  twins: z.array(z.object({ id: uuid, fullName: z.string() })),
});
export type ChildMatchResultDto = z.infer<typeof childMatchResultDto>;

const pairChild = z.object({
  id: uuid,
  fullName: z.string(),
  dob: z.string().nullable(),
  dobPrecision: z.string(),
});

export const duplicatePairDto = z.object({
  id: uuid,
  score: z.number(),
  kind: z.enum(['same_id', 'probable']),
  band: z.enum(matchBands).nullable(),
  reasons: z.array(z.string()),
  status: z.enum(['pending', 'same', 'different']),
  a: pairChild,
  b: pairChild,
});
export type DuplicatePairDto = z.infer<typeof duplicatePairDto>;
export const duplicatePairListDto = z.object({ items: z.array(duplicatePairDto) });

/** One side of the review screen: the fields a merge chooses between, and what would move. */
export const duplicatePairSideDto = z.object({
  id: uuid,
  version: z.number().int(),
  fullName: z.string(),
  dob: z.string().nullable(),
  dobPrecision: z.string(),
  sex: z.string().nullable(),
  ethnicityCode: z.string().nullable(),
  nationality: z.string(),
  personalId: z.string().nullable(),
  idVerification: z.string(),
  unitId: uuid,
  unitName: z.string(),
  hamlet: z.string().nullable(),
  address: z.string().nullable(),
  schooling: z.string().nullable(),
  notes: z.string().nullable(),
  guardians: z.array(z.string()),
  groups: z.array(z.string()),
  createdAt: z.string(),
});
export type DuplicatePairSideDto = z.infer<typeof duplicatePairSideDto>;
export const duplicatePairDetailDto = duplicatePairDto.extend({
  left: duplicatePairSideDto,
  right: duplicatePairSideDto,
});
export type DuplicatePairDetailDto = z.infer<typeof duplicatePairDetailDto>;

/** Fields a merge takes from one record or the other (dob brings its precision, the ID its state). */
export const mergeFields = [
  'fullName',
  'dob',
  'sex',
  'ethnicityCode',
  'nationality',
  'personalId',
  'schooling',
  'notes',
] as const;
export type MergeField = (typeof mergeFields)[number];

export const mergeInput = z.strictObject({
  survivorId: uuid,
  /** Field → the id of the record (survivor or merged) whose value is kept; unnamed fields keep the survivor's. */
  fields: z.partialRecord(z.enum(mergeFields), uuid).default({}),
});
export type MergeInput = z.input<typeof mergeInput>;
export const mergeResultDto = z.object({ mergeId: uuid, survivorId: uuid, mergedId: uuid });
export type MergeResultDto = z.infer<typeof mergeResultDto>;
export const undoResultDto = z.object({ mergeId: uuid, survivorId: uuid, mergedId: uuid });

export const duplicateScanInput = z.strictObject({ unitId: uuid });
export const duplicateScanResultDto = z.object({ found: z.number().int(), pending: z.number().int() });
export type DuplicateScanResultDto = z.infer<typeof duplicateScanResultDto>;
