import type { ReportLock } from '@vte/contracts';
import { isoDay } from '../../platform/dates';
import { isLocked } from './periods';

type PeriodDates = { cutoffFrom: string; expiresOn: string; reopenedUntil: string | null };

/**
 * Whether the agency can no longer write: the period is past its lock date, unless the period was
 * reopened or this agency's "Đề nghị mở lại" was granted until a day not yet passed.
 */
export function lockedFor(period: PeriodDates, granted: string | null, today: string): boolean {
  if (granted && granted >= today) return false;
  return isLocked(period, today);
}

/** The day the lock started: the expiry, or the end of the last reopening (period or agency). */
function lockedSince(period: PeriodDates, granted: string | null): string {
  return [period.expiresOn, period.reopenedUntil, granted]
    .filter((d): d is string => !!d)
    .sort()
    .at(-1)!;
}

/**
 * Why the agency sees its report read-only: accepted (on the review day), locked since a day, or
 * the period has not started yet (informative: writing early is allowed). Null: nothing stops it.
 */
export function lockOf(
  period: PeriodDates,
  report: { status: string; reviewedAt: Date | null } | null,
  granted: string | null,
  today: string,
): ReportLock | null {
  if (report?.status === 'accepted')
    return { reason: 'accepted', on: report.reviewedAt ? isoDay(report.reviewedAt) : null };
  if (lockedFor(period, granted, today)) return { reason: 'expired', on: lockedSince(period, granted) };
  if (today < period.cutoffFrom) return { reason: 'not_open', on: period.cutoffFrom };
  return null;
}

/** A lock that blocks writing (not a period that is yet to start). */
export const blocks = (lock: ReportLock | null): boolean => !!lock && lock.reason !== 'not_open';
