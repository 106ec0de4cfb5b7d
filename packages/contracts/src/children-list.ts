import { z, isoDate, text, uuid } from './common';
import { sexSchema } from './children';

// The register list, search and export (docs/children.md, "List, search and export"). Searches are
// POST so that no name or personal ID ever lands in a URL, a proxy log or the browser history.

export const childrenListErrorCodes = [
  'CHILD_LIST_UNIT_NOT_FOUND',
  'CHILD_LIST_FILTER_FORBIDDEN',
  'CHILD_EXPORT_TOO_LARGE',
] as const;
export type ChildrenListErrorCode = (typeof childrenListErrorCodes)[number];

/** Age bands of spec §2.4 ([from, to) years on the as-of date), "16+" and "unknown" (no date of birth). */
export const childAgeBands = ['0-3', '3-6', '6-11', '11-16', '16+', 'unknown'] as const;
export type ChildAgeBand = (typeof childAgeBands)[number];
export const childAgeBandLabels: Record<ChildAgeBand, string> = {
  '0-3': 'Dưới 3 tuổi',
  '3-6': 'Từ 3 đến dưới 6 tuổi',
  '6-11': 'Từ 6 đến dưới 11 tuổi',
  '11-16': 'Từ 11 đến dưới 16 tuổi',
  '16+': 'Từ 16 tuổi trở lên (không còn là trẻ em)',
  unknown: 'Chưa rõ ngày sinh',
};

/** "No personal ID" or "an ID that fails the checks" (format, legacy CMND, sex/century, birth year). */
export const childIdProblems = ['missing', 'invalid'] as const;
export type ChildIdProblem = (typeof childIdProblems)[number];

/** A code of one of the register's code lists (ethnicity "08", group "a", sub-type "3.1", "chua_co"). */
const code = text().regex(/^[a-z0-9_.]{1,40}$/, 'Mã không hợp lệ');
/** A group or risk filter: one code, or "*" for any. */
const codeOrAny = z.union([z.literal('*'), code]);

/**
 * Filters shared by the list and the export. Without `ageBand` the list holds the children (under 16
 * on `asOf`, and those whose date of birth is unknown). Roles that may only list (masked names) may
 * filter by unit, age band and sex; the other filters and `q` need children.read.
 */
export const childFilters = z.strictObject({
  /** The unit and everything under it, predecessors through successions included. */
  unitId: uuid.optional(),
  hamlet: text().trim().min(1).max(120).optional(),
  /** Special-circumstance group (Luật Trẻ em Art. 10 letter) in force on asOf; "*" = any group. */
  group: codeOrAny.optional(),
  /** Risk code in force on asOf; "*" = any risk. */
  risk: codeOrAny.optional(),
  ageBand: z.enum(childAgeBands).optional(),
  sex: sexSchema.optional(),
  ethnicity: code.optional(),
  /** State of the personal ID's verification (code list id_verification). */
  idVerification: code.optional(),
  idProblem: z.enum(childIdProblems).optional(),
  /** A name without diacritics, a personal ID (digits), or a parent's or guardian's name. */
  q: text().trim().min(2).max(120).optional(),
  /** Ages are computed on this date (default today in Vietnam). */
  asOf: isoDate.optional(),
});
export type ChildFilters = z.infer<typeof childFilters>;

/** Keyset cursor: "<province id>:<child id>" of the last row of the previous page, never a name. */
const cursor = text()
  .regex(/^[0-9a-f-]{36}:[0-9a-f-]{36}$/i, 'Con trỏ trang không hợp lệ')
  .transform((s) => {
    const [provinceId, id] = s.split(':') as [string, string];
    return { provinceId, id };
  })
  .pipe(z.object({ provinceId: uuid, id: uuid }));

export const childSearchInput = childFilters.extend({
  cursor: cursor.optional(),
  limit: z.number().int().min(1).max(100).default(50),
});
export type ChildSearchInput = z.input<typeof childSearchInput>;

const unitRef = z.object({ id: uuid, name: z.string() });

