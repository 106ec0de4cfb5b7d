import { formatDate } from '../../../lib/format';
import { t } from '../../../lib/i18n';
import { hasChecks, type SubmitChecks } from '../lib/submit-checks';

/** The submit confirmation's text: what is sent, then what deserves a second look (issue 9 item 8). */
export function SubmitConfirm({ intro, checks }: { intro: string; checks: SubmitChecks }) {
  return (
    <div data-testid="submit-checks">
      <p>{intro}</p>
      {hasChecks(checks) ? (
        <>
          <p className="text-warning">{t('reports.check.intro')}</p>
          <ul className="submit-check-list">
            {checks.late ? (
              <li data-testid="submit-check-late">
                {t('reports.check.late', { days: checks.late.days, date: formatDate(checks.late.dueDate) })}
              </li>
            ) : null}
            {checks.empty ? (
              <li data-testid="submit-check-empty">{t('reports.check.emptyTasks', checks.empty)}</li>
            ) : null}
            {checks.sums.map((s) => (
              <li key={`${s.code}-${s.group}`} data-testid="submit-check-sum">
                {t('reports.check.sums', s)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
