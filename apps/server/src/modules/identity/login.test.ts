import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, PASSWORD, type TestApp } from '../../test/harness';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ LOGIN_MAX_FAILURES: '3', LOGIN_LOCK_MINUTES: '15' });
});
afterAll(() => t.close());

const attempt = (app: TestApp, username: string, password: string, extra: Record<string, unknown> = {}) =>
  app.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, ...extra });

describe('sign-in failures all look the same (no account probing)', () => {
  it('unknown user, wrong password, disabled and locked accounts get one identical answer', async () => {
    const admin = await t.userSession('admin', { scopeUnitId: null });
    await t.userSession('leader', { username: 'dung.sai' });
    const disabled = await t.userSession('leader', { username: 'bi.khoa.tk' });
    await t.api('PATCH', `/api/users/${disabled.userId}`, { session: admin, body: { disabled: true } });
    await t.userSession('leader', { username: 'bi.tam.khoa' });
    for (let i = 0; i < 3; i++) await attempt(t, 'bi.tam.khoa', 'Sai-mat-khau-nhe');

    const answers = [
      await attempt(t, 'khong.ton.tai', PASSWORD),
      await attempt(t, 'dung.sai', 'Sai-mat-khau-nhe'),
      // The right password on a disabled or locked account must not reveal that it was right.
      await attempt(t, 'bi.khoa.tk', PASSWORD),
      await attempt(t, 'bi.tam.khoa', PASSWORD),
      await attempt(t, 'bi.tam.khoa', 'Sai-mat-khau-nhe'),
    ];
    for (const a of answers) {
      expect(a.statusCode).toBe(401);
      expect(a.body).toBe(answers[0]!.body);
      expect(a.headers['set-cookie']).toBeUndefined();
    }
    expect(answers[0]!.json().error.code).toBe('AUTH_INVALID_CREDENTIALS');

    // The lockout still applies, and the audit log (for administrators) says why each one failed.
    const reasons = await t.db.execute<{ username: string; reason: string }>(
      sql`select actor_username as username, after->>'reason' as reason from audit_log
          where action = 'login_failed' order by id`,
    );
    expect(reasons.rows.slice(-5).map((r) => r.reason)).toEqual([
      'unknown_user',
      'wrong_password',
      'disabled',
      'locked',
      'wrong_password',
    ]);
    await t.db.execute(sql`update app_user set locked_until = null where username = 'bi.tam.khoa'`);
    expect((await attempt(t, 'bi.tam.khoa', PASSWORD)).statusCode).toBe(200);
  });
});

describe('sign-in rate limit and client address', () => {
  const lastLoginIp = async (app: TestApp, username: string) =>
    (
      await app.db.execute<{ ip: string }>(
        sql`select ip from audit_log where actor_username = ${username} order by id desc limit 1`,
      )
    ).rows[0]?.ip;

  it('keys on the socket address: a forged X-Forwarded-For or a fresh cookie per attempt buys nothing', async () => {
    const strict = await createTestApp({ LOGIN_RATE_PER_MINUTE: '5', LOGIN_MAX_FAILURES: '100' });
    try {
      await strict.userSession('leader', { username: 'gia.mao' });
      const statuses: number[] = [];
      for (let i = 0; i < 8; i++) {
        const r = await attempt(strict, 'gia.mao', 'Sai-mat-khau-nhe', {
          remoteAddress: '203.0.113.7',
          headers: {
            'x-forwarded-for': `198.51.100.${i}`,
            cookie: `vte_session=${'r'.repeat(10)}${i}`,
          },
        });
        statuses.push(r.statusCode);
      }
      // userSession's own sign-in came from another address and does not count here.
      expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429, 429]);
      expect(await lastLoginIp(strict, 'gia.mao')).toBe('203.0.113.7');
      // Another address has its own allowance.
      const other = await attempt(strict, 'gia.mao', PASSWORD, { remoteAddress: '203.0.113.8' });
      expect(other.statusCode).toBe(200);
    } finally {
      await strict.close();
    }
  });

  it('believes X-Forwarded-For only from a proxy listed in TRUST_PROXY', async () => {
    const proxied = await createTestApp({ LOGIN_RATE_PER_MINUTE: '2', TRUST_PROXY: '10.0.0.0/8' });
    try {
      await proxied.userSession('leader', { username: 'qua.proxy' });
      const viaProxy = (client: string) =>
        attempt(proxied, 'qua.proxy', 'Sai-mat-khau-nhe', {
          remoteAddress: '10.1.2.3',
          headers: { 'x-forwarded-for': client },
        });
      expect((await viaProxy('198.51.100.20')).statusCode).toBe(401);
      expect(await lastLoginIp(proxied, 'qua.proxy')).toBe('198.51.100.20');
      expect((await viaProxy('198.51.100.20')).statusCode).toBe(401);
      expect((await viaProxy('198.51.100.20')).statusCode).toBe(429);
      // Each client behind the proxy has its own allowance.
      expect((await viaProxy('198.51.100.21')).statusCode).toBe(401);
      // The same header from a peer that is not a trusted proxy is ignored.
      await attempt(proxied, 'qua.proxy', 'Sai-mat-khau-nhe', {
        remoteAddress: '203.0.113.9',
        headers: { 'x-forwarded-for': '198.51.100.99' },
      });
      expect(await lastLoginIp(proxied, 'qua.proxy')).toBe('203.0.113.9');
    } finally {
      await proxied.close();
    }
  });
});
