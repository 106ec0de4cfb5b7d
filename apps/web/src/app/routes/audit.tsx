import { AuditLog } from '../../features/audit/components/audit-log';
import { UserPicker } from '../../features/identity/components/user-picker';
import { usePermissions } from '../../lib/auth';

/** Nhật ký hệ thống; the "who" filter uses identity's user picker when the viewer may list users. */
export function AuditRoute() {
  const can = usePermissions();
  return <AuditLog UserPicker={can('users.read') ? UserPicker : undefined} />;
}
