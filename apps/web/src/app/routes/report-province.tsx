import { ProvincePage } from '../../features/reports/components/province-page';
import { usePermissions } from '../../lib/auth';

/** Cấp tỉnh: units' completeness and consolidated reports, the province's own consolidation. */
export function ReportProvinceRoute() {
  const can = usePermissions();
  return <ProvincePage canReview={can('reports.review')} />;
}
