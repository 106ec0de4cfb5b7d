import { useParams } from 'react-router';
import { PlanPage } from '../../features/plans/components/plan-page';
import { usePermissions, useSession } from '../../lib/auth';

/** One plan (document, assignments, progress, reminders). */
export function PlanDetailRoute() {
  const { id = '' } = useParams();
  const { user } = useSession();
  const can = usePermissions();
  const myAgency = user.agencyId ? { id: user.agencyId, name: user.agencyName ?? '' } : null;
  return (
    <PlanPage
      key={id}
      planId={id}
      canManage={can('plans.manage')}
      canRemind={can('plans.remind')}
      canProgress={can('plans.progress')}
      myAgency={myAgency}
    />
  );
}
