import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LY_SON } from '../org';
import { createTestApp, type Session, type TestApp } from '../../test/harness';

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.userSession('admin', { scopeUnitId: null });
});
afterAll(() => t.close());

const OPEN = new Set(['GET /api/auth/me', 'POST /api/auth/password', 'POST /api/auth/logout']);
const ANY_ID = '00000000-0000-4000-8000-000000000000';

/** An administrator whose account was just created with a chosen password: it must be changed first. */
async function forcedSession(username: string): Promise<Session> {
  const created = await t.api('POST', '/api/users', {
    session: admin,
    body: {
      username,
      fullName: 'Quản trị mới',
      role: 'admin',
      scopeUnitId: null,
      password: 'Tam-thoi-Ly-Son-42',
    },
  });
  expect(created.status).toBe(201);
  expect(created.body.user.mustChangePassword).toBe(true);
  return t.login(username, 'Tam-thoi-Ly-Son-42');
}

describe('forced password change is enforced by the server', () => {
  it('closes every API route but me, password change and logout until the password changes', async () => {
    const s = await forcedSession('qtmoi1');
    const routes = t.app.routeTable.filter((r) => r.url.startsWith('/api/') && r.access !== 'public');
    expect(routes.length).toBeGreaterThan(50);
    const wrong: string[] = [];
    for (const r of routes) {
      const key = `${r.method} ${r.url}`;
      if (OPEN.has(key)) continue;
      const url = r.url.replace(/:[a-zA-Z]+/g, ANY_ID);
      const res = await t.api(r.method, url, { session: s, ...(r.method === 'GET' ? {} : { body: {} }) });
      if (res.status !== 403 || res.body.error?.code !== 'AUTH_PASSWORD_CHANGE_REQUIRED')
        wrong.push(`${key} → ${res.status} ${res.body.error?.code}`);
    }
    expect(wrong).toEqual([]);
    const users = await t.api('GET', '/api/users', { session: s });
    expect(users.body.error.message).toMatch(/đổi mật khẩu/);

    const me = await t.api('GET', '/api/auth/me', { session: s });
    expect(me.status).toBe(200);
    expect(me.body.user.mustChangePassword).toBe(true);
    const changed = await t.api('POST', '/api/auth/password', {
      session: s,
      body: { currentPassword: 'Tam-thoi-Ly-Son-42', newPassword: 'Bien-dao-xanh-2025' },
    });
    expect(changed.status).toBe(204);
    expect((await t.api('GET', '/api/users', { session: s })).status).toBe(200);
    expect((await t.api('GET', `/api/org/agencies/${LY_SON.agency('gddt')}`, { session: s })).status).toBe(
      200,
    );
  });

  it('applies after an administrator resets the password, and logout stays open', async () => {
    const s = await t.userSession('leader', { username: 'lanhdao.reset' });
    expect((await t.api('GET', '/api/plans', { session: s })).status).toBe(200);
    const reset = await t.api('POST', `/api/users/${s.userId}/reset-password`, { session: admin });
    const fresh = await t.login('lanhdao.reset', reset.body.temporaryPassword);
    const plans = await t.api('GET', '/api/plans', { session: fresh });
    expect(plans.status).toBe(403);
    expect(plans.body.error.code).toBe('AUTH_PASSWORD_CHANGE_REQUIRED');
    expect((await t.api('POST', '/api/auth/logout', { session: fresh })).status).toBe(204);
  });
});
