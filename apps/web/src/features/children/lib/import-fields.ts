import { importFields, type ImportField } from '@vte/contracts';
import { t, type MessageKey } from '../../../lib/i18n';

/** The fields a column can feed: the analyser's own list, from contracts (never a copy). */
export const IMPORT_FIELDS = importFields;

export const fieldLabel = (field: string): string =>
  (IMPORT_FIELDS as readonly string[]).includes(field)
    ? t(`children.importField.${field as ImportField}` as MessageKey)
    : field;
