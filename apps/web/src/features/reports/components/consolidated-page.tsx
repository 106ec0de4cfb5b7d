import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Result } from 'antd';
import { Link, useNavigate } from 'react-router';
import { PageHeader } from '../../../components/page-header';
import { PageSkeleton } from '../../../components/page-skeleton';
import { QueryError } from '../../../components/query-error';
import { isApiError } from '../../../lib/api-client';
import { t } from '../../../lib/i18n';
import { useConsolidated } from '../api/consolidated';
import { ConsolidatedEditor } from './consolidated-editor';
import '../reports.css';

type ConsolidatedPageProps = {
  id: string;
  canReview: boolean;
  /** Opened by the unit it was sent to (province): read-only with accept / return. */
  asReceiver: boolean;
};

/** One consolidated report on its own page (a unit's, seen by the province; or the province's own). */
export function ConsolidatedPage({ id, canReview, asReceiver }: ConsolidatedPageProps) {
  const report = useConsolidated(id);
  const navigate = useNavigate();
  if (report.isPending) return <PageSkeleton />;
  if (report.isError) {
    if (isApiError(report.error) && (report.error.status === 404 || report.error.code === 'VALIDATION'))
      return (
        <Result
          status="404"
          title={t('reports.cons.notFound')}
          extra={
            <Button type="primary" onClick={() => void navigate('/reports/province')}>
              {t('reports.backToProvince')}
            </Button>
          }
        />
      );
    return <QueryError error={report.error} onRetry={() => void report.refetch()} />;
  }
  const data = report.data;
  return (
    <>
      <Link to="/reports/province" className="back-link">
        <ArrowLeftOutlined /> {t('reports.nav.province')}
      </Link>
      <PageHeader
        title={data.subject || t('reports.cons.title')}
        subtitle={`${data.unitName} · ${data.periodLabel}`}
      />
      <ConsolidatedEditor
        key={`${data.id}-${data.revision}`}
        report={data}
        canEdit={canReview && !asReceiver}
        canReceive={canReview && asReceiver}
      />
    </>
  );
}
