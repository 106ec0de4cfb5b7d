import { t, type MessageKey } from '../../../lib/i18n';

/** The fields a column can feed (B1's mapping vocabulary in contracts children-import.ts). */
export const IMPORT_FIELDS = [
  'fullName',
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
export type ImportField = (typeof IMPORT_FIELDS)[number];

export const fieldLabel = (field: string): string =>
  (IMPORT_FIELDS as readonly string[]).includes(field)
    ? t(`children.importField.${field as ImportField}` as MessageKey)
    : field;
