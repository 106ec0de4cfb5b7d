import { Button, Result } from 'antd';
import { useNavigate } from 'react-router';
import { PageSkeleton } from '../../../components/page-skeleton';
import { QueryError } from '../../../components/query-error';
import { isApiError } from '../../../lib/api-client';
import { t } from '../../../lib/i18n';
import { useAgencyReport } from '../api/agency-reports';
import { AgencyReportEditor } from './agency-report-editor';
import '../reports.css';

type AgencyReportPageProps = { reportId: string; canSubmit: boolean; canReview: boolean };

/** Loads one agency report; the editor starts from that copy and owns it afterwards. */
export function AgencyReportPage({ reportId, canSubmit, canReview }: AgencyReportPageProps) {
  const report = useAgencyReport(reportId);
  const navigate = useNavigate();
  if (report.isPending) return <PageSkeleton />;
  if (report.isError) {
    if (isApiError(report.error) && (report.error.status === 404 || report.error.code === 'VALIDATION'))
      return (
        <Result
          status="404"
          title={t('reports.agency.notFound')}
          extra={
            <Button type="primary" onClick={() => void navigate(canSubmit ? '/reports/mine' : '/reports')}>
              {t('reports.backToReports')}
            </Button>
          }
        />
      );
    return <QueryError error={report.error} onRetry={() => void report.refetch()} />;
  }
  const backTo =
    canReview || !canSubmit
      ? { path: `/reports/periods/${report.data.periodId}?tab=reports`, label: t('reports.backToPeriod') }
      : { path: '/reports/mine', label: t('reports.mine.title') };
  return (
    <AgencyReportEditor
      key={report.data.id}
      initial={report.data}
      canSubmit={canSubmit}
      canReview={canReview}
      backTo={backTo}
    />
  );
}
