import { PrinterOutlined } from '@ant-design/icons';
import { Button, Skeleton } from 'antd';
import { QueryError } from '../../../components/query-error';
import { t } from '../../../lib/i18n';
import { useReportingNow } from '../api/home';
import { IndicatorsCard } from './indicators-card';
import { PlanCard } from './plan-card';
import { ReportingCard } from './reporting-card';
import '../home.css';

/** The leaders' and the province's home (issue 9 item 10): where they decide, on one printable A4 page. */
export function LeaderHome() {
  const reporting = useReportingNow();
  return (
    <section className="leader-home" data-testid="leader-home" aria-label={t('dash.title')}>
      <div className="leader-home-head">
        <div>
          <h2 className="leader-home-title">{t('dash.title')}</h2>
          <p className="muted">{t('dash.subtitle')}</p>
        </div>
        <Button icon={<PrinterOutlined />} onClick={() => window.print()} className="no-print">
          {t('dash.print')}
        </Button>
      </div>
      <div className="leader-home-grid">
        <PlanCard />
        {reporting.isError ? (
          <QueryError error={reporting.error} onRetry={() => void reporting.refetch()} />
        ) : reporting.data ? (
          <>
            <ReportingCard data={reporting.data} />
            <IndicatorsCard rows={reporting.data.indicators} />
          </>
        ) : (
          <Skeleton active />
        )}
      </div>
    </section>
  );
}
