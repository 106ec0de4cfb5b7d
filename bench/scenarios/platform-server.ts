import { performance } from 'node:perf_hooks';
import { seedOrg } from '../../apps/server/src/modules/org';
import { runMigrations } from '../../apps/server/src/platform/db/migrate';
import { createDb, createPool } from '../../apps/server/src/platform/db/pool';
import { freePort, startApp } from '../lib/app-process';
import { getOk, signIn } from '../lib/http';
import { measure, type LoadFigures, type LoadSpec } from '../lib/load';
import { bareSql } from './platform-sql';
import { appAndDatabase, type GroupMemory } from '../lib/memory';
import { processTree } from '../lib/procfs';
import { createBenchDatabase, serverVersion, startBenchPostgres } from '../lib/postgres';
import { insertProvince, type SyntheticProvince } from '../lib/synthetic';
import { selected, type BenchOptions } from '../lib/types';

// Server mode as deployed: the app as its own process on a PostgreSQL server given by DATABASE_URL,
// loaded with autocannon on health, two authenticated lists and sign-in; then idle memory.

const AGENCIES = '/api/org/agencies?page=1&pageSize=20';
const USERS = '/api/users?page=1&pageSize=20';

type Log = (m: string) => void;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const ms = (t0: number) => Math.round(performance.now() - t0);

export async function seedDatabase(
  url: string,
  province: SyntheticProvince,
  hash: string,
  withSchema: boolean,
): Promise<void> {
  const pool = createPool(url, 2);
  try {
    const db = createDb(pool);
    if (withSchema) {
      await runMigrations(pool);
      await db.transaction((tx) => seedOrg(tx));
    }
    await insertProvince(db, province, hash);
  } finally {
    await pool.end();
  }
}

export interface ServerMode {
  http: LoadFigures[];
  memory: GroupMemory;
  postgres: string;
  postgresKind: string;
  seedMs: number;
  readyMs: number;
  totals: { agencies: number; users: number };
  exitCode: number | null;
}

export async function serverMode(
  opts: BenchOptions,
  log: Log,
  province: SyntheticProvince,
  hash: string,
): Promise<ServerMode> {
  log(
    '» Chế độ máy chủ / server mode: PostgreSQL ' +
      (opts.databaseUrl ? 'có sẵn / existing' : `tạm / throw-away (${opts.pgTcp ? 'TCP' : 'Unix socket'})`) +
      '…',
  );
  // Over the Unix socket by default: app and database share this machine, as in a one-machine deployment.
  const pg = await startBenchPostgres(log, opts.databaseUrl, !opts.pgTcp);
  const url = await createBenchDatabase(pg);
  const postgres = await serverVersion(url);
  let t0 = performance.now();
  await seedDatabase(url, province, hash, true);
  const seedMs = ms(t0);
  log(
    `  tỉnh giả lập / synthetic province: ${province.counts.communes} xã, ${province.counts.agencies} cơ quan, ${province.counts.users} người dùng (${seedMs} ms)`,
  );

  t0 = performance.now();
  const app = startApp({ port: await freePort(), databaseUrl: url }, opts.appNodeFlags);
  const readyMs = await app.waitHealthy(60_000);
  log(`  máy chủ sẵn sàng / server ready: pid ${app.pid}, ${Math.round(readyMs)} ms`);
  const viewer = await signIn(app.baseUrl, province.viewer, province.password);
  // Check each run measures what we think: 200, and the viewer sees the whole synthetic province.
  const totals = {
    agencies: (await getOk<{ total: number }>(app.baseUrl, AGENCIES, viewer.cookie)).total,
    users: (await getOk<{ total: number }>(app.baseUrl, USERS, viewer.cookie)).total,
  };
  await getOk(app.baseUrl, '/api/health');

  const postmaster = await pg.postmasterPid();
  const cpu = { app: () => processTree(app.pid), db: () => (postmaster ? processTree(postmaster) : []) };
  const http: LoadFigures[] = [];
  const run = async (spec: Omit<LoadSpec, 'baseUrl' | 'durationS' | 'warmupS' | 'cpu'>) => {
    if (!selected(opts, spec.name)) return;
    log(`  » ${spec.name}: ${spec.method ?? 'GET'} ${spec.path}, ${spec.connections} kết nối / connections…`);
    const r = await measure({
      ...spec,
      baseUrl: app.baseUrl,
      durationS: opts.durationS,
      warmupS: opts.warmupS,
      cpu,
    });
    log(
      `    ${r.reqPerSec} req/s, p50 ${r.latencyMs.p50} ms, p99 ${r.latencyMs.p99} ms, non-2xx ${r.non2xx}, lỗi/errors ${r.errors}`,
    );
    http.push(r);
  };
  await run({ name: 'health', path: '/api/health', connections: opts.connections });
  await run({
    name: 'agencies',
    path: AGENCIES,
    connections: opts.connections,
    headers: { cookie: viewer.cookie },
  });
  await run({
    name: 'users',
    path: USERS,
    connections: opts.connections,
    headers: { cookie: viewer.cookie },
  });
  // No target: the same list as 20 different users paging through 10 pages, so the per-user list
  // cache (LIST_CACHE_MS) misses far more often than on one repeated URL.
  const mixed: (typeof viewer)[] = [];
  for (const u of selected(opts, 'agencies-mixed') ? province.users.slice(0, 20) : [])
    mixed.push(await signIn(app.baseUrl, u.username, province.password));
  let turn = 0;
  await run({
    name: 'agencies-mixed',
    path: AGENCIES,
    connections: opts.connections,
    headers: { cookie: viewer.cookie },
    setupRequest: (req) => {
      const i = turn++;
      return {
        ...req,
        path: `/api/org/agencies?page=${(i % 10) + 1}&pageSize=20`,
        headers: { ...req.headers, cookie: mixed[i % mixed.length]!.cookie },
      };
    },
  });
  // Sign-in rotates over every synthetic user (all share one password, each its own row).
  const names = province.users.map((u) => u.username);
  let next = 0;
  await run({
    name: 'login',
    path: '/api/auth/login',
    method: 'POST',
    connections: opts.loginConnections,
    headers: { 'content-type': 'application/json' },
    setupRequest: (req) => ({
      ...req,
      body: JSON.stringify({ username: names[next++ % names.length], password: province.password }),
    }),
  });

  log(`  nghỉ / idle ${opts.idleS} s, rồi đo bộ nhớ / then reading memory…`);
  await sleep(opts.idleS * 1000);
  const memory = appAndDatabase(app.pid, postmaster);
  const exitCode = await app.stop();
  http.push(...(await uncachedAndBare(opts, log, url, viewer.cookie, postmaster)));
  return {
    http,
    memory,
    postgres,
    postgresKind: pg.kind,
    seedMs,
    readyMs: Math.round(readyMs),
    totals,
    exitCode,
  };
}

