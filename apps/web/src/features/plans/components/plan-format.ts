import type { PlanSummaryDto, Timeframe } from '@vte/contracts';
import { formatDate } from '../../../lib/format';
import { t } from '../../../lib/i18n';

const ROMAN = ['I', 'II', 'III', 'IV'];

/** "Số 65/KH-UBND · tháng 4/2025": the number and date as the document gives them. */
export function planIssueLine(plan: Pick<PlanSummaryDto, 'number' | 'issuedDate' | 'issuedMonth'>): string {
  const parts: string[] = [];
  if (plan.number) parts.push(t('plans.numberShort', { number: plan.number }));
  const date = planDateText(plan);
  if (date) parts.push(date);
  return parts.join(' · ');
}

export function planDateText(plan: Pick<PlanSummaryDto, 'issuedDate' | 'issuedMonth'>): string {
  if (plan.issuedDate) return formatDate(plan.issuedDate);
  if (!plan.issuedMonth) return '';
  const [year, month] = plan.issuedMonth.split('-');
  return t('plans.monthOf', { month: Number(month), year: year ?? '' });
}

/** How the system understood a time frame, in words ("Quý II, IV năm 2025"). */
export function describeTimeframe(tf: Timeframe | null | undefined): string {
  if (!tf || tf.kind === 'unknown') return t('plans.timeframe.unknown');
  const year = tf.year ? String(tf.year) : '';
  switch (tf.kind) {
    case 'year-round':
      return t('plans.timeframe.yearRound', { year });
    case 'quarters':
      return t('plans.timeframe.quarters', {
        quarters: (tf.quarters ?? []).map((q) => ROMAN[q - 1] ?? q).join(', '),
        year,
      });
    case 'month':
      return t('plans.timeframe.months', { months: (tf.months ?? []).join(', '), year });
    case 'date':
      return t('plans.timeframe.date', { date: formatDate(tf.to ?? tf.from) });
    case 'before':
      return t('plans.timeframe.before', { date: formatDate(tf.to) });
    case 'range':
      return t('plans.timeframe.range', { from: formatDate(tf.from), to: formatDate(tf.to) });
  }
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Fills the window (from/to) of the kinds that are defined by year, quarters or months. */
export function withWindow(tf: Timeframe): Timeframe {
  const year = tf.year;
  if (!year) return tf;
  if (tf.kind === 'year-round') return { ...tf, from: `${year}-01-01`, to: `${year}-12-31` };
  const months =
    tf.kind === 'quarters'
      ? (tf.quarters ?? []).flatMap((q) => [q * 3 - 2, q * 3])
      : tf.kind === 'month'
        ? (tf.months ?? [])
        : null;
  if (!months || months.length === 0) return tf;
  const first = Math.min(...months);
  const last = Math.max(...months);
  return { ...tf, from: `${year}-${pad(first)}-01`, to: `${year}-${pad(last)}-${pad(lastDay(year, last))}` };
}
