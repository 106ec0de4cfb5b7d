import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import {
  acquireLock,
  layout,
  runningPostmaster,
  startEmbedded,
} from '../../apps/server/src/platform/db/embedded';
import { onCleanup } from './cleanup';

// The PostgreSQL server the bench measures the app against in server mode: a throw-away one from
// the embedded binaries in a temp folder (a real server, used only through its URL), or an
// existing server given with --database-url, on which the bench creates and drops its own database.

export interface BenchPostgres {
  kind: 'throw-away' | 'external';
  /** A superuser URL on the server (the bench creates its database through it). */
  adminUrl: string;
  /** The postmaster's pid when it runs on this machine and is visible to us. */
  postmasterPid(): Promise<number | undefined>;
}

export function withDb(url: string, db: string): string {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
}

/** Temp folder removed by the cleanup stack; postgres (run as the `postgres` user) must reach it. */
export function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  onCleanup(`rm ${dir}`, () => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export async function startBenchPostgres(
  log: (m: string) => void,
  externalUrl?: string,
  /** Reach the throw-away server over its Unix socket, as an app on the database's own machine would. */
  socket = false,
): Promise<BenchPostgres> {
  if (externalUrl) {
    return {
      kind: 'external',
      adminUrl: externalUrl,
      postmasterPid: () => postmasterViaBackend(externalUrl),
    };
  }
  const dir = tempDir('vte-bench-pg-');
  const l = layout(dir);
  const unlock = acquireLock(l);
  onCleanup('unlock bench pg dir', unlock);
  const server = await startEmbedded(dir, log);
  onCleanup('stop throw-away PostgreSQL', async () => {
    await server.stop();
    const left = runningPostmaster(l);
    if (left) throw new Error(`postmaster ${left.pid} vẫn chạy / still running`);
  });
  const adminUrl = new URL(server.url);
  if (socket) adminUrl.searchParams.set('host', l.runDir);
  return {
    kind: 'throw-away',
    adminUrl: adminUrl.toString(),
    postmasterPid: async () => runningPostmaster(l)?.pid,
  };
}

/** A backend's parent is the postmaster: works for any local server we may read /proc of. */
async function postmasterViaBackend(url: string): Promise<number | undefined> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const r = await c.query<{ pid: number }>('select pg_backend_pid() as pid');
    const stat = fs.readFileSync(`/proc/${r.rows[0]!.pid}/stat`, 'utf8');
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    return Number.isInteger(ppid) && ppid > 1 ? ppid : undefined;
  } catch {
    return undefined; // a remote server, or not ours to read
  } finally {
    await c.end();
  }
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

/** A fresh database like the app's own (ICU vi-VN); dropped again by the cleanup stack. */
export async function createBenchDatabase(server: BenchPostgres): Promise<string> {
  const name = `vte_bench_${Date.now()}_${process.pid}`;
  await withClient(server.adminUrl, (c) =>
    c.query(
      `create database ${name} template template0 encoding 'UTF8' locale_provider icu icu_locale 'vi-VN' locale 'C.UTF-8'`,
    ),
  );
  onCleanup(`drop database ${name}`, () =>
    withClient(server.adminUrl, (c) => c.query(`drop database if exists ${name} with (force)`)).then(
      () => undefined,
    ),
  );
  return withDb(server.adminUrl, name);
}

export function serverVersion(url: string): Promise<string> {
  return withClient(
    url,
    async (c) => (await c.query<{ v: string }>("select current_setting('server_version') as v")).rows[0]!.v,
  );
}
