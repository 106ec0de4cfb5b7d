import type { Exec } from '../../platform/db/pool';
import type { AuthUser } from '../../platform/auth/context';
import type { CacheListener } from '../../platform/db/cache-listener';
import { ancestors, scopeClosure } from './org.repo';

// Units change rarely; a cache keeps scope resolution off the per-request path. It is emptied when any
// process writes units or successions (the cache listener) and used only while every app of this
// process listens: without a listener (CLI) or with one down, scopes are read from the database.
const TTL_MS = 60_000;
const cache = new Map<string, { data: ReadonlySet<string>; read: ReadonlySet<string>; at: number }>();
const listeners = new Set<CacheListener>();
let generation = 0;

export function invalidateScopes(): void {
  generation++;
  cache.clear();
}

/** Lets the scope cache serve while `listener` is live; returns the function that undoes it. */
export function watchScopes(listener: CacheListener): () => void {
  const off = listener.on(['admin_unit', 'unit_succession'], invalidateScopes);
  listeners.add(listener);
  return () => {
    off();
    listeners.delete(listener);
    invalidateScopes();
  };
}

function cacheUsable(): boolean {
  if (listeners.size === 0) return false;
  for (const l of listeners) if (!l.live) return false;
  return true;
}

async function resolve(exec: Exec, rootId: string) {
  const usable = cacheUsable();
  const hit = usable ? cache.get(rootId) : undefined;
  if (hit && Date.now() - hit.at < TTL_MS) return hit;
  const seen = generation;
  const [data, up] = await Promise.all([scopeClosure(exec, rootId), ancestors(exec, rootId)]);
  const entry = { data: new Set(data), read: new Set([...data, ...up]), at: Date.now() };
  if (usable && seen === generation) cache.set(rootId, entry);
  return entry;
}

/** Units whose data a user scoped at `rootId` may see and change; null = national scope. */
export async function dataScope(exec: Exec, rootId: string | null): Promise<ReadonlySet<string> | null> {
  return rootId === null ? null : (await resolve(exec, rootId)).data;
}

/** The org catalogue a user may read: their scope plus the units above it (for names and recipients). */
export async function orgReadScope(exec: Exec, user: AuthUser): Promise<string[] | null> {
  const set = await orgReadSet(exec, user);
  return set === null ? null : [...set];
}

/** The same, as the cached set itself (lists pass it to SQL without copying it per request). */
export async function orgReadSet(exec: Exec, user: AuthUser): Promise<ReadonlySet<string> | null> {
  return user.scopeUnitId === null ? null : (await resolve(exec, user.scopeUnitId)).read;
}
