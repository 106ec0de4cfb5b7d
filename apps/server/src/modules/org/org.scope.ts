import type { Exec } from '../../platform/db/pool';
import type { AuthUser } from '../../platform/auth/context';
import { ancestors, scopeClosure } from './org.repo';

// Units change rarely; a short cache keeps scope resolution off the per-request path.
const TTL_MS = 60_000;
const cache = new Map<string, { data: ReadonlySet<string>; read: ReadonlySet<string>; at: number }>();

export function invalidateScopes(): void {
  cache.clear();
}

async function resolve(exec: Exec, rootId: string) {
  const hit = cache.get(rootId);
  if (hit && Date.now() - hit.at < TTL_MS) return hit;
  const [data, up] = await Promise.all([scopeClosure(exec, rootId), ancestors(exec, rootId)]);
  const entry = { data: new Set(data), read: new Set([...data, ...up]), at: Date.now() };
  cache.set(rootId, entry);
  return entry;
}

/** Units whose data a user scoped at `rootId` may see and change; null = national scope. */
export async function dataScope(exec: Exec, rootId: string | null): Promise<ReadonlySet<string> | null> {
  return rootId === null ? null : (await resolve(exec, rootId)).data;
}

/** The org catalogue a user may read: their scope plus the units above it (for names and recipients). */
export async function orgReadScope(exec: Exec, user: AuthUser): Promise<string[] | null> {
  return user.scopeUnitId === null ? null : [...(await resolve(exec, user.scopeUnitId)).read];
}
