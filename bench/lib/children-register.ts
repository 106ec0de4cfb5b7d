import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { hashPassword } from '../../apps/server/src/platform/auth/password';
import {
  acquireLock,
  layout,
  runningPostmaster,
  startEmbedded,
} from '../../apps/server/src/platform/db/embedded';
import { runMigrations } from '../../apps/server/src/platform/db/migrate';
import { createDb, createPool } from '../../apps/server/src/platform/db/pool';
import { seedOrg } from '../../apps/server/src/modules/org';
import { seedChildCodes } from '../../apps/server/src/modules/children';
import { syntheticChildren, type SyntheticChild } from '../../apps/server/src/modules/children/synthetic';
import { insertSyntheticBatch } from '../../apps/server/src/modules/children/synthetic.repo';
import { SYNTHETIC_HAMLETS } from '../../apps/server/src/modules/children/synthetic.service';
import { onCleanup } from './cleanup';
import { withDb } from './postgres';
import { generateProvince, insertProvince, type SyntheticProvince } from './synthetic';

// The register at the scale of the issue (1,000,000 children over the synthetic province's 100
// communes), generated ONCE and kept: in a PostgreSQL data folder under the temp folder that later
// runs start again, or in a database of that name on --database-url. A marker row says the load
// finished with this generator version; anything else is dropped and generated again.
// Shared by the children-list and children-counts scenarios.

export const REGISTER_VERSION = 1;
export const REGISTER_SEED = 20_260_101;
export const REGISTER_AS_OF = '2026-06-30';
const DB_NAME = (n: number) => `vte_bench_children_${n}`;

export interface ChildrenRegister {
  url: string;
  province: SyntheticProvince;
  children: number;
  /** Milliseconds this run spent generating (0 when reused). */
  generatedMs: number;
  postmasterPid(): Promise<number | undefined>;
}

async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/** A kept server: the throw-away one's binaries in a folder that outlives the run (stopped, not removed). */
async function keptServer(log: (m: string) => void, count: number) {
  const dir = path.join(os.tmpdir(), `vte-bench-children-${count}`);
  const l = layout(dir);
  const unlock = acquireLock(l);
  onCleanup('unlock children register dir', unlock);
  const server = await startEmbedded(dir, log);
  onCleanup('stop children register PostgreSQL', async () => {
    await server.stop();
    const left = runningPostmaster(l);
    if (left) throw new Error(`postmaster ${left.pid} vẫn chạy / still running`);
  });
  const admin = new URL(server.url);
  admin.searchParams.set('host', l.runDir); // Unix socket, as an app beside its database
  return { adminUrl: admin.toString(), pid: async () => runningPostmaster(l)?.pid, dir };
}

async function isComplete(url: string, count: number): Promise<boolean> {
  return withClient(url, async (c) => {
    const t = await c.query<{ t: string | null }>(`select to_regclass('bench_children_state')::text as t`);
    if (!t.rows[0]?.t) return false;
    const r = await c.query(`select 1 from bench_children_state where version = $1 and children = $2`, [
      REGISTER_VERSION,
      count,
    ]);
    return r.rowCount === 1;
  });
}

/** Index definitions that slow a bulk load: dropped before it and built again after (much faster). */
const REBUILT = [
  'child_name_trgm_idx',
  'child_guardian_name_trgm_idx',
  'child_name_tokens_idx',
  'child_guardian_name_tokens_idx',
  'child_list_unit_idx',
  'child_list_name_idx',
  'child_personal_id_idx',
  'child_residence_counts_idx',
];

