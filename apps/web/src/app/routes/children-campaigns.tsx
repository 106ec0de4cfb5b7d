import { CampaignBoard } from '../../features/children/components/campaign-board';
import { UnitPicker } from '../../features/org/components/unit-picker';

/** Đợt làm sạch dữ liệu: the focal officer's campaign board. */
export function ChildrenCampaignsRoute() {
  return <CampaignBoard UnitPicker={UnitPicker} />;
}
