import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { inject } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app';
import { createTestApp, type Session, type TestApp } from '../test/harness';
import { withDb } from '../test/global-setup';
import { errorSummary } from './logger';

// The logging rule: errors are logged with their code, the route pattern and the request id — never
// a failed query's parameters or SQL, a body, a query string, an id from the URL or a header.
let t: TestApp;
let app: FastifyInstance;
let admin: Session;
const lines: string[] = [];

const personal = {
  username: 'hoa.nguyen',
  fullName: 'Nguyễn Thị Hoa',
  email: 'hoa.nguyen@example.vn',
  phone: '0905123456',
};

beforeAll(async () => {
  t = await createTestApp();
  const database = { db: t.db, mode: 'external' as const };
  app = await buildApp({ ...t.config, LOG_LEVEL: 'info' }, database, { write: (l) => void lines.push(l) });
  await app.ready();
  admin = await t.userSession('admin', { scopeUnitId: null });
  // A constraint the app does not expect: the insert fails in PostgreSQL with the user's data as parameters.
  const su = new pg.Client({ connectionString: withDb(inject('pgAdminUrl'), t.dbName) });
  await su.connect();
  await su.query(`alter table app_user add constraint test_phone_check check (phone <> '${personal.phone}')`);
  await su.end();
});
afterAll(async () => {
  await app.close();
  await t.close();
});

const call = (method: 'GET' | 'POST', url: string, payload?: object) =>
  app.inject({
    method,
    url,
    headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrf },
    ...(payload ? { payload } : {}),
  });

describe('logs', () => {
  it('a database error is logged with its codes, route and request id — no parameters, SQL or body', async () => {
    lines.length = 0;
    const r = await call('POST', '/api/users', {
      ...personal,
      role: 'admin',
      scopeUnitId: null,
      password: 'Mot-mat-khau-rat-dai-va-kho-doan-2025',
    });
    expect(r.statusCode).toBe(500);
    expect(r.json().error.code).toBe('INTERNAL');
    const log = lines.join('');
    for (const value of [...Object.values(personal), 'Mot-mat-khau', '$argon2id', 'insert into', 'params'])
      expect(log, value).not.toContain(value);
    const entry = lines.map((l) => JSON.parse(l)).find((l) => l.msg === 'unhandled error');
    expect(entry).toMatchObject({
      level: 50,
      code: 'INTERNAL',
      route: '/api/users',
      reqId: expect.any(String),
    });
    expect(JSON.stringify(entry.error)).toContain('"code":"23514"');
    expect(JSON.stringify(entry.error)).toContain('"constraint":"test_phone_check"');
    expect(entry.error.stack.length).toBeGreaterThan(0);
  });

  it('requests are logged by route pattern: no ids, query strings or headers', async () => {
    lines.length = 0;
    const q = encodeURIComponent(personal.fullName);
    expect((await call('GET', `/api/users?q=${q}&pageSize=5`)).statusCode).toBe(200);
    expect((await call('GET', `/api/users/${admin.userId}`)).statusCode).toBe(200);
    expect((await call('GET', `/api/khong-co/${admin.userId}?email=${personal.email}`)).statusCode).toBe(404);
    const log = lines.join('');
    const secrets = [q, 'Nguy', admin.userId, 'pageSize', personal.email, 'khong-co'];
    for (const value of [...secrets, admin.cookie.split('=')[1]!, admin.csrf])
      expect(log, value).not.toContain(value);
    const routes = lines.map((l) => JSON.parse(l)).flatMap((l) => (l.req ? [l.req.route] : []));
    expect(routes).toEqual(['/api/users', '/api/users/:id', '(no route)']);
  });

  it('a failed job is stored and logged without the query or its parameters', async () => {
    const e = await t.db
      .execute(`select 1 where ${"'" + personal.email + "'"}::int = 1`)
      .catch((x: unknown) => x);
    const summary = errorSummary(e);
    expect(summary).toContain('22P02');
    expect(summary).not.toContain(personal.email);
  });
});
