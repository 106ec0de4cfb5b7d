import dayjs, { type Dayjs } from 'dayjs';
import { locale, t } from './i18n';

/** All dates are shown as civil servants read them: dd/mm/yyyy, Vietnam time. */
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';
export const DATE_FORMAT = 'DD/MM/YYYY';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const dateTimeParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

function partsOf(date: Date): Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', string> {
  const out = { year: '', month: '', day: '', hour: '', minute: '', second: '' };
  for (const part of dateTimeParts.formatToParts(date)) {
    if (part.type in out) out[part.type as keyof typeof out] = part.value;
  }
  return out;
}

/** `2025-07-01` → `01/07/2025`; a timestamp is first moved to Vietnam time. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  const match = ISO_DATE.exec(value);
  if (match) return `${match[3]}/${match[2]}/${match[1]}`;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const p = partsOf(date);
  return `${p.day}/${p.month}/${p.year}`;
}

/** A timestamp as `dd/mm/yyyy HH:mm` (with seconds when asked) in Vietnam time. */
export function formatDateTime(value: string | null | undefined, withSeconds = false): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const p = partsOf(date);
  const time = withSeconds ? `${p.hour}:${p.minute}:${p.second}` : `${p.hour}:${p.minute}`;
  return `${p.day}/${p.month}/${p.year} ${time}`;
}

/** `01/07/2025 – nay`, `01/01/2020 – 30/06/2025`. */
export function formatValidity(from: string, to: string | null | undefined): string {
  return `${formatDate(from)} – ${to ? formatDate(to) : t('common.present')}`;
}

/** Today's calendar date in Vietnam as `YYYY-MM-DD`, whatever the device's time zone. */
export function todayIso(): string {
  const p = partsOf(new Date());
  return `${p.year}-${p.month}-${p.day}`;
}

/** The day before an ISO date (`2025-07-01` → `2025-06-30`). */
export function previousDay(iso: string): string {
  return dayjs(iso).subtract(1, 'day').format('YYYY-MM-DD');
}

export const toDayjs = (iso: string | null | undefined): Dayjs | undefined => (iso ? dayjs(iso) : undefined);
export const fromDayjs = (value: Dayjs | null | undefined): string | undefined =>
  value ? value.format('YYYY-MM-DD') : undefined;

const numberFormat = new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB');
export const formatNumber = (value: number): string => numberFormat.format(value);
