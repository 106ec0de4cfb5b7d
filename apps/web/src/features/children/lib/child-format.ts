import { formatDate } from '../../../lib/format';
import { t } from '../../../lib/i18n';

type CodeLists = Map<string, { code: string; label: string }[]> | undefined;

/** A code's label from its list, or the code itself while the lists load (or for a retired code). */
export function codeLabel(codes: CodeLists, list: string, code: string | null | undefined): string {
  if (!code) return '';
  return codes?.get(list)?.find((item) => item.code === code)?.label ?? code;
}

export const sexLabel = (sex: string | null | undefined): string =>
  sex === 'M' ? t('children.sex.M') : sex === 'F' ? t('children.sex.F') : '';

/** A date of birth as precise as it is known: 12/03/2015, 03/2015, "2015" — never a made-up day. */
export function dobLabel(dob: string | null | undefined, precision: string | null | undefined): string {
  if (!dob) return '';
  const [year, month] = dob.split('-');
  if (precision === 'year') return year ?? '';
  if (precision === 'month') return `${month}/${year}`;
  if (precision === 'estimated') return t('children.dob.estimated', { year: year ?? '' });
  return formatDate(dob);
}

/** The list's birth column: the date (or the birth year alone for masked rows) and the age. */
export function birthLabel(row: {
  dob: string | null;
  dobPrecision: string;
  birthYear: number | null;
  age: number | null;
}): string {
  const date = row.dob ? dobLabel(row.dob, row.dobPrecision) : row.birthYear ? String(row.birthYear) : '';
  return row.age != null ? `${date} (${t('children.age', { age: row.age })})` : date;
}
