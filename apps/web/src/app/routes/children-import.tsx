import { ImportWizard } from '../../features/children/components/import-wizard';
import { UnitPicker } from '../../features/org/components/unit-picker';
import { useSession } from '../../lib/auth';

/** Nhập danh sách trẻ em from Excel; the user's own unit comes first. */
export function ChildrenImportRoute() {
  const { user } = useSession();
  return <ImportWizard UnitPicker={UnitPicker} defaultUnitId={user.scopeUnitId ?? null} />;
}
