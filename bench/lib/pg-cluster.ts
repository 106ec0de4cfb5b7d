import { execFileSync, spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { freePort } from './app-process';
import { onCleanup } from './cleanup';
import { tempDir } from './postgres';

// A PostgreSQL 15 primary and a streaming replica from Debian's binaries (postgresql-15), bound to
// 127.0.0.1 in a temp folder, for the scale scenario and its test. Run as the `postgres` OS user when
// we are root (postgres refuses root), like .ci/run. Every step registers its undo (cleanup.ts).

export const PG_BIN = '/usr/lib/postgresql/15/bin';
const SUPERUSER = 'vte';
export const OWNER_ROLE = 'vte_owner';
export const APP_ROLE = 'vte_app';
export const DB_NAME = 'vte';

export interface PgCluster {
  primaryPort: number;
  replicaPort: number;
  /** Superuser on the primary / replica, database `postgres` (set-up, inspection). */
  primaryAdmin: string;
  replicaAdmin: string;
  /** The app's rows-only role, the schema owner (migrations), and the app's role on the replica. */
  appUrl: string;
  ownerUrl: string;
  readUrl: string;
  /** Postmaster pids (CPU and memory figures). */
  pids(): { primary?: number; replica?: number };
}

/** Why the cluster cannot start here (missing binaries), or null. */
export function missingBinaries(): string | null {
  for (const b of ['initdb', 'pg_ctl', 'pg_basebackup', 'postgres']) {
    if (!fs.existsSync(path.join(PG_BIN, b))) return `${PG_BIN}/${b} (apt-get install postgresql-15)`;
  }
  return null;
}

type Who = { uid?: number; gid?: number };
function postgresUser(): Who {
  if (process.getuid?.() !== 0) return {};
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres']).toString().trim());
  return { uid: id('-u'), gid: id('-g') };
}

function run(who: Who, bin: string, args: string[], env: Record<string, string> = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(PG_BIN, bin), args, {
      ...who,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { LC_ALL: 'C.UTF-8', LANG: 'C.UTF-8', ...env },
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`${bin} ${args.join(' ')}: mã ${code}\n${out}`)),
    );
  });
}

const url = (role: string, password: string, port: number, db = DB_NAME) =>
  `postgres://${role}:${encodeURIComponent(password)}@127.0.0.1:${port}/${db}`;

async function sql(connectionString: string, statements: string[]): Promise<void> {
  const c = new pg.Client({ connectionString });
  await c.connect();
  try {
    for (const s of statements) await c.query(s);
  } finally {
    await c.end();
  }
}

function postmasterPid(dataDir: string): number | undefined {
  try {
    return Number(fs.readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  } catch {
    return undefined;
  }
}

async function startServer(who: Who, dir: string, name: string, port: number): Promise<void> {
  const data = path.join(dir, name);
  // pg_stat_statements: which server ran a query, counted at once (the bench and the test read it).
  const opts = `-p ${port} -c listen_addresses=127.0.0.1 -k ${dir} -c max_connections=200 -c shared_preload_libraries=pg_stat_statements`;
  await run(who, 'pg_ctl', ['-D', data, '-l', path.join(dir, `${name}.log`), '-w', '-o', opts, 'start']);
  onCleanup(`stop PostgreSQL ${name}`, () =>
    run(who, 'pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']).catch((e: unknown) => {
      if (postmasterPid(data) !== undefined) throw e;
    }),
  );
}