/**
 * The same lists from a second app process with both caches off (every request reads its session,
 * scope cache aside, and its page), then the very statements those requests issue from a bare `pg`
 * Pool: the floor the uncached app is compared with.
 */
async function uncachedAndBare(
  opts: BenchOptions,
  log: Log,
  url: string,
  cookie: string,
  postmaster: number | undefined,
): Promise<LoadFigures[]> {
  const out: LoadFigures[] = [];
  const db = () => (postmaster ? processTree(postmaster) : []);
  const app = startApp(
    { port: await freePort(), databaseUrl: url, env: { LIST_CACHE_MS: '0', SESSION_CACHE_MS: '0' } },
    opts.appNodeFlags,
  );
  await app.waitHealthy(60_000);
  const cpu = { app: () => processTree(app.pid), db };
  for (const [name, path] of [
    ['agencies-uncached', AGENCIES],
    ['users-uncached', USERS],
  ] as const) {
    if (!selected(opts, name)) continue;
    log(`  » ${name}: GET ${path}, LIST_CACHE_MS=0 SESSION_CACHE_MS=0, ${opts.connections} kết nối…`);
    const r = await measure({
      name,
      path,
      baseUrl: app.baseUrl,
      connections: opts.connections,
      durationS: opts.durationS,
      warmupS: opts.warmupS,
      headers: { cookie },
      cpu,
    });
    log(
      `    ${r.reqPerSec} req/s, p50 ${r.latencyMs.p50} ms, p99 ${r.latencyMs.p99} ms, non-2xx ${r.non2xx}`,
    );
    out.push(r);
  }
  await app.stop();
  for (const [name, path] of [
    ['agencies-sql', AGENCIES],
    ['users-sql', USERS],
  ] as const) {
    if (!selected(opts, name)) continue;
    log(`  » ${name}: SQL của / the SQL of ${path}, pg Pool ${opts.connections} kết nối…`);
    const r = await bareSql({
      name,
      url,
      cookie,
      path,
      connections: opts.connections,
      durationS: opts.durationS,
      warmupS: opts.warmupS,
      cpu: { db },
    });
    log(
      `    ${r.reqPerSec} req/s, p50 ${r.latencyMs.p50} ms, p99 ${r.latencyMs.p99} ms, lỗi/errors ${r.errors}`,
    );
    out.push(r);
  }
  return out;
}
