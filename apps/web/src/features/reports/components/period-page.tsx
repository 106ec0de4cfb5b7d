import { ArrowLeftOutlined } from '@ant-design/icons';
import { periodKindLabels } from '@vte/contracts';
import { Button, Card, Result, Tabs } from 'antd';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/page-header';
import { PageSkeleton } from '../../../components/page-skeleton';
import { QueryError } from '../../../components/query-error';
import { isApiError } from '../../../lib/api-client';
import { formatDate } from '../../../lib/format';
import { usePhone } from '../../../lib/hooks';
import { t } from '../../../lib/i18n';
import { useCompleteness } from '../api/completeness';
import { CompletenessTab } from './completeness-tab';
import { ConsolidatedTab } from './consolidated-tab';
import { PeriodReportsTab } from './period-reports-tab';
import { DeadlineText } from './report-tags';
import '../reports.css';

const TABS = ['completeness', 'reports', 'consolidated'] as const;
type Tab = (typeof TABS)[number];

type PeriodPageProps = { periodId: string; canReview: boolean; canRemind: boolean };

/** One reporting period: who has reported, their reports, and the consolidated report. */
export function PeriodPage({ periodId, canReview, canRemind }: PeriodPageProps) {
  const completeness = useCompleteness(periodId);
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const phone = usePhone();
  const requested = params.get('tab') as Tab | null;
  const tab: Tab = requested && TABS.includes(requested) ? requested : 'completeness';

  if (completeness.isPending) return <PageSkeleton />;
  if (completeness.isError) {
    if (
      isApiError(completeness.error) &&
      (completeness.error.status === 404 || completeness.error.code === 'VALIDATION')
    )
      return (
        <Result
          status="404"
          title={t('reports.period.notFound')}
          extra={
            <Button type="primary" onClick={() => void navigate('/reports')}>
              {t('reports.backToReports')}
            </Button>
          }
        />
      );
    return <QueryError error={completeness.error} onRetry={() => void completeness.refetch()} />;
  }
  const { period } = completeness.data;

  return (
    <>
      <Link to="/reports" className="back-link">
        <ArrowLeftOutlined /> {t('reports.periods.title')}
      </Link>
      <PageHeader
        title={period.label}
        subtitle={
          <span className="plan-subtitle">
            {[periodKindLabels[period.kind], period.planTitle, period.unitName].filter(Boolean).join(' · ')}
            {' · '}
            {t('reports.dueOn', { date: formatDate(period.dueDate) })}
            {period.locked ? (
              ` · ${t('reports.period.locked')}`
            ) : (
              <>
                {' '}
                <DeadlineText dueDate={period.dueDate} />
              </>
            )}
          </span>
        }
      />
      <Card className="plan-tabs-card">
        <Tabs
          activeKey={tab}
          onChange={(key) =>
            setParams(
              (prev) => {
                const next = new URLSearchParams(prev);
                if (key === 'completeness') next.delete('tab');
                else next.set('tab', key);
                return next;
              },
              { replace: true },
            )
          }
          destroyOnHidden
          // On a phone the three tabs get short names so none hides behind the "…" menu.
          size={phone ? 'small' : undefined}
          tabBarGutter={phone ? 16 : undefined}
          items={[
            {
              key: 'completeness',
              label: (
                <span data-testid="period-tab-completeness">
                  {t(phone ? 'reports.tab.completenessShort' : 'reports.tab.completeness')}
                </span>
              ),
              children: (
                <CompletenessTab
                  data={completeness.data}
                  canRemind={canRemind}
                  fetching={completeness.isFetching}
                />
              ),
            },
            {
              key: 'reports',
              label: (
                <span data-testid="period-tab-reports">
                  {t(phone ? 'reports.tab.reportsShort' : 'reports.tab.reports')}
                </span>
              ),
              children: <PeriodReportsTab periodId={period.id} />,
            },
            {
              key: 'consolidated',
              label: (
                <span data-testid="period-tab-consolidated">
                  {t(phone ? 'reports.tab.consolidatedShort' : 'reports.tab.consolidated')}
                </span>
              ),
              children: <ConsolidatedTab periodId={period.id} canReview={canReview} />,
            },
          ]}
        />
      </Card>
    </>
  );
}
