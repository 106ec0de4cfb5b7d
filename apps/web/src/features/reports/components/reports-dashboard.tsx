import type { CompletenessRowDto } from '@vte/contracts';
import { Card, Empty, Select, Skeleton, Typography } from 'antd';
import { Link } from 'react-router';
import { PageHeader } from '../../../components/page-header';
import { QueryError } from '../../../components/query-error';
import { formatDate } from '../../../lib/format';
import { useSearchState } from '../../../lib/hooks';
import { t } from '../../../lib/i18n';
import { useReportsDashboard } from '../api/province';
import { AggregatedIndicators } from './aggregated-indicators';
import { CompletenessSummary } from './completeness-summary';
import { CompletenessStateTag, ConsolidatedStatusTag, DeadlineText } from './report-tags';
import { ReportsNav } from './reports-nav';
import '../reports.css';

function AgencyList({ rows, empty }: { rows: CompletenessRowDto[]; empty: string }) {
  if (rows.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="plain-list agency-state-list">
      {rows.map((row) => (
        <li key={row.agencyId}>
          {row.reportId ? (
            <Link to={`/reports/agency/${row.reportId}`}>{row.agencyName}</Link>
          ) : (
            row.agencyName
          )}{' '}
          <CompletenessStateTag state={row.state} />
        </li>
      ))}
    </ul>
  );
}

/** Tổng quan báo cáo: completeness of a period, who is late or missing, indicators, the consolidated report. */
export function ReportsDashboard() {
  const [filters, setFilters] = useSearchState(['period'] as const);
  const dashboard = useReportsDashboard(filters.period);
  const data = dashboard.data;
  const periods = [...(data?.periods ?? [])].sort((a, b) => b.dueDate.localeCompare(a.dueDate));

  return (
    <>
      <PageHeader title={t('reports.dash.title')} subtitle={t('reports.dash.subtitle')} />
      <ReportsNav active="dashboard" />
      {dashboard.isPending ? <Skeleton active paragraph={{ rows: 10 }} /> : null}
      {dashboard.isError ? (
        <QueryError error={dashboard.error} onRetry={() => void dashboard.refetch()} />
      ) : null}
      {data ? (
        <>
          <div className="filter-bar">
            <Select
              className="filter-select-wide dash-period-select"
              value={data.period?.id}
              placeholder={t('reports.dash.pickPeriod')}
              aria-label={t('reports.dash.pickPeriod')}
              onChange={(value) => setFilters({ period: value })}
              options={periods.map((p) => ({ value: p.id, label: `${p.label} — ${p.unitName}` }))}
              notFoundContent={t('reports.periods.empty')}
              data-testid="dash-period"
            />
          </div>
          {!data.period ? (
            <Card>
              <Empty description={t('reports.dash.noPeriod')} />
            </Card>
          ) : (
            <div className="dash-grid">
              <Card size="small" className="report-card dash-wide" title={t('reports.dash.completeness')}>
                <p>
                  <Link to={`/reports/periods/${data.period.id}`}>{data.period.label}</Link> ·{' '}
                  {t('reports.dueOn', { date: formatDate(data.period.dueDate) })}{' '}
                  <DeadlineText dueDate={data.period.dueDate} />
                </p>
                {data.counts ? (
                  <CompletenessSummary counts={data.counts} />
                ) : (
                  <p className="muted">{t('reports.dash.noCounts')}</p>
                )}
              </Card>
              <Card
                size="small"
                className="report-card"
                title={t('reports.dash.missing', { count: data.missing.length })}
              >
                <AgencyList rows={data.missing} empty={t('reports.dash.noneMissing')} />
              </Card>
              <Card
                size="small"
                className="report-card"
                title={t('reports.dash.late', { count: data.late.length })}
              >
                <AgencyList rows={data.late} empty={t('reports.dash.noneLate')} />
              </Card>
              <Card size="small" className="report-card dash-wide" title={t('reports.dash.consolidated')}>
                {data.consolidated ? (
                  <span className="tag-row">
                    <ConsolidatedStatusTag status={data.consolidated.status} />
                    <Link to={`/reports/periods/${data.period.id}?tab=consolidated`}>
                      {data.consolidated.subject || t('reports.cons.title')}
                    </Link>
                    {data.consolidated.recipientUnitName ? (
                      <span className="muted small-text">
                        {t('reports.dash.sentTo', { unit: data.consolidated.recipientUnitName })}
                      </span>
                    ) : null}
                  </span>
                ) : (
                  <span className="muted">{t('reports.cons.none')}</span>
                )}
              </Card>
              <Card size="small" className="report-card dash-wide" title={t('reports.section.indicators')}>
                <Typography.Paragraph type="secondary" className="small-text">
                  {t('reports.dash.indicatorsHelp')}
                </Typography.Paragraph>
                <AggregatedIndicators indicators={data.indicators} />
              </Card>
            </div>
          )}
        </>
      ) : null}
    </>
  );
}
