import { MyReports } from '../../features/reports/components/my-reports';

/** Báo cáo của đơn vị tôi: the periods my agency reports in. */
export function ReportMineRoute() {
  return <MyReports />;
}
