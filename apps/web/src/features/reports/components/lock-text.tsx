import type { ReportLock } from '@vte/contracts';
import { formatDate } from '../../../lib/format';
import { t } from '../../../lib/i18n';

/** Why a report cannot be written to, in words: accepted on, locked since, or opens on (issue 9 items 3, 9). */
export function lockText(lock: ReportLock): string {
  if (lock.reason === 'accepted')
    return lock.on
      ? t('reports.lock.accepted', { date: formatDate(lock.on) })
      : t('reports.lock.acceptedNoDate');
  if (lock.reason === 'not_open') return t('reports.lock.notOpen', { date: formatDate(lock.on) });
  return t('reports.lock.expired', { date: formatDate(lock.on) });
}
