import type { AgencyReportDto } from '@vte/contracts';
import { Alert } from 'antd';
import { formatDate, formatDateTime } from '../../../lib/format';
import { t } from '../../../lib/i18n';
import { lockText } from './lock-text';
import { DeadlineText, OnTimeTag, ReportStatusTag } from './report-tags';

/** The facts of an agency report and the banners that tell the reporter what to do. */
export function ReportHeader({ report }: { report: AgencyReportDto }) {
  const sent = report.status !== 'draft';
  return (
    <div className="report-header">
      <dl className="fact-list">
        <div>
          <dt>{t('reports.fact.agency')}</dt>
          <dd>{report.agencyName}</dd>
        </div>
        <div>
          <dt>{t('reports.fact.period')}</dt>
          <dd>
            {report.period.label}
            {report.planTitle ? <span className="muted"> · {report.planTitle}</span> : null}
          </dd>
        </div>
        <div>
          <dt>{t('reports.fact.due')}</dt>
          <dd>
            {formatDate(report.dueDate)} <DeadlineText dueDate={report.dueDate} submitted={sent} />
          </dd>
        </div>
        <div>
          <dt>{t('reports.fact.status')}</dt>
          <dd className="tag-row">
            <ReportStatusTag status={report.status} />
            <OnTimeTag onTime={report.onTime} />
          </dd>
        </div>
        <div>
          <dt>{t('reports.fact.version')}</dt>
          <dd>
            {report.version > 0 ? t('reports.versionN', { version: report.version }) : t('reports.notSent')}
            {report.lastSubmittedAt ? (
              <span className="muted">
                {' '}
                · {t('reports.sentAt', { time: formatDateTime(report.lastSubmittedAt) })}
              </span>
            ) : null}
          </dd>
        </div>
      </dl>
      {/* An accepted report has its own banner below: "accepted", never "expired" (issue 9 item 9). */}
      {report.lock?.reason === 'expired' ? (
        <Alert
          type="warning"
          showIcon
          title={lockText(report.lock)}
          description={t('reports.lock.askHint')}
          className="form-alert"
          data-testid="report-locked"
        />
      ) : null}
      {report.status === 'returned' && report.reviewComment ? (
        <Alert
          type="error"
          showIcon
          title={t('reports.returnedBanner', {
            who: report.reviewedByName ?? t('reports.reviewer'),
            time: formatDateTime(report.reviewedAt),
          })}
          description={<span className="pre-wrap">{report.reviewComment}</span>}
          className="form-alert"
          data-testid="report-review-comment"
        />
      ) : null}
      {report.status === 'accepted' ? (
        <Alert
          type="success"
          showIcon
          title={t('reports.acceptedBanner', {
            who: report.reviewedByName ?? t('reports.reviewer'),
            time: formatDateTime(report.reviewedAt),
          })}
          description={report.reviewComment ?? undefined}
          className="form-alert"
        />
      ) : null}
    </div>
  );
}
