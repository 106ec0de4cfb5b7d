import type { UnitType } from '@vte/contracts';
import { provinceUnitTypes } from '@vte/contracts';

// Levels of local government (Luật Tổ chức chính quyền địa phương, as amended in 2025): a province has
// no parent; districts and special zones sit under a province; communes under a province (from 7/2025)
// or, before that, under a district-level unit. Nothing sits under a commune or a special zone.
const districtTypes: readonly UnitType[] = ['huyen', 'quan', 'thi_xa', 'thanh_pho_thuoc_tinh'];
const communeTypes: readonly UnitType[] = ['xa', 'phuong', 'thi_tran'];

/** The unit types a unit of `type` may have as its parent (empty: it has none). */
export function allowedParentTypes(type: UnitType): readonly UnitType[] {
  if (provinceUnitTypes.includes(type)) return [];
  if (communeTypes.includes(type)) return [...provinceUnitTypes, ...districtTypes];
  return provinceUnitTypes; // district-level units and special zones
}

export function parentTypeAllowed(type: UnitType, parentType: UnitType): boolean {
  return allowedParentTypes(type).includes(parentType);
}
