import type { PortalHomeDto, UnitType } from '@vte/contracts';
import { unitTypeLabels } from '@vte/contracts';
import type { Db } from '../../platform/db/pool';
import { publicContacts } from './portal.repo';

export async function portalHome(db: Db): Promise<PortalHomeDto> {
  const rows = await publicContacts(db);
  return {
    hotline: '111',
    hotlineText:
      'Tổng đài điện thoại quốc gia bảo vệ trẻ em — miễn phí, hoạt động 24 giờ mỗi ngày, 7 ngày mỗi tuần.',
    // Office contact data only; no person is ever named here.
    contacts: rows.map((r) => ({
      name: r.name,
      unitName: `${unitTypeLabels[r.unitType as UnitType]} ${r.unitName}`,
      phone: r.phone,
      email: r.email,
      address: r.address,
    })),
  };
}