async function load(url: string, province: SyntheticProvince, count: number, log: (m: string) => void) {
  const pool = createPool(url, 2);
  const db = createDb(pool);
  try {
    await runMigrations(pool);
    await db.transaction((tx) => seedOrg(tx));
    await seedChildCodes(db);
    await insertProvince(db, province, await hashPassword(province.password));
    const defs = await pool.query<{ indexdef: string; indexname: string }>(
      `select indexname, indexdef from pg_indexes where indexname = any($1)`,
      [REBUILT],
    );
    for (const d of defs.rows) await pool.query(`drop index ${d.indexname}`);
    const communes = province.units.filter((u) => u.type === 'xa');
    const children = syntheticChildren({
      seed: REGISTER_SEED,
      count,
      asOf: REGISTER_AS_OF,
      provinceCode: '099',
      minorityShare: 0.15,
      units: communes.map((u) => ({
        id: u.id!,
        provinceId: province.provinceId,
        name: u.name,
        hamlets: SYNTHETIC_HAMLETS,
      })),
    });
    let batch: SyntheticChild[] = [];
    let done = 0;
    const t0 = performance.now();
    for (const c of children) {
      batch.push(c);
      if (batch.length < 5000) continue;
      const rows = batch;
      batch = [];
      await db.transaction((tx) => insertSyntheticBatch(tx, rows));
      done += rows.length;
      if (done % 100_000 === 0)
        log(
          `    … ${done.toLocaleString('en')} trẻ / children (${Math.round((performance.now() - t0) / 1000)} s)`,
        );
    }
    if (batch.length) await db.transaction((tx) => insertSyntheticBatch(tx, batch));
    log('    chỉ mục / indexes…');
    await pool.query(`set maintenance_work_mem = '256MB'`);
    for (const d of defs.rows) await pool.query(d.indexdef);
    await pool.query('vacuum analyze');
    await pool.query(
      `create table bench_children_state (version int, children int, done_at timestamptz default now())`,
    );
    await pool.query(`insert into bench_children_state (version, children) values ($1, $2)`, [
      REGISTER_VERSION,
      count,
    ]);
  } finally {
    await pool.end();
  }
}

/** The 1,000,000-children register: reused when a finished one is there, else generated (minutes). */
export async function childrenRegister(
  log: (m: string) => void,
  externalUrl: string | undefined,
  count = 1_000_000,
): Promise<ChildrenRegister> {
  const server = externalUrl
    ? { adminUrl: externalUrl, pid: async () => undefined, dir: externalUrl }
    : await keptServer(log, count);
  const url = withDb(server.adminUrl, DB_NAME(count));
  const province = generateProvince();
  const exists = await withClient(
    server.adminUrl,
    async (c) =>
      (await c.query(`select 1 from pg_database where datname = $1`, [DB_NAME(count)])).rowCount === 1,
  );
  if (exists && (await isComplete(url, count))) {
    log(`  sổ trẻ em có sẵn / register reused: ${count.toLocaleString('en')} trẻ (${server.dir})`);
    // Migrations that landed since it was made run here, not in the app's start-up (an index over a
    // million rows takes longer than the bench waits for a healthy app).
    const t0 = performance.now();
    const pool = createPool(url, 1);
    try {
      await pool.query(`set maintenance_work_mem = '256MB'`);
      await runMigrations(pool);
    } finally {
      await pool.end();
    }
    log(`  di chuyển CSDL / migrations: ${Math.round(performance.now() - t0)} ms`);
    return { url, province, children: count, generatedMs: 0, postmasterPid: server.pid };
  }
  log(
    `  sinh sổ trẻ em / generating the register: ${count.toLocaleString('en')} trẻ, một lần / once (${server.dir})…`,
  );
  const t0 = performance.now();
  await withClient(server.adminUrl, async (c) => {
    await c.query(`drop database if exists ${DB_NAME(count)} with (force)`);
    await c.query(
      `create database ${DB_NAME(count)} template template0 encoding 'UTF8' locale_provider icu icu_locale 'vi-VN' locale 'C.UTF-8'`,
    );
  });
  await load(url, province, count, log);
  const generatedMs = Math.round(performance.now() - t0);
  log(`  sổ trẻ em xong / register ready (${Math.round(generatedMs / 1000)} s)`);
  return { url, province, children: count, generatedMs, postmasterPid: server.pid };
}
