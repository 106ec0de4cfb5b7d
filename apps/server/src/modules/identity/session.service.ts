import crypto from 'node:crypto';
import type { Permission, Role } from '@vte/contracts';
import { rolePermissions } from '@vte/contracts';
import type { Config } from '../../config';
import type { AuthUser } from '../../platform/auth/context';
import type { CacheListener } from '../../platform/db/cache-listener';
import type { Db } from '../../platform/db/pool';
import { dataScope } from '../org';
import { touchSession } from './identity.repo';
import { sessionByHash, type SessionRow } from './session.repo';

// Cookie token → the user of a request. Read from PostgreSQL, or from a short per-process cache that
// the cache listener empties the moment any process signs a session out or changes a user or a unit
// (platform/db/cache-listener.ts); while the listener is down the cache is not used at all.

export const tokenHash = (token: string) => crypto.createHash('sha256').update(token).digest('hex');
// Sliding expiry is written at most this often, to keep reads read-only.
const TOUCH_EVERY_MS = 5 * 60_000;
const MAX_ENTRIES = 10_000;
/** Tables a cached session depends on: the session itself, its user, and the units behind its scope. */
const SESSION_TABLES = ['user_session', 'app_user', 'admin_unit', 'unit_succession'];

export interface SessionDeps {
  db: Db;
  config: Config;
}

const permissions = new Map<string, ReadonlySet<Permission>>();
const permissionsOf = (role: Role) => {
  let set = permissions.get(role);
  if (!set) permissions.set(role, (set = new Set(rolePermissions[role])));
  return set;
};

async function toAuthUser(d: SessionDeps, hash: string, row: SessionRow): Promise<AuthUser> {
  if (Date.now() - row.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    const expiresAt = new Date(Date.now() + d.config.SESSION_TTL_HOURS * 3600_000);
    await touchSession(d.db, hash, expiresAt);
    row.lastSeenAt = new Date();
  }
  const role = row.role as Role;
  return {
    id: row.userId,
    username: row.username,
    fullName: row.fullName,
    role,
    permissions: permissionsOf(role),
    agencyId: row.agencyId,
    scopeUnitId: row.scopeUnitId,
    provinceId: row.provinceId,
    unitIds: await dataScope(d.db, row.scopeUnitId),
    csrfToken: row.csrfToken,
    sessionHash: hash,
    mustChangePassword: row.mustChangePassword,
  };
}

const usable = (token: string | undefined): token is string => !!token && token.length <= 100;

/** The user of this token, read from the database (absent, unknown, expired or disabled → null). */
export async function authenticate(d: SessionDeps, token: string | undefined): Promise<AuthUser | null> {
  if (!usable(token)) return null;
  const hash = tokenHash(token);
  const row = await sessionByHash(d.db, hash);
  return row ? toAuthUser(d, hash, row) : null;
}

/** `authenticate` with the per-process cache (SESSION_CACHE_MS; 0 = none), one per app. */
export function sessionResolver(d: SessionDeps, listener: CacheListener) {
  const ttl = d.config.SESSION_CACHE_MS;
  const cache = new Map<string, { row: SessionRow; at: number }>();
  let generation = 0;
  listener.on(SESSION_TABLES, () => {
    generation++;
    cache.clear();
  });
  const read = async (hash: string) => {
    const now = Date.now();
    const on = ttl > 0 && listener.live;
    const hit = on ? cache.get(hash) : undefined;
    if (hit && now - hit.at < ttl && hit.row.expiresAt.getTime() > now) return hit.row;
    const seen = generation;
    const row = await sessionByHash(d.db, hash);
    // An answer read before a sign-out or a change was heard is not kept after it.
    if (!on || seen !== generation || !listener.live) return row;
    if (!row) cache.delete(hash);
    else {
      if (cache.size >= MAX_ENTRIES) cache.clear();
      cache.set(hash, { row, at: now });
    }
    return row;
  };
  return async (token: string | undefined): Promise<AuthUser | null> => {
    if (!usable(token)) return null;
    const hash = tokenHash(token);
    const row = await read(hash);
    return row ? toAuthUser(d, hash, row) : null;
  };
}
