import { z } from './common';

// The register of children (docs/children.md). Sub-areas keep their own contracts files:
// children-list.ts, children-import.ts, children-duplicates.ts, children-campaigns.ts, children-counts.ts.

export const childrenErrorCodes = [
  'CHILD_NOT_FOUND',
  'CHILD_VERSION_CONFLICT',
  'CHILD_ID_INVALID',
  'CHILD_ID_DUPLICATE',
  'CHILD_UNIT_OUT_OF_SCOPE',
  'CHILD_UNIT_NOT_VALID',
  'CHILD_CODE_UNKNOWN',
  'CHILD_SUBTYPE_MISMATCH',
  'CHILD_DATE_ORDER',
  'CHILD_MOVE_DATE_INVALID',
  'CHILD_CONSENT_CHILD_REQUIRED',
  'CHILD_SUBRECORD_NOT_FOUND',
] as const;
export type ChildrenErrorCode = (typeof childrenErrorCodes)[number];

export const sexSchema = z.enum(['M', 'F']);
export type Sex = z.infer<typeof sexSchema>;

// ---- Code lists (docs/children.md, "Code lists") ----

export const codeListNames = [
  'ethnicity',
  'circumstance_group',
  'circumstance_subtype',
  'risk',
  'relation',
  'id_verification',
  'consent_purpose',
  'consent_method',
  'access_purpose',
  'schooling',
  'dob_precision',
  'residence_kind',
] as const;
export const codeListNameSchema = z.enum(codeListNames);
export type CodeListName = z.infer<typeof codeListNameSchema>;
/** The spec's mark on a fact: read in a source, partly, from memory, or our own design. */
export type CodeCertainty = 'confirmed' | 'partly' | 'unconfirmed' | 'design';

export const codeItemDto = z.object({
  code: z.string(),
  label: z.string(),
  aliases: z.array(z.string()),
  parentCode: z.string().nullable(),
  legalBasis: z.string().nullable(),
  certainty: z.string(),
  sort: z.number().int(),
  active: z.boolean(),
});
export type CodeItemDto = z.infer<typeof codeItemDto>;
export const codeListsDto = z.record(z.string(), z.array(codeItemDto));
export type CodeListsDto = z.infer<typeof codeListsDto>;

export const dobPrecisionSchema = z.enum(['day', 'month', 'year', 'estimated']);
export type DobPrecision = z.infer<typeof dobPrecisionSchema>;

/** Consent purposes that publish or disclose a child's private life: the child consents too from age 7. */
export const disclosurePurposes: readonly string[] = ['truyen_thong', 'cong_bo', 'chia_se_to_chuc'];
/** Law 91/2025 Art. 24: the age from which the child's own consent is needed for disclosure. */
export const CHILD_CONSENT_AGE = 7;
/** Luật Trẻ em Art. 1: a child is a person under 16. */
export const CHILD_AGE_LIMIT = 16;
