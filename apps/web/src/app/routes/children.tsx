import { RegisterList } from '../../features/children/components/register-list';
import { UnitPicker } from '../../features/org/components/unit-picker';
import { usePermissions } from '../../lib/auth';

/** Sổ theo dõi trẻ em: full names for children.read, masked names for list-only roles. */
export function ChildrenRoute() {
  const can = usePermissions();
  return (
    <RegisterList
      UnitPicker={UnitPicker}
      can={{
        read: can('children.read'),
        export: can('children.export'),
        import: can('children.import'),
        manage: can('children.manage'),
      }}
    />
  );
}
