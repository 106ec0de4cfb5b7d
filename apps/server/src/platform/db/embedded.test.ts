import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireLock, layout, runningPostmaster, startEmbedded } from './embedded';
import { loadConfig } from '../../config';
import { openDatabase } from './database';
import { runMigrations } from './migrate';
import { createPool } from './pool';
import { alive, until } from '../../test/process-kit';
import { appRoleProblems } from './roles';

// The embedded server's lifecycle, each test in its own temp DATA_DIR (independent of the test
// server). Children get an explicit environment so a developer's DATABASE_URL cannot leak in.

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../../../..');
const CHILD_PATH = '/usr/local/bin:/usr/bin:/bin';
// initdb and child processes take a few seconds here; the margin is for a busy (shared) machine.
const SLOW = 180_000;

const dirs: string[] = [];
const children: ChildProcess[] = [];

function tmpDir(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'vte-emb-'));
  dirs.push(d);
  return d;
}

function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

/** Resolves with everything printed once `pattern` appears on stdout; rejects if the child dies first. */
function waitForOutput(child: ChildProcess, pattern: RegExp): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout!.on('data', (d) => {
      out += d;
      if (pattern.test(out)) resolve(out);
    });
    child.stderr!.on('data', (d) => (err += d));
    child.once('exit', (code) => reject(new Error(`exited ${code} before ${pattern}:\n${out}\n${err}`)));
  });
}

// Whatever happens in a test: no child, no postmaster and no temp folder survives it.
afterEach(async () => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  for (const d of dirs.splice(0)) {
    const pm = runningPostmaster(layout(d));
    if (pm) {
      process.kill(pm.pid, 'SIGINT');
      await until(() => !alive(pm.pid)).catch(() => process.kill(pm.pid, 'SIGKILL'));
    }
    fs.rmSync(d, { recursive: true, force: true });
  }
});

async function query<T extends pg.QueryResultRow>(url: string, text: string): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<T>(text)).rows;
  } finally {
    await c.end();
  }
}

