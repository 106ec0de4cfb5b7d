import { ReportsDashboard } from '../../features/reports/components/reports-dashboard';

/** Tổng quan báo cáo. */
export function ReportDashboardRoute() {
  return <ReportsDashboard />;
}