/** initdb + start a primary; pg_basebackup -R + start a hot standby; the two roles and the database. */
export async function startPgCluster(log: (m: string) => void): Promise<PgCluster> {
  const who = postgresUser();
  const dir = tempDir('vte-scale-pg-');
  fs.chmodSync(dir, 0o755);
  if (who.uid !== undefined) fs.chownSync(dir, who.uid, who.gid!);
  const secret = () => crypto.randomBytes(18).toString('base64url');
  const [superPw, ownerPw, appPw] = [secret(), secret(), secret()];
  const pwfile = path.join(dir, 'pw');
  fs.writeFileSync(pwfile, superPw, { mode: 0o600 });
  if (who.uid !== undefined) fs.chownSync(pwfile, who.uid, who.gid!);
  const primaryPort = await freePort();
  const replicaPort = await freePort();

  log(`  PostgreSQL chính / primary: initdb, cổng / port ${primaryPort}`);
  await run(who, 'initdb', [
    '-D',
    path.join(dir, 'primary'),
    '-U',
    SUPERUSER,
    `--pwfile=${pwfile}`,
    '--auth=scram-sha-256',
    '-E',
    'UTF8',
    '--locale=C.UTF-8',
  ]);
  fs.rmSync(pwfile);
  await startServer(who, dir, 'primary', primaryPort);
  const primaryAdmin = url(SUPERUSER, superPw, primaryPort, 'postgres');

  log(`  bản sao / replica: pg_basebackup -R, cổng / port ${replicaPort}`);
  const replicaData = path.join(dir, 'replica');
  const base = ['-h', '127.0.0.1', '-p', String(primaryPort), '-U', SUPERUSER];
  await run(who, 'pg_basebackup', [...base, '-D', replicaData, '-R', '-X', 'stream', '-c', 'fast'], {
    PGPASSWORD: superPw,
  });
  await startServer(who, dir, 'replica', replicaPort);
  const replicaAdmin = url(SUPERUSER, superPw, replicaPort, 'postgres');

  // The two roles of docs/architecture.md: the schema owner runs the migrations, the app only rows.
  const role = (name: string, pw: string) =>
    `create role ${name} login nosuperuser nocreatedb nocreaterole noreplication password '${pw}'`;
  await sql(primaryAdmin, [
    role(OWNER_ROLE, ownerPw),
    role(APP_ROLE, appPw),
    `create database ${DB_NAME} owner ${OWNER_ROLE} template template0 encoding 'UTF8' locale_provider icu icu_locale 'vi-VN' locale 'C.UTF-8'`,
  ]);
  // Outside `public`, so the app's schema and grants stay as in production; replicated to the standby.
  await sql(url(SUPERUSER, superPw, primaryPort), [
    'create schema monitor',
    'create extension pg_stat_statements schema monitor',
  ]);
  return {
    primaryPort,
    replicaPort,
    primaryAdmin,
    replicaAdmin,
    appUrl: url(APP_ROLE, appPw, primaryPort),
    ownerUrl: url(OWNER_ROLE, ownerPw, primaryPort),
    readUrl: url(APP_ROLE, appPw, replicaPort),
    pids: () => ({
      primary: postmasterPid(path.join(dir, 'primary')),
      replica: postmasterPid(replicaData),
    }),
  };
}

/**
 * Statements the app ran in database `vte` on one server so far (pg_stat_statements, counted at once),
 * leaving out our own inspection and the replica-position checks.
 */
export async function appStatements(serverAdminUrl: string): Promise<number> {
  const c = new pg.Client({ connectionString: serverAdminUrl.replace(/\/postgres$/, `/${DB_NAME}`) });
  await c.connect();
  try {
    const r = await c.query<{ n: string }>(
      `select coalesce(sum(calls), 0)::text as n from monitor.pg_stat_statements s
        join pg_roles r on r.oid = s.userid
       where s.dbid = (select oid from pg_database where datname = current_database())
         and r.rolname = $1 and s.query not ilike '%pg_last_wal_replay_lsn%'`,
      [APP_ROLE],
    );
    return Number(r.rows[0]!.n);
  } finally {
    await c.end();
  }
}

/** Waits until the replica has replayed everything the primary has written so far. */
export async function replicaCaughtUp(cluster: PgCluster, timeoutMs = 30_000): Promise<void> {
  const one = async (u: string, q: string) => {
    const c = new pg.Client({ connectionString: u });
    await c.connect();
    try {
      return (await c.query<{ lsn: string }>(q)).rows[0]!.lsn;
    } finally {
      await c.end();
    }
  };
  const target = await one(cluster.primaryAdmin, 'select pg_current_wal_lsn()::text as lsn');
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ok = await one(
      cluster.replicaAdmin,
      `select (pg_last_wal_replay_lsn() >= '${target}'::pg_lsn)::text as lsn`,
    );
    if (ok === 'true') return;
    if (Date.now() > deadline) throw new Error(`bản sao chưa bắt kịp / replica behind ${target}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
