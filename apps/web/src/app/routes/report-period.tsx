import { useParams } from 'react-router';
import { PeriodPage } from '../../features/reports/components/period-page';
import { usePermissions } from '../../lib/auth';

/** One reporting period: completeness, agency reports, consolidated report. */
export function ReportPeriodRoute() {
  const { id = '' } = useParams();
  const can = usePermissions();
  return (
    <PeriodPage key={id} periodId={id} canReview={can('reports.review')} canRemind={can('reports.remind')} />
  );
}
