import { z } from './common';

// The children-list analyser's vocabulary (docs/children-import.md, "Issue codes"): the fields a
// column can be mapped to and the issue codes of a row. The import's routes are children-import-api.ts.

/** What a column of a list can hold. `stt` (row number) is recognised and ignored. */
export const importFields = [
  'fullName',
  'givenName',
  'dob',
  'sex',
  'ethnicity',
  'personalId',
  'fatherName',
  'motherName',
  'guardianName',
  'guardianRelation',
  'guardianPhone',
  'hamlet',
  'address',
  'place',
  'schooling',
  'poverty',
  'groups',
  'subtype',
  'risks',
  'notes',
  'stt',
] as const;
export const importFieldSchema = z.enum(importFields);
export type ImportField = z.infer<typeof importFieldSchema>;

/**
 * Mark columns ("x" under a header): `sex:M`, `sex:F`, `dobSex:M`/`dobSex:F` (the birth date written
 * under the Nam or Nữ column), `group:<code>`, `risk:<code>`, `poverty:ho_ngheo|ho_can_ngheo`; a further
 * column of a field a list spreads over several: `groups:2`, `risks:2`, `notes:2`.
 */
export const importMarkFieldPattern =
  /^(sex|dobSex):(M|F)$|^(group|risk):[a-z0-9_.]{1,20}$|^poverty:(ho_ngheo|ho_can_ngheo)$|^(groups|risks|notes):\d{1,2}$/;

export const importFieldKeySchema = z
  .string()
  .max(40)
  .refine((k) => (importFields as readonly string[]).includes(k) || importMarkFieldPattern.test(k), {
    message: 'Trường ghép cột không hợp lệ',
  });

/** Vietnamese names of the fields for the mapping step. */
export const importFieldLabels: Readonly<Record<ImportField, string>> = {
  fullName: 'Họ và tên trẻ em',
  givenName: 'Tên (khi họ và tên tách hai cột)',
  dob: 'Ngày sinh',
  sex: 'Giới tính',
  ethnicity: 'Dân tộc',
  personalId: 'Số định danh cá nhân',
  fatherName: 'Họ tên cha',
  motherName: 'Họ tên mẹ',
  guardianName: 'Họ tên người giám hộ / chăm sóc',
  guardianRelation: 'Quan hệ với trẻ',
  guardianPhone: 'Số điện thoại liên hệ',
  hamlet: 'Thôn/Tổ dân phố',
  address: 'Địa chỉ',
  place: 'Xã/phường (tên đơn vị)',
  schooling: 'Tình trạng đi học',
  poverty: 'Hộ nghèo/cận nghèo',
  groups: 'Nhóm hoàn cảnh đặc biệt',
  subtype: 'Đối tượng cụ thể',
  risks: 'Nguy cơ',
  notes: 'Ghi chú',
  stt: 'Số thứ tự (bỏ qua)',
};

export const importSeveritySchema = z.enum(['error', 'warning', 'fixed']);
export type ImportSeverity = z.infer<typeof importSeveritySchema>;

/** Every issue code a row can carry; which ones block a row is in docs/children-import.md. */
export const importIssueCodes = [
  'ID_MISSING',
  'ID_FORMAT',
  'ID_LEGACY_CMND',
  'ID_PROVINCE',
  'ID_SEX_CENTURY',
  'ID_BIRTH_YEAR',
  'ID_DUPLICATE',
  'DOB_MISSING',
  'DOB_INVALID',
  'DOB_FUTURE',
  'DOB_PARTIAL',
  'NOT_A_CHILD',
  'NAME_MISSING',
  'NAME_NORMALISED',
  'DATE_NORMALISED',
  'SEX_MISSING',
  'SEX_INVALID',
  'ETHNICITY_UNKNOWN',
  'ETHNICITY_NORMALISED',
  'GROUP_UNKNOWN',
  'GROUP_NORMALISED',
  'RISK_UNKNOWN',
  'VALUE_UNKNOWN',
  'PLACE_FORMER_UNIT',
  'PLACE_UNKNOWN',
  'FORMULA_VALUE',
  'ROW_SKIPPED',
] as const;
export const importIssueCodeSchema = z.enum(importIssueCodes);
export type ImportIssueCode = z.infer<typeof importIssueCodeSchema>;
