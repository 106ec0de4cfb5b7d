import crypto from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Role } from '@vte/contracts';
import { buildApp } from '../app';
import { loadConfig, type Config } from '../config';
import { createDb, createPool, type Db } from '../platform/db/pool';
import { createUserDirect } from '../modules/identity';
import { LY_SON } from '../modules/org';
import { withDb } from './global-setup';
import { typedApi, type RawApi, type TypedApi } from './typed-api';

export interface Session {
  cookie: string;
  csrf: string;
  userId: string;
}

/** Typed calls (`get`, `post`, … with the response contract; `refused` for errors) from typed-api.ts. */
export interface TestApp extends TypedApi {
  app: FastifyInstance;
  db: Db;
  pool: pg.Pool;
  config: Config;
  dbName: string;
  /** The schema owner's connection to this database (DDL, backup and restore). */
  ownerUrl: string;
  /** Creates a user directly (like the CLI) and signs in through the API. */
  userSession(
    role: Role,
    opts?: { scopeUnitId?: string | null; agencyId?: string | null; username?: string },
  ): Promise<Session>;
  login(username: string, password: string): Promise<Session>;
  /** @deprecated Untyped (`body: any`): use the typed calls (`get`, `post`, …) or `apiRaw`. */
  api: RawApi;
  /** Untyped on purpose: deliberately bad input, and answers that are not JSON. */
  apiRaw: RawApi;
  close(): Promise<void>;
}

export const PASSWORD = 'Mat-khau-thu-nghiem-1';

/** A fresh database cloned from the seeded template, and the app built on it. */
export async function createTestApp(overrides: Record<string, string> = {}): Promise<TestApp> {
  const adminUrl = inject('pgAdminUrl');
  const dbName = `vte_t_${crypto.randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  // Owned by the run's owner role (so its tables keep their owner); the app connects as the app role.
  const ownerUrl = withDb(inject('pgOwnerUrl'), dbName);
  await admin.query(
    `create database ${dbName} owner "${new URL(ownerUrl).username}" template ${inject('templateDb')}`,
  );
  await admin.end();
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    NODE_ENV: 'test',
    WEB_DIST: '/nonexistent',
    LOGIN_RATE_PER_MINUTE: '1000',
    SESSION_CACHE_MS: '0',
    ...overrides,
  });
  const pool = createPool(withDb(inject('pgAppUrl'), dbName), 5);
  const db = createDb(pool);
  const app = await buildApp(config, { db, mode: 'external' });
  await app.ready();

  const api: RawApi = async (method, url, opts = {}) => {
    const headers: Record<string, string> = { ...(opts.headers ?? {}) };
    if (opts.session) {
      headers.cookie = opts.session.cookie;
      headers['x-csrf-token'] ??= opts.session.csrf;
    }
    const res = await app.inject({
      method: method as 'GET',
      url,
      headers,
      ...(opts.body !== undefined ? { payload: opts.body as object } : {}),
    });
    let body: unknown = res.body;
    try {
      body = res.json();
    } catch {
      /* not JSON */
    }
    return { status: res.statusCode, body };
  };

  const login = async (username: string, password: string): Promise<Session> => {
    const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
    if (res.statusCode !== 200) throw new Error(`login ${username}: ${res.statusCode} ${res.body}`);
    const cookie = res.cookies.find((c) => c.name === 'vte_session')!;
    const me = res.json();
    return { cookie: `vte_session=${cookie.value}`, csrf: me.csrfToken, userId: me.user.id };
  };

  let n = 0;
  return {
    app,
    db,
    pool,
    config,
    dbName,
    ownerUrl,
    login,
    api,
    apiRaw: api,
    ...typedApi(api),
    async userSession(role, opts = {}) {
      const username = opts.username ?? `${role.replace('_', '')}${++n}`;
      await createUserDirect(db, {
        username,
        password: PASSWORD,
        role,
        scopeUnitId: opts.scopeUnitId === undefined ? LY_SON.districtId : opts.scopeUnitId,
        agencyId: opts.agencyId ?? (role === 'agency_reporter' ? LY_SON.agency('gddt') : null),
      });
      return login(username, PASSWORD);
    },
    async close() {
      await app.close();
      await pool.end();
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`drop database if exists ${dbName} with (force)`);
      await c.end();
    },
  };
}
