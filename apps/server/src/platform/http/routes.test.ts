import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roles, rolePermissions, type Role } from '@vte/contracts';
import { LY_SON } from '../../modules/org';
import { buildApp } from '../../app';
import { createTestApp, type Session, type TestApp } from '../../test/harness';

type AppDatabase = Parameters<typeof buildApp>[1];

let t: TestApp;
let targetUserId: string;
const sessions = new Map<Role, Session>();
const PUBLIC_ALLOWED = ['/api/portal/', '/api/health', '/api/openapi.json', '/api/auth/login'];

beforeAll(async () => {
  t = await createTestApp();
  for (const role of roles) sessions.set(role, await t.userSession(role, { scopeUnitId: LY_SON.districtId }));
  // Reset/unlock end the target's sessions, so the target is nobody signed in here.
  targetUserId = (await t.userSession('leader', { scopeUnitId: LY_SON.districtId, username: 'muctieu' }))
    .userId;
});
afterAll(() => t.close());

const apiRoutes = () => t.app.routeTable.filter((r) => r.url.startsWith('/api/'));

// A concrete URL for a route pattern: ids point at seeded records inside Lý Sơn.
function concrete(url: string, userId: string): string {
  return url.replace(
    ':id',
    url.startsWith('/api/users')
      ? userId
      : url.includes('/units')
        ? LY_SON.districtId
        : url.includes('/groups')
          ? LY_SON.group('hoi-doan-the')
          : LY_SON.agency('gddt'),
  );
}

describe('route registry', () => {
  // Was also "every route's access is defined" over the route table: that could not fail, since
  // buildApp refuses such a route before it reaches the table. The refusal itself is tested instead.
  it('refuses to build an app with an API route that declares no access', async () => {
    const app = await buildApp(t.config, { db: t.db, readDb: t.db, mode: 'external' } as AppDatabase);
    try {
      expect(() => app.get('/api/sans-access', async () => 'x')).toThrow(/declares no access/);
      expect(() =>
        app.get('/api/avec-access', { config: { access: 'public' } }, async () => 'x'),
      ).not.toThrow();
    } finally {
      await app.close();
    }
  });

  it('only portal-type routes are public', () => {
    const routes = apiRoutes();
    expect(routes.length).toBeGreaterThan(20);
    for (const r of routes) {
      if (r.access === 'public')
        expect(
          PUBLIC_ALLOWED.some((p) => r.url.startsWith(p)),
          `${r.method} ${r.url} is public`,
        ).toBe(true);
    }
  });

  it('publishes an OpenAPI document listing the routes', async () => {
    const doc = await t.api('GET', '/api/openapi.json');
    expect(doc.status).toBe(200);
    expect(Object.keys(doc.body.paths)).toContain('/api/users/{id}');
  });
});

describe('permission matrix: every role × every route', () => {
  it('allows or refuses exactly as declared', async () => {
    const target = targetUserId;
    const failures: string[] = [];
    for (const r of apiRoutes()) {
      if (r.url === '/api/auth/logout') continue; // ends the session; covered in auth tests
      for (const role of roles) {
        const s = sessions.get(role)!;
        const res = await t.api(r.method, concrete(r.url, target), {
          session: s,
          ...(r.method !== 'GET' ? { body: {} } : {}),
        });
        const allowed =
          r.access === 'public' || r.access === 'authenticated' || rolePermissions[role].includes(r.access!);
        const refused = res.status === 403 && res.body.error.code === 'FORBIDDEN';
        if (allowed === refused || res.status === 401 || res.status >= 500)
          failures.push(`${role} ${r.method} ${r.url} → ${res.status}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('refuses every non-public route to an anonymous caller with 401', async () => {
    for (const r of apiRoutes().filter((x) => x.access !== 'public')) {
      const res = await t.api(
        r.method,
        concrete(r.url, targetUserId),
        r.method !== 'GET' ? { body: {} } : {},
      );
      expect(res.status, `${r.method} ${r.url}`).toBe(401);
    }
  });
});
