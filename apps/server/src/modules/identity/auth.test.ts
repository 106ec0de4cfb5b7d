import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { meDto, pageOf, userDto, z } from '@vte/contracts';
import { createTestApp, PASSWORD, type TestApp } from '../../test/harness';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ LOGIN_MAX_FAILURES: '3', LOGIN_LOCK_MINUTES: '15' });
});
afterAll(() => t.close());

const auditRows = async (action: string, entityId?: string) =>
  (
    await t.db.execute<{ n: number }>(
      sql`select count(*)::int as n from audit_log where action = ${action} and (${entityId ?? null}::text is null or entity_id = ${entityId ?? null})`,
    )
  ).rows[0]!.n;

describe('sign-in', () => {
  it('signs in, sets an httpOnly SameSite cookie, and answers /me', async () => {
    const s = await t.userSession('focal_officer', { username: 'canbo1' });
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'canbo1', password: PASSWORD },
    });
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/vte_session=/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    const me = await t.get('/api/auth/me', meDto, { session: s });
    expect(me.body.user.username).toBe('canbo1');
    expect(me.body.permissions).toContain('org.read');
    expect(me.body.permissions).not.toContain('users.manage');
    expect(me.body.user).not.toHaveProperty('passwordHash');
    expect(await auditRows('login', s.userId)).toBeGreaterThanOrEqual(1);
  });

  it('refuses a wrong password with a Vietnamese message and audits it', async () => {
    await t.userSession('leader', { username: 'lanhdao1' });
    const res = await t.refused('POST', '/api/auth/login', {
      body: { username: 'lanhdao1', password: 'sai-mat-khau' },
    });
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('AUTH_INVALID_CREDENTIALS');
    expect(res.body.error.message).toMatch(/mật khẩu không đúng/);
    expect(await auditRows('login_failed')).toBeGreaterThanOrEqual(1);
  });

  it('answers an unknown user exactly like a wrong password', async () => {
    const res = await t.refused('POST', '/api/auth/login', {
      body: { username: 'khongtontai', password: 'x' },
    });
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('AUTH_INVALID_CREDENTIALS');
  });

  it('locks the account after repeated failures, even for the right password', async () => {
    await t.userSession('police', { username: 'congan1' });
    for (let i = 0; i < 2; i++) {
      expect(
        (await t.refused('POST', '/api/auth/login', { body: { username: 'congan1', password: 'sai' } }))
          .status,
      ).toBe(401);
    }
    const third = await t.refused('POST', '/api/auth/login', {
      body: { username: 'congan1', password: 'sai' },
    });
    // Locked, but the answer does not say so (login.test.ts: no account probing).
    expect(third.status).toBe(401);
    expect(third.body.error.code).toBe('AUTH_INVALID_CREDENTIALS');
    const right = await t.refused('POST', '/api/auth/login', {
      body: { username: 'congan1', password: PASSWORD },
    });
    expect(right.status).toBe(401);
    // An administrator unlocks it.
    const admin = await t.userSession('admin', { scopeUnitId: null });
    const user = (await t.get('/api/users?q=congan1', pageOf(userDto), { session: admin })).body.items[0]!;
    const unlocked = await t.post(`/api/users/${user.id}/unlock`, userDto, { session: admin });
    expect(unlocked.status).toBe(200);
    expect(unlocked.body.locked).toBe(false);
    expect(
      (await t.post('/api/auth/login', meDto, { body: { username: 'congan1', password: PASSWORD } })).status,
    ).toBe(200);
  });

  it('rate-limits sign-in attempts from one address', async () => {
    const strict = await createTestApp({ LOGIN_RATE_PER_MINUTE: '5' });
    let limited = 0;
    for (let i = 0; i < 8; i++) {
      const r = await strict.api('POST', '/api/auth/login', {
        body: { username: `rl${i}`, password: 'x' },
        headers: { 'x-forwarded-for': '10.9.9.9' },
      });
      if (r.status === 429) {
        limited++;
        expect(r.body.error.message).toMatch(/thử lại/);
      }
    }
    expect(limited).toBe(3);
    await strict.close();
  });
});

