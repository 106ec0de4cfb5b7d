import { PlansList } from '../../features/plans/components/plans-list';
import { usePermissions } from '../../lib/auth';

/** Kế hoạch: the list of plans; importing is for those who manage plans. */
export function PlansRoute() {
  const can = usePermissions();
  return <PlansList canManage={can('plans.manage')} />;
}
