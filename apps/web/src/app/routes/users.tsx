import { UsersAdmin } from '../../features/identity/components/users-admin';
import { AgencyPicker } from '../../features/org/components/agency-picker';
import { UnitPicker } from '../../features/org/components/unit-picker';
import { usePermissions } from '../../lib/auth';

const pickers = { AgencyPicker, UnitPicker };

/** Người dùng: identity's screen, with the org feature's pickers for agency and scope unit. */
export function UsersRoute() {
  const can = usePermissions();
  return <UsersAdmin pickers={pickers} canManage={can('users.manage')} />;
}
