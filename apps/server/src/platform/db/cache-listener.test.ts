import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../app';
import { LY_SON } from '../../modules/org';
import { PASSWORD, createTestApp, type Session, type TestApp } from '../../test/harness';
import { until, untilLive } from '../../test/cache-helpers';
import { createDb, createPool } from './pool';

// Two app instances on one database, each with its own pool and cache listener, as two server
// processes behind a load balancer. Caches are kept far longer than the test (1 min): anything B
// stops answering from memory, it stops because it heard A's write from PostgreSQL.

let a: TestApp;
let b: FastifyInstance;
let bPool: ReturnType<typeof createPool>;
let admin: Session;

beforeAll(async () => {
  a = await createTestApp({ SESSION_CACHE_MS: '60000', LIST_CACHE_MS: '60000' });
  bPool = createPool(a.pool.options.connectionString!, 5);
  b = await buildApp(a.config, { db: createDb(bPool), mode: 'external' });
  await b.ready();
  await untilLive(a.app);
  await untilLive(b);
  admin = await a.userSession('admin', { scopeUnitId: LY_SON.districtId });
});
afterAll(async () => {
  await b.close();
  await bPool.end();
  await a.close();
});

const onB = async (method: 'GET' | 'POST', url: string, s: Session) =>
  b.inject({ method, url, headers: { cookie: s.cookie, 'x-csrf-token': s.csrf } });

/** Resolves once B's listener has heard a write to `table` made after this call. */
function heardOnB(table: string): () => Promise<void> {
  let heard = false;
  const off = b.cacheListener.on([table], () => (heard = true));
  return () => until(() => heard).finally(off);
}

describe('caches across app processes', () => {
  it('a session signed out on A is refused by B on its next request', async () => {
    const s = await a.userSession('focal_officer');
    expect((await onB('GET', '/api/auth/me', s)).statusCode).toBe(200); // now cached on B
    const heard = heardOnB('user_session');
    expect((await a.api('POST', '/api/auth/logout', { session: s })).status).toBe(204);
    await heard();
    expect((await onB('GET', '/api/auth/me', s)).statusCode).toBe(401);
  });

  it('a user disabled on A is refused by B on its next request', async () => {
    const s = await a.userSession('focal_officer');
    expect((await onB('GET', '/api/org/agencies', s)).statusCode).toBe(200);
    const heard = heardOnB('app_user');
    const r = await a.api('PATCH', `/api/users/${s.userId}`, { session: admin, body: { disabled: true } });
    expect(r.status).toBe(200);
    await heard();
    expect((await onB('GET', '/api/org/agencies', s)).statusCode).toBe(401);
  });

  it("a password changed on A signs the user's other sessions out on B", async () => {
    const first = await a.userSession('leader', { username: 'lanhdao-hai-may' });
    const second = await a.login('lanhdao-hai-may', PASSWORD);
    expect((await onB('GET', '/api/auth/me', second)).statusCode).toBe(200);
    const heard = heardOnB('user_session');
    const changed = await a.api('POST', '/api/auth/password', {
      session: first,
      body: { currentPassword: PASSWORD, newPassword: 'Mat-khau-moi-cua-lanh-dao-9' },
    });
    expect(changed.status).toBe(204);
    await heard();
    expect((await onB('GET', '/api/auth/me', second)).statusCode).toBe(401);
    expect((await onB('GET', '/api/auth/me', first)).statusCode).toBe(200);
  });

  it('a list cached on B shows a write made on A', async () => {
    const list = async () =>
      (await onB('GET', '/api/org/agencies?pageSize=200', admin)).json<{ items: { name: string }[] }>();
    expect((await list()).items.map((i) => i.name)).not.toContain('Đoàn Thanh niên (hai máy)');
    const heard = heardOnB('agency');
    const created = await a.api('POST', '/api/org/agencies', {
      session: admin,
      body: {
        unitId: LY_SON.districtId,
        name: 'Đoàn Thanh niên (hai máy)',
        kind: 'mass_organisation',
        validFrom: '2020-01-01',
      },
    });
    expect(created.status).toBe(201);
    await heard();
    expect((await list()).items.map((i) => i.name)).toContain('Đoàn Thanh niên (hai máy)');
  });
});
