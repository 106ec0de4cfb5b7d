import { isoDate, pageQuery, text, uuid, z } from './common';

// The Excel import's routes (docs/children-import.md, "Workflow"): upload → preview (nothing saved to
// the register) → mapping → decisions on probable matches → run as a background job → rejects workbook.
// The analyser's own vocabulary (issue codes, mapping fields) lives in children-import.ts.

export const childrenImportApiErrorCodes = [
  'CHILD_IMPORT_NOT_FOUND',
  'CHILD_IMPORT_TOO_LARGE',
  'CHILD_IMPORT_WRONG_TYPE',
  'CHILD_IMPORT_UNREADABLE',
  'CHILD_IMPORT_ENCRYPTED',
  'CHILD_IMPORT_NO_HEADER',
  'CHILD_IMPORT_TOO_MANY_ROWS',
  'CHILD_IMPORT_TOO_COMPLEX',
  'CHILD_IMPORT_SAME_FILE',
  'CHILD_IMPORT_STATE',
  'CHILD_IMPORT_MAPPING_INVALID',
  'CHILD_IMPORT_DECISION_INVALID',
  'CHILD_IMPORT_NO_REJECTS',
  'CHILD_IMPORT_UNIT_INVALID',
] as const;
export type ChildrenImportApiErrorCode = (typeof childrenImportApiErrorCodes)[number];

export const childImportStatuses = ['previewed', 'queued', 'running', 'done', 'failed'] as const;
export type ChildImportStatus = (typeof childImportStatuses)[number];

export const childImportSeverity = z.enum(['error', 'warning', 'fixed']);

export const childImportIssueDto = z.object({
  row: z.number().int(),
  column: z.string(),
  code: z.string(),
  severity: childImportSeverity,
  message: z.string(),
});
export type ChildImportIssueDto = z.infer<typeof childImportIssueDto>;

export const childImportDuplicateDto = z.object({
  rows: z.array(z.number().int()),
  kind: z.enum(['same_id', 'probable']),
  score: z.number(),
});

/** A row of the file that matches a child already in the register (shown for the user's decision). */
export const childImportMatchDto = z.object({
  row: z.number().int(),
  kind: z.enum(['same_id', 'probable']),
  score: z.number(),
  reasons: z.array(z.string()),
  child: z.object({
    id: uuid,
    fullName: z.string(),
    dob: z.string().nullable(),
    dobPrecision: z.string(),
    sex: z.string().nullable(),
    hamlet: z.string().nullable(),
  }),
});
export type ChildImportMatchDto = z.infer<typeof childImportMatchDto>;

export const childImportDecision = z.strictObject({
  row: z.number().int().min(1).max(1_000_000),
  // new: add as a new child; update: the row is this register child; skip: leave the row out.
  action: z.enum(['new', 'update', 'skip']),
  childId: uuid.optional(),
});
export type ChildImportDecision = z.infer<typeof childImportDecision>;

export const childImportCounts = z.object({
  rows: z.number().int(),
  children: z.number().int(),
  valid: z.number().int(),
  errorRows: z.number().int(),
  warningRows: z.number().int(),
  skipped: z.number().int(),
  duplicates: z.number().int(),
  matches: z.number().int(),
});

/** What the run did (status done). */
export const childImportResult = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  rejected: z.number().int(),
  skipped: z.number().int(),
});
export type ChildImportResult = z.infer<typeof childImportResult>;

export const childImportColumn = z.object({ index: z.number().int(), header: z.string() });

export const childImportDto = z.object({
  id: uuid,
  unitId: uuid,
  unitName: z.string(),
  asOf: z.string(),
  fileName: z.string(),
  status: z.enum(childImportStatuses),
  progress: z.number().int(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
  columns: z.array(childImportColumn),
  /** Field → header text of the chosen column (absent = not mapped). */
  mapping: z.record(z.string(), z.string()),
  counts: childImportCounts,
  /** The first issues in row order; the rest through GET /:id/issues. */
  issues: z.array(childImportIssueDto),
  issuesTotal: z.number().int(),
  issueCounts: z.array(
    z.object({ code: z.string(), severity: childImportSeverity, count: z.number().int() }),
  ),
  duplicates: z.array(childImportDuplicateDto),
  matches: z.array(childImportMatchDto),
  decisions: z.array(childImportDecision),
  result: childImportResult.nullable(),
  hasRejects: z.boolean(),
  error: z.string().nullable(),
});
export type ChildImportDto = z.infer<typeof childImportDto>;

export const childImportSummaryDto = childImportDto.pick({
  id: true,
  unitId: true,
  unitName: true,
  asOf: true,
  fileName: true,
  status: true,
  progress: true,
  createdAt: true,
  finishedAt: true,
  result: true,
});

export const childImportListQuery = z.strictObject({ unitId: uuid.optional() });

/** Upload form fields beside the file (multipart). */
export const childImportUploadFields = z.strictObject({ unitId: uuid, asOf: isoDate });

export const childImportMappingInput = z.strictObject({
  mapping: z.record(text().max(40), text().max(200)),
});

export const childImportRunInput = z.strictObject({
  decisions: z.array(childImportDecision).max(200_000).default([]),
});

export const childImportIssuesQuery = pageQuery.extend({
  code: text()
    .regex(/^[A-Z_]{2,40}$/)
    .optional(),
  severity: childImportSeverity.optional(),
});
