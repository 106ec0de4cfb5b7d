import type { ReportsDashboardDto } from '@vte/contracts';
import { Card, Empty } from 'antd';
import { Link, useNavigate } from 'react-router';
import { Chart } from '../../../components/chart';
import { formatDate } from '../../../lib/format';
import { t } from '../../../lib/i18n';

/** Reporting completeness of the current period, and who is late; the chart opens the period's overview. */
export function ReportingCard({ data }: { data: ReportsDashboardDto }) {
  const navigate = useNavigate();
  if (!data.period || !data.counts)
    return (
      <Card title={t('dash.reports', { period: '' })}>
        <Empty description={t('dash.noPeriod')} />
      </Card>
    );
  const c = data.counts;
  const open = `/reports/dashboard?period=${data.period.id}`;
  const parts = [
    { name: t('dash.part.onTime'), value: c.onTime, color: '#389e0d' },
    { name: t('dash.part.late'), value: c.late, color: '#d4b106' },
    { name: t('dash.part.missing'), value: c.missing, color: '#cf1322' },
  ];
  const behind = [...data.late, ...data.missing];
  return (
    <Card
      title={t('dash.reports', { period: data.period.label })}
      extra={<Link to={open}>{t('dash.openReports')}</Link>}
      className="home-card"
      data-testid="home-reports"
    >
      <p className="home-card-sub">
        {data.period.unitName} · {formatDate(data.period.dueDate)} ·{' '}
        {t('dash.rate', { submitted: c.submitted, expected: c.expected })}
      </p>
      <div data-testid="home-reports-chart">
        <Chart
          height={160}
          label={t('dash.reports', { period: data.period.label })}
          onClick={() => void navigate(open)}
          option={{
            tooltip: { trigger: 'item' },
            legend: { right: 0, top: 'middle', orient: 'vertical' },
            series: [
              {
                type: 'pie',
                radius: ['45%', '75%'],
                center: ['30%', '50%'],
                label: { show: false },
                data: parts.map((p) => ({ name: p.name, value: p.value, itemStyle: { color: p.color } })),
              },
            ],
          }}
        />
      </div>
      <strong>{t('dash.late')}</strong>
      {behind.length ? (
        <ul className="plain-list home-late" data-testid="home-late">
          {behind.map((r) => (
            <li key={r.agencyId}>
              {r.reportId ? <Link to={`/reports/agency/${r.reportId}`}>{r.agencyName}</Link> : r.agencyName}
              <span className="muted small-text">
                {' '}
                · {r.onTime === false ? t('dash.part.late') : t('dash.part.missing')}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('dash.noneLate')}</p>
      )}
    </Card>
  );
}
