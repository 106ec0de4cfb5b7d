import { useParams, useSearchParams } from 'react-router';
import { ConsolidatedPage } from '../../features/reports/components/consolidated-page';
import { usePermissions } from '../../lib/auth';

/** One consolidated report; `?as=receiver` when the unit it was sent to opens it. */
export function ReportConsolidatedRoute() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const can = usePermissions();
  return (
    <ConsolidatedPage
      key={id}
      id={id}
      canReview={can('reports.review')}
      asReceiver={params.get('as') === 'receiver'}
    />
  );
}
