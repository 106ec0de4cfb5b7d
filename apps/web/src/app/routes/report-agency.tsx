import { useParams } from 'react-router';
import { AgencyReportPage } from '../../features/reports/components/agency-report-page';
import { usePermissions } from '../../lib/auth';

/** One agency report: the reporter's editor, or the reviewer's read-only view with accept / return. */
export function ReportAgencyRoute() {
  const { id = '' } = useParams();
  const can = usePermissions();
  return (
    <AgencyReportPage
      key={id}
      reportId={id}
      canSubmit={can('reports.submit')}
      canReview={can('reports.review')}
    />
  );
}
