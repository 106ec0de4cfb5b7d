// The demo's people: accounts created like `user:create` does, then each one signed in with its
// password. A service call gets the context the server builds for a signed-in user's request:
// `login` opens a session, `authenticate` reads it back (role permissions from rolePermissions,
// agency, data scope from the org module), exactly as on every HTTP request.
import { loginInput, type Permission } from '@vte/contracts';
import type { Config } from '../../apps/server/src/config';
import type { AuthedContext, RequestContext } from '../../apps/server/src/platform/auth/context';
import type { Db } from '../../apps/server/src/platform/db/pool';
import { AppError } from '../../apps/server/src/platform/http/app-error';
import { createUserDirect } from '../../apps/server/src/modules/identity';
import { login, logout } from '../../apps/server/src/modules/identity/auth.service';
import { authenticate } from '../../apps/server/src/modules/identity/session.service';
import { LY_SON } from '../../apps/server/src/modules/org';
import * as story from './report-cycle-story';

export interface Account {
  username: string;
  fullName: string;
  role: string;
}

const USER_AGENT = 'npm run cli -- demo:report-cycle';

/** What a route checks before it calls its service: the permission it declares. */
export function need(ctx: AuthedContext, permission: Permission): AuthedContext {
  if (!ctx.user.permissions.has(permission)) throw new AppError('FORBIDDEN');
  return ctx;
}

export async function signInEveryone(db: Db, config: Config) {
  const accounts = [
    ...story.agencies.map((a) => ({ ...a, agency: a.key, province: false })),
    ...story.others,
  ].map((a) => ({
    username: a.username,
    fullName: a.fullName,
    role: a.role,
    agencyId: LY_SON.agency(a.agency),
    scopeUnitId: a.province ? LY_SON.provinceId : LY_SON.districtId,
  }));
  for (const a of accounts) {
    // One transaction per account: the user row and its audit row together (docs/architecture.md §5.10).
    await db.transaction((tx) => createUserDirect(tx, { ...a, password: story.DEMO_PASSWORD }));
  }
  const deps = { db, config };
  const contexts = new Map<string, AuthedContext>();
  for (const a of accounts) {
    const base: RequestContext = { user: null, ip: 'cli', userAgent: USER_AGENT };
    const input = loginInput.parse({ username: a.username, password: story.DEMO_PASSWORD });
    const { token } = await login(deps, base, input);
    const user = await authenticate(deps, token);
    if (!user) throw new Error(`Tài khoản ${a.username} không đăng nhập được.`);
    contexts.set(a.username, { ...base, user });
  }
  return {
    accounts: accounts.map(({ username, fullName, role }): Account => ({ username, fullName, role })),
    /** The signed-in reporter (or focal officer) of an agency of the story. */
    ofAgency: (key: string) => contexts.get(story.agencies.find((a) => a.key === key)!.username)!,
    province: contexts.get(story.others.find((o) => o.province)!.username)!,
    /** Everyone signs out: no demo session is left behind in the database. */
    signOut: async () => {
      for (const ctx of contexts.values()) await logout(deps, ctx);
    },
  };
}