describe('embedded PostgreSQL', () => {
  it(
    'initialises durably on first start, and restarts on existing data keeping rows',
    async () => {
      const dir = tmpDir();
      const l = layout(dir);
      const unlock = acquireLock(l);
      try {
        let server = await startEmbedded(dir, () => undefined);
        try {
          expect(fs.existsSync(path.join(l.pgDir, 'PG_VERSION'))).toBe(true);
          expect(fs.statSync(l.passwordFile).mode & 0o777).toBe(0o600);
          expect(await query(server.url, 'show fsync')).toEqual([{ fsync: 'on' }]);
          expect(await query(server.url, 'show data_checksums')).toEqual([{ data_checksums: 'on' }]);
          await query(server.url, `create table kept (v text); insert into kept values ('giữ lại')`);
        } finally {
          await server.stop();
        }
        expect(runningPostmaster(l)).toBeUndefined();
        const version = fs.readFileSync(path.join(l.pgDir, 'PG_VERSION'), 'utf8');
        server = await startEmbedded(dir, () => undefined);
        try {
          expect(await query(server.url, 'select v from kept')).toEqual([{ v: 'giữ lại' }]);
          expect(fs.readFileSync(path.join(l.pgDir, 'PG_VERSION'), 'utf8')).toBe(version);
        } finally {
          await server.stop();
        }
      } finally {
        unlock();
      }
      expect(fs.existsSync(l.lockFile)).toBe(false);
    },
    SLOW,
  );

  it(
    'upgrades a data folder of an earlier version: the schema goes to the owner role, the app runs as vte_app',
    async () => {
      const dir = tmpDir();
      const l = layout(dir);
      // As an earlier version left it: the superuser migrated and ran the app; no other roles.
      const unlock = acquireLock(l);
      try {
        const server = await startEmbedded(dir, () => undefined);
        try {
          await query(
            server.url,
            'alter database vitreem owner to vte; drop role vte_app; drop role vte_owner',
          );
          const pool = createPool(server.url, 1);
          await runMigrations(pool);
          await pool.query(
            `insert into audit_log (province_id, action, entity) values ('00000000-0000-0000-0000-000000000000', 'create', 'cu')`,
          );
          await pool.end();
        } finally {
          await server.stop();
        }
      } finally {
        unlock();
      }
      fs.rmSync(l.ownerPasswordFile);
      fs.rmSync(l.appPasswordFile);

      const db = await openDatabase(loadConfig({ DATA_DIR: dir, LOG_LEVEL: 'silent' }), () => undefined);
      try {
        const who = await db.pool.query<{ u: string }>('select current_user as u');
        expect(who.rows[0]!.u).toBe('vte_app');
        expect(await appRoleProblems(db.pool)).toEqual([]);
        const notOwned = await db.pool.query(
          `select relname from pg_class where relnamespace in ('public'::regnamespace, 'drizzle'::regnamespace)
              and relkind in ('r', 'v', 'm') and relowner <> 'vte_owner'::regrole`,
        );
        expect(notOwned.rows).toEqual([]);
        const old = await db.pool.query(`select entity from audit_log where entity = 'cu'`);
        expect(old.rows).toEqual([{ entity: 'cu' }]);
        await expect(db.pool.query(`delete from audit_log`)).rejects.toThrow(/permission denied/);
        expect(fs.statSync(l.appPasswordFile).mode & 0o777).toBe(0o600);
        expect(fs.statSync(l.ownerPasswordFile).mode & 0o777).toBe(0o600);
      } finally {
        await db.close();
      }
    },
    SLOW,
  );

  it('refuses a data folder locked by a live process, and takes over a stale lock', async () => {
    const l = layout(tmpDir());
    const holder = spawn('sleep', ['60'], { stdio: 'ignore' });
    children.push(holder);
    fs.writeFileSync(l.lockFile, String(holder.pid));
    expect(() => acquireLock(l)).toThrow(
      `đang được một tiến trình Vì Trẻ Em khác sử dụng (PID ${holder.pid})`,
    );
    expect(fs.readFileSync(l.lockFile, 'utf8')).toBe(String(holder.pid));

    holder.kill('SIGKILL');
    await exited(holder);
    const unlock = acquireLock(l); // its process is gone: the lock is stale
    expect(fs.readFileSync(l.lockFile, 'utf8')).toBe(String(process.pid));
    unlock();
    expect(fs.existsSync(l.lockFile)).toBe(false);
  });

  it(
    'recovers after the app process was killed with SIGKILL, keeping committed rows',
    async () => {
      const dir = tmpDir();
      const script = path.join(dir, 'child.mts');
      fs.writeFileSync(
        script,
        `import { acquireLock, layout, startEmbedded } from ${JSON.stringify(path.join(here, 'embedded.ts'))};
import { createPool } from ${JSON.stringify(path.join(here, 'pool.ts'))};
const dir = process.argv[2]!;
acquireLock(layout(dir));
const server = await startEmbedded(dir, () => undefined);
const pool = createPool(server.url, 1);
await pool.query("create table kept (v text); insert into kept values ('đã cam kết')");
process.stdout.write('READY\\n');
setInterval(() => undefined, 1000);
`,
      );
      const child = spawn(process.execPath, ['--import', 'tsx', script, dir], {
        cwd: root,
        env: { PATH: CHILD_PATH },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      children.push(child);
      await waitForOutput(child, /READY/);
      const l = layout(dir);
      const orphan = runningPostmaster(l);
      expect(orphan).toBeDefined();

      process.kill(child.pid!, 'SIGKILL');
      await exited(child);
      expect(alive(orphan!.pid)).toBe(true); // the postmaster outlived its parent

      const unlock = acquireLock(l);
      try {
        const server = await startEmbedded(dir, () => undefined);
        try {
          expect(alive(orphan!.pid)).toBe(false);
          expect(await query(server.url, 'select v from kept')).toEqual([{ v: 'đã cam kết' }]);
        } finally {
          await server.stop();
        }
      } finally {
        unlock();
      }
    },
    SLOW,
  );

  it(
    'stops the postmaster cleanly when `npm start` gets SIGTERM',
    async () => {
      const dir = tmpDir();
      const env = {
        PATH: CHILD_PATH,
        DATA_DIR: dir,
        PORT: '0',
        HOST: '127.0.0.1',
        LOG_LEVEL: 'silent',
        WEB_DIST: '/nonexistent',
      };
      const app = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/main.ts'], {
        cwd: root,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      children.push(app);
      const out = await waitForOutput(app, /Vì Trẻ Em đang chạy[\s\S]*http:\/\/127\.0\.0\.1:(\d+)\//);
      const port = Number(/http:\/\/127\.0\.0\.1:(\d+)\//.exec(out)![1]);
      const health = await fetch(`http://127.0.0.1:${port}/api/health`);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ status: 'ok', database: 'embedded' });
      const l = layout(dir);
      expect(runningPostmaster(l)).toBeDefined();

      app.kill('SIGTERM');
      expect(await exited(app)).toBe(0);
      expect(runningPostmaster(l)).toBeUndefined();
      expect(fs.existsSync(l.lockFile)).toBe(false);
      expect(fs.existsSync(path.join(l.pgDir, 'postmaster.pid'))).toBe(false);
    },
    SLOW,
  );
});
