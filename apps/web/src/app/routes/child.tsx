import { useParams } from 'react-router';
import { ChildPage } from '../../features/children/components/child-page';
import { UnitPicker } from '../../features/org/components/unit-picker';
import { usePermissions } from '../../lib/auth';

/** A child's page; the id is an opaque uuid, never a name or a personal ID. */
export function ChildRoute() {
  const { id = '' } = useParams();
  const can = usePermissions();
  return <ChildPage key={id} id={id} canManage={can('children.manage')} UnitPicker={UnitPicker} />;
}