/** A row for roles with children.read. Ethnicity is sensitive (NĐ 356/2025): shown, never searchable by them without the right. */
export const childListItemDto = z.object({
  id: uuid,
  fullName: z.string(),
  dob: z.string().nullable(),
  dobPrecision: z.string(),
  /** Whole years on asOf; null without a date of birth. */
  age: z.number().int().nullable(),
  sex: sexSchema.nullable(),
  ethnicityCode: z.string().nullable(),
  personalId: z.string().nullable(),
  idVerification: z.string(),
  idProblem: z.enum(childIdProblems).nullable(),
  unit: unitRef,
  hamlet: z.string().nullable(),
  address: z.string().nullable(),
  /** Group codes and risk codes in force on asOf. */
  groups: z.array(z.string()),
  risks: z.array(z.string()),
  /** Parents and guardians, as "Mẹ: Nguyễn Thị B" (at most three). */
  guardians: z.array(z.object({ relation: z.string(), fullName: z.string() })),
});
export type ChildListItemDto = z.infer<typeof childListItemDto>;

/** A row for list-only roles: initials and birth year ("N*** V*** A.", 2015), no ID, address or ethnicity. */
export const childMaskedItemDto = z.object({
  id: uuid,
  maskedName: z.string(),
  birthYear: z.number().int().nullable(),
  sex: sexSchema.nullable(),
  unit: unitRef,
});
export type ChildMaskedItemDto = z.infer<typeof childMaskedItemDto>;

const pageMeta = {
  asOf: isoDate,
  /** Rows matching the filters, counted on the first page only (null on later pages), up to totalCap. */
  total: z.number().int().nullable(),
  /** True when there are more than `total` rows (the count stops at TOTAL_CAP). */
  totalCapped: z.boolean(),
  /** Pass back as `cursor` for the next page; null on the last page. */
  nextCursor: z.string().nullable(),
};

export const childSearchResultDto = z.discriminatedUnion('masked', [
  z.object({ masked: z.literal(false), items: z.array(childListItemDto), ...pageMeta }),
  z.object({ masked: z.literal(true), items: z.array(childMaskedItemDto), ...pageMeta }),
]);
export type ChildSearchResultDto = z.infer<typeof childSearchResultDto>;

/** Columns an export may hold; ethnicity only when asked for (it is sensitive data). */
export const childExportFields = [
  'fullName',
  'dob',
  'sex',
  'ethnicity',
  'personalId',
  'idVerification',
  'unit',
  'hamlet',
  'address',
  'guardians',
  'groups',
  'risks',
] as const;
export type ChildExportField = (typeof childExportFields)[number];
export const childExportFieldLabels: Record<ChildExportField, string> = {
  fullName: 'Họ và tên',
  dob: 'Ngày sinh',
  sex: 'Giới tính',
  ethnicity: 'Dân tộc',
  personalId: 'Số định danh cá nhân',
  idVerification: 'Tình trạng xác thực',
  unit: 'Đơn vị',
  hamlet: 'Thôn/Tổ dân phố',
  address: 'Địa chỉ',
  guardians: 'Cha, mẹ, người giám hộ',
  groups: 'Nhóm hoàn cảnh đặc biệt',
  risks: 'Nguy cơ',
};
export const defaultChildExportFields: ChildExportField[] = [
  'fullName',
  'dob',
  'sex',
  'unit',
  'hamlet',
  'guardians',
  'groups',
];
/** The most rows one export may hold: narrow the filters (a unit, a group) for more. */
export const CHILD_EXPORT_MAX_ROWS = 20_000;

export const childExportInput = childFilters.extend({
  /** Why the data leaves the system; written into the file and the audit log. */
  reason: text().trim().min(10, 'Lý do xuất cần ít nhất 10 ký tự').max(500),
  fields: z
    .array(z.enum(childExportFields))
    .min(1)
    .max(childExportFields.length)
    .default(defaultChildExportFields),
});
export type ChildExportInput = z.input<typeof childExportInput>;

/**
 * "Nguyễn Văn An" → "N*** V*** A.": each word's first letter, the last one closed by a dot, so a
 * list-only role can tell rows apart without reading a name (spec §5.2.4).
 */
export function maskChildName(fullName: string): string {
  const words = fullName.normalize('NFC').trim().split(/\s+/).filter(Boolean);
  return words
    .map((w, i) => {
      const first = [...w][0]!.toLocaleUpperCase('vi');
      return i === words.length - 1 ? `${first}.` : `${first}***`;
    })
    .join(' ');
}
