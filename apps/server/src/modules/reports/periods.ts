import { periodKindLabels, type PeriodKind } from '@vte/contracts';
import { addDays } from '../../platform/dates';

// Period maths, pure. Cut-off windows default to Nghị định 09/2019 Art. 12; a plan's own deadlines
// (the seed's 10/5 and 10/11) come first, and the window then ends the day before the deadline
// (Art. 8 k5 wants at least one working day between cut-off and sending).

/** Days after the due date before a period locks, unless the focal department reopens it. */
export const DEFAULT_EXPIRY_DAYS = 30;

/** The plan's wording of a period ("6 tháng đầu năm", "cả năm", "quý II") → its kind and number. */
export function kindOfWording(text: string): { kind: PeriodKind; seq: number | null } {
  const t = text.toLowerCase();
  if (/6 tháng|sáu tháng/.test(t)) return { kind: 'six_month', seq: null };
  const q = /quý\s*(i{1,3}v?|iv|[1-4])/i.exec(t);
  if (q) return { kind: 'quarterly', seq: roman(q[1]!) };
  const m = /tháng\s*(\d{1,2})/.exec(t);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12) return { kind: 'monthly', seq: Number(m[1]) };
  if (/năm/.test(t)) return { kind: 'annual', seq: null };
  if (/đột xuất/.test(t)) return { kind: 'ad_hoc', seq: null };
  return { kind: 'thematic', seq: null };
}

function roman(s: string): number {
  const n = Number(s);
  if (!Number.isNaN(n)) return n;
  return { i: 1, ii: 2, iii: 3, iv: 4 }[s.toLowerCase()] ?? 1;
}

const pad = (n: number) => String(n).padStart(2, '0');
const day = (y: number, m: number, d: number) => {
  // Month arithmetic that may step into the previous year (December before a January period).
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.toISOString().slice(0, 10);
};

/** NĐ 09/2019 window: from the 15th of the month before the period to the 14th of its last month. */
export function nd09Window(kind: PeriodKind, year: number, seq: number | null): { from: string; to: string } {
  switch (kind) {
    case 'six_month':
      return { from: day(year - 1, 12, 15), to: day(year, 6, 14) };
    case 'quarterly': {
      const q = seq ?? 1;
      return { from: day(year, 3 * (q - 1), 15), to: day(year, 3 * q, 14) };
    }
    case 'monthly': {
      const m = seq ?? 1;
      return { from: day(year, m - 1, 15), to: day(year, m, 14) };
    }
    case 'annual':
      return { from: day(year - 1, 12, 15), to: day(year, 12, 14) };
    default:
      return { from: `${year}-01-01`, to: `${year}-12-31` };
  }
}

export interface PeriodDraft {
  kind: PeriodKind;
  label: string;
  year: number;
  cutoffFrom: string;
  cutoffTo: string;
  dueDate: string;
  expiresOn: string;
}

/** A period from one entry of a plan's "Chế độ báo cáo". */
export function periodFromRegime(
  entry: { period: string; due: string | null },
  planYear: number,
): PeriodDraft {
  const { kind, seq } = kindOfWording(entry.period);
  const year = entry.due ? Number(entry.due.slice(0, 4)) : planYear;
  const w = nd09Window(kind, year, seq);
  const dueDate = entry.due ?? addDays(w.to, 1);
  const cutoffTo = dueDate <= w.to ? addDays(dueDate, -1) : w.to;
  return {
    kind,
    label: periodLabel(kind, year, seq, entry.period),
    year,
    cutoffFrom: w.from,
    cutoffTo,
    dueDate,
    expiresOn: addDays(dueDate, DEFAULT_EXPIRY_DAYS),
  };
}

export function periodLabel(kind: PeriodKind, year: number, seq: number | null, wording?: string): string {
  if (kind === 'quarterly') return `Quý ${['I', 'II', 'III', 'IV'][(seq ?? 1) - 1]} năm ${year}`;
  if (kind === 'monthly') return `Tháng ${pad(seq ?? 1)} năm ${year}`;
  if (kind === 'thematic' || kind === 'ad_hoc')
    return `${wording?.trim() || periodKindLabels[kind]} năm ${year}`;
  return `${periodKindLabels[kind]} ${year}`;
}

/** Locked after expiry, unless reopened until a day not yet passed. */
export function isLocked(p: { expiresOn: string; reopenedUntil: string | null }, today: string): boolean {
  if (p.reopenedUntil && p.reopenedUntil >= today) return false;
  return today > p.expiresOn;
}

export function checkDates(p: {
  cutoffFrom: string;
  cutoffTo: string;
  dueDate: string;
  expiresOn: string;
}): string | null {
  if (p.cutoffFrom > p.cutoffTo) return 'Ngày bắt đầu lấy số liệu phải trước ngày chốt số liệu.';
  if (p.cutoffTo >= p.dueDate) return 'Ngày chốt số liệu phải trước hạn gửi báo cáo (ít nhất 1 ngày).';
  if (p.expiresOn < p.dueDate) return 'Ngày khóa báo cáo không được trước hạn gửi báo cáo.';
  return null;
}
