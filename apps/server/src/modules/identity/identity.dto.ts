import type { Role, UnitType, UserDto } from '@vte/contracts';
import { unitTypeLabels } from '@vte/contracts';
import type { UserListRow } from './users-list.repo';

export function toUserDto(u: UserListRow): UserDto {
  return {
    id: u.id,
    username: u.username,
    fullName: u.fullName,
    email: u.email,
    phone: u.phone,
    role: u.role as Role,
    agencyId: u.agencyId,
    agencyName: u.agencyName,
    scopeUnitId: u.scopeUnitId,
    scopeUnitName: u.unitName ? `${unitTypeLabels[u.unitType as UnitType]} ${u.unitName}` : null,
    disabled: u.disabled,
    locked: !!u.lockedUntil && u.lockedUntil > new Date(),
    mustChangePassword: u.mustChangePassword,
    lastLoginAt: u.lastLoginAt?.toISOString() ?? null,
    createdAt: u.createdAt.toISOString(),
  };
}