describe('sessions and CSRF', () => {
  it('refuses a cookie-authenticated write without the CSRF header', async () => {
    const s = await t.userSession('leader');
    const res = await t.refused('POST', '/api/auth/logout', {
      session: s,
      headers: { 'x-csrf-token': 'forged' },
    });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('CSRF_INVALID');
    expect((await t.get('/api/auth/me', meDto, { session: s })).status).toBe(200);
  });

  it('logs out and the session no longer works', async () => {
    const s = await t.userSession('leader');
    expect((await t.post('/api/auth/logout', z.undefined(), { session: s })).status).toBe(204);
    const me = await t.refused('GET', '/api/auth/me', { session: s });
    expect(me.status).toBe(401);
    expect(me.body.error.code).toBe('SESSION_EXPIRED');
  });

  it('treats an expired session as signed out', async () => {
    const s = await t.userSession('auditor');
    await t.db.execute(
      sql`update user_session set expires_at = now() - interval '1 minute' where user_id = ${s.userId}`,
    );
    const me = await t.refused('GET', '/api/auth/me', { session: s });
    expect(me.status).toBe(401);
    expect(me.body.error.message).toMatch(/hết hạn/);
  });

  it('answers 401 with no cookie at all', async () => {
    const me = await t.refused('GET', '/api/auth/me');
    expect(me.status).toBe(401);
    expect(me.body.error.code).toBe('UNAUTHENTICATED');
  });
});

describe('password change', () => {
  it('changes the password, signs out other sessions, and audits', async () => {
    const s1 = await t.userSession('commune_worker', { username: 'cbxa1' });
    const s2 = await t.login('cbxa1', PASSWORD);
    const weak = await t.refused('POST', '/api/auth/password', {
      session: s1,
      body: { currentPassword: PASSWORD, newPassword: 'aaaaaaaaaa' },
    });
    expect(weak.status).toBe(400);
    expect(weak.body.error.code).toBe('AUTH_WEAK_PASSWORD');
    const wrong = await t.refused('POST', '/api/auth/password', {
      session: s1,
      body: { currentPassword: 'sai', newPassword: 'Moi-mat-khau-2' },
    });
    expect(wrong.body.error.code).toBe('AUTH_WRONG_PASSWORD');
    const ok = await t.post('/api/auth/password', z.undefined(), {
      session: s1,
      body: { currentPassword: PASSWORD, newPassword: 'Moi-mat-khau-2' },
    });
    expect(ok.status).toBe(204);
    expect((await t.get('/api/auth/me', meDto, { session: s1 })).status).toBe(200);
    expect((await t.refused('GET', '/api/auth/me', { session: s2 })).status).toBe(401);
    expect((await t.login('cbxa1', 'Moi-mat-khau-2')).userId).toBe(s1.userId);
    expect(await auditRows('password_change', s1.userId)).toBe(1);
  });
});

describe('session cache', () => {
  it('forgets a cached session at sign-out and when the user is disabled', async () => {
    const cached = await createTestApp({ SESSION_CACHE_MS: '60000' });
    const admin = await cached.userSession('admin', { scopeUnitId: null });
    const s = await cached.userSession('leader');
    expect((await cached.api('GET', '/api/auth/me', { session: s })).status).toBe(200);
    await cached.api('PATCH', `/api/users/${s.userId}`, { session: admin, body: { disabled: true } });
    expect((await cached.api('GET', '/api/auth/me', { session: s })).status).toBe(401);
    const s2 = await cached.userSession('leader');
    expect((await cached.api('GET', '/api/auth/me', { session: s2 })).status).toBe(200);
    await cached.api('POST', '/api/auth/logout', { session: s2 });
    expect((await cached.api('GET', '/api/auth/me', { session: s2 })).status).toBe(401);
    await cached.close();
  });
});
