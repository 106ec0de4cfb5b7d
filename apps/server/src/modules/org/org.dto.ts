import type {
  AgencyDto,
  AgencyKind,
  GroupDto,
  SuccessionDto,
  SuccessionKind,
  UnitDto,
  UnitType,
} from '@vte/contracts';
import { unitTypeLabels } from '@vte/contracts';
import type { GroupRow, SuccessionRow, UnitRow } from './org.repo';
import type { AgencyListRow } from './agencies-list.repo';

export function unitFullName(r: Pick<UnitRow, 'name' | 'type'>): string {
  return `${unitTypeLabels[r.type as UnitType]} ${r.name}`;
}

export function toUnitDto(r: UnitRow): UnitDto {
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    type: r.type as UnitType,
    fullName: unitFullName(r),
    parentId: r.parentId,
    provinceId: r.provinceId,
    validFrom: r.validFrom,
    validTo: r.validTo,
    legalBasis: r.legalBasis,
  };
}

export function toSuccessionDto(r: SuccessionRow): SuccessionDto {
  return {
    id: r.id,
    fromUnitId: r.from_unit_id,
    fromUnitName: r.from_name,
    toUnitId: r.to_unit_id,
    toUnitName: r.to_name,
    kind: r.kind as SuccessionKind,
    effectiveDate: r.effective_date,
    legalBasis: r.legal_basis,
  };
}

export function toAgencyDto(
  r: Omit<AgencyListRow, 'unitName' | 'unitType' | 'successorName' | 'groupIds'>,
  extra: { unitName: string; successorName: string | null; groupIds: string[] },
): AgencyDto {
  return {
    id: r.id,
    unitId: r.unitId,
    unitName: extra.unitName,
    name: r.name,
    shortName: r.shortName,
    aliases: r.aliases,
    kind: r.kind as AgencyKind,
    parentAgencyId: r.parentAgencyId,
    successorId: r.successorId,
    successorName: r.successorId ? extra.successorName : null,
    validFrom: r.validFrom,
    validTo: r.validTo,
    phone: r.phone,
    email: r.email,
    address: r.address,
    groupIds: extra.groupIds,
  };
}

export function toGroupDto(r: GroupRow, members: { id: string; name: string }[]): GroupDto {
  return {
    id: r.id,
    unitId: r.unitId,
    name: r.name,
    aliases: r.aliases,
    description: r.description,
    members,
  };
}
