import { ImportWizard } from '../../features/plans/components/import-wizard';
import { UnitPicker } from '../../features/org/components/unit-picker';
import { useSession } from '../../lib/auth';

/** Nhập kế hoạch: the plans wizard with org's unit picker; the user's own unit comes first. */
export function PlanImportRoute() {
  const { user } = useSession();
  const defaultUnit = user.scopeUnitId ? { id: user.scopeUnitId, name: user.scopeUnitName ?? '' } : null;
  return <ImportWizard UnitPicker={UnitPicker} defaultUnit={defaultUnit} />;
}
