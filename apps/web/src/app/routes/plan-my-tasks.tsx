import { AgencyPicker } from '../../features/org/components/agency-picker';
import { MyTasks } from '../../features/plans/components/my-tasks';
import { usePermissions, useSession } from '../../lib/auth';

/** Nhiệm vụ của cơ quan: my agency's tasks; without an agency, pick one with org's picker. */
export function PlanMyTasksRoute() {
  const { user } = useSession();
  const can = usePermissions();
  const myAgency = user.agencyId ? { id: user.agencyId, name: user.agencyName ?? '' } : null;
  // Without an agency of one's own (leaders), or managing plans, look at any agency in scope.
  return (
    <MyTasks
      myAgency={myAgency}
      canProgress={can('plans.progress')}
      AgencyPicker={!myAgency || can('plans.manage') ? AgencyPicker : undefined}
    />
  );
}
