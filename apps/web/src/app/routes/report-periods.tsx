import { Navigate } from 'react-router';
import { PeriodsList } from '../../features/reports/components/periods-list';
import { usePermissions } from '../../lib/auth';

/** Báo cáo: the periods list; agency reporters land on their own reports instead. */
export function ReportPeriodsRoute() {
  const can = usePermissions();
  if (can('reports.submit') && !can('reports.review')) return <Navigate to="/reports/mine" replace />;
  return <PeriodsList canReview={can('reports.review')} />;
}
