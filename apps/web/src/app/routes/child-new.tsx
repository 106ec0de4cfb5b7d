import { ChildNew } from '../../features/children/components/child-new';
import { UnitPicker } from '../../features/org/components/unit-picker';

/** "Thêm trẻ em" (children.manage): the form searches the register for the same child before saving. */
export function ChildNewRoute() {
  return <ChildNew UnitPicker={UnitPicker} />;
}
