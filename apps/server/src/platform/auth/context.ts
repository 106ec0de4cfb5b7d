import type { Permission, Role } from '@vte/contracts';

/** The signed-in user as the server sees them on one request. */
export interface AuthUser {
  id: string;
  username: string;
  fullName: string;
  role: Role;
  permissions: ReadonlySet<Permission>;
  agencyId: string | null;
  scopeUnitId: string | null;
  provinceId: string | null;
  /** Units the user may see (scope subtree + predecessors + renamed successors); null = everything. */
  unitIds: ReadonlySet<string> | null;
  csrfToken: string;
  sessionHash: string;
  /** Set after an administrator's reset or at creation: the API is closed until the password changes. */
  mustChangePassword: boolean;
}

export interface RequestContext {
  user: AuthUser | null;
  ip: string;
  userAgent: string | null;
}

export interface AuthedContext extends RequestContext {
  user: AuthUser;
}

export function inScope(user: AuthUser, unitId: string | null | undefined): boolean {
  if (user.unitIds === null) return true;
  return unitId != null && user.unitIds.has(unitId);
}

/** Work the system does on its own (scheduled reminders, seeding): national scope, no permissions. */
export function systemContext(name: string): AuthedContext {
  return {
    ip: name,
    userAgent: 'vi-tre-em',
    user: {
      id: '',
      username: name,
      fullName: 'Hệ thống',
      role: 'admin',
      permissions: new Set(),
      agencyId: null,
      scopeUnitId: null,
      provinceId: null,
      unitIds: null,
      csrfToken: '',
      sessionHash: '',
      mustChangePassword: false,
    },
  };
}
