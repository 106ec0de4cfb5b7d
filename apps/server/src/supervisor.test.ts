import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { layout, runningPostmaster } from './platform/db/embedded';
import { alive, until } from './test/process-kit';

// `npm start`'s supervisor as real processes on an embedded data folder of its own: a killed
// server comes back with the same data, and PostgreSQL never outlives the server and supervisor.

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const CHILD_PATH = '/usr/local/bin:/usr/bin:/bin';
// Each server start (and the first initdb) takes seconds here; the margin is for a busy CI machine.
const SLOW = 300_000;

const dirs: string[] = [];
const children: ChildProcess[] = [];

afterEach(async () => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  for (const d of dirs.splice(0)) {
    const l = layout(d);
    await until(
      () => !fs.existsSync(l.lockFile) || !alive(Number(fs.readFileSync(l.lockFile, 'utf8'))),
      30_000,
    ).catch(() => undefined);
    const pm = runningPostmaster(l);
    if (pm) process.kill(pm.pid, 'SIGINT');
    await until(() => !pm || !alive(pm.pid), 30_000).catch(() => undefined);
    fs.rmSync(d, { recursive: true, force: true });
  }
});

interface Supervised {
  child: ChildProcess;
  dir: string;
  out: () => string;
}

function supervise(env: Record<string, string> = {}): Supervised {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vte-sup-'));
  dirs.push(dir);
  const child = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/supervisor.ts'], {
    cwd: root,
    env: {
      PATH: CHILD_PATH,
      DATA_DIR: dir,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'silent',
      WEB_DIST: '/nonexistent',
      RESTART_BACKOFF_MS: '100',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  return { child, dir, out: () => out };
}

const READY = /Vì Trẻ Em đang chạy[\s\S]*?http:\/\/127\.0\.0\.1:(\d+)\/[\s\S]*?Nhấn Ctrl\+C/g;

/** The port of the `n`-th server start (1-based) once it listens. */
async function nthStart(s: Supervised, n: number): Promise<number> {
  await until(() => [...s.out().matchAll(READY)].length >= n || s.child.exitCode !== null, 150_000).catch(
    () => {
      throw new Error(`server start ${n} not seen:\n${s.out()}`);
    },
  );
  const m = [...s.out().matchAll(READY)][n - 1];
  if (!m) throw new Error(`supervisor exited:\n${s.out()}`);
  return Number(m[1]);
}

const serverPid = (dir: string) => Number(fs.readFileSync(layout(dir).lockFile, 'utf8'));

function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

describe('supervisor (npm start)', () => {
  it(
    'restarts a server killed with SIGKILL on the same data, and stops PostgreSQL on SIGTERM',
    async () => {
      const s = supervise();
      const port1 = await nthStart(s, 1);
      const username = /Tên đăng nhập:\s+(\S+)/.exec(s.out())![1]!;
      const password = /Mật khẩu:\s+(\S+)/.exec(s.out())![1]!;
      const first = serverPid(s.dir);
      process.kill(first, 'SIGKILL');

      const port2 = await nthStart(s, 2);
      expect(s.out()).toMatch(/Máy chủ dừng bất thường \(tín hiệu SIGKILL\); khởi động lại/);
      expect(serverPid(s.dir)).not.toBe(first);
      const health = await fetch(`http://127.0.0.1:${port2}/api/health`);
      expect(await health.json()).toMatchObject({ status: 'ok', database: 'embedded' });
      // Same data: the administrator created by the first start signs in on the second.
      const login = await fetch(`http://127.0.0.1:${port2}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password }),
      });
      expect(login.status).toBe(200);
      expect(port2).toBeGreaterThan(0);
      expect(port1).toBeGreaterThan(0);

      s.child.kill('SIGTERM');
      expect(await exited(s.child)).toBe(0);
      const l = layout(s.dir);
      expect(runningPostmaster(l)).toBeUndefined();
      expect(fs.existsSync(path.join(l.pgDir, 'postmaster.pid'))).toBe(false);
    },
    SLOW,
  );

  it(
    'leaves no PostgreSQL running when the supervisor itself is killed with SIGKILL',
    async () => {
      const s = supervise();
      await nthStart(s, 1);
      const l = layout(s.dir);
      const pm = runningPostmaster(l)!;
      const server = serverPid(s.dir);
      s.child.kill('SIGKILL');
      await until(() => !alive(server) && !alive(pm.pid));
      expect(runningPostmaster(l)).toBeUndefined();
      expect(fs.existsSync(path.join(l.pgDir, 'postmaster.pid'))).toBe(false);
    },
    SLOW,
  );

  it(
    'gives up after repeated crashes at start, exiting non-zero with no PostgreSQL left',
    async () => {
      const taken = net.createServer();
      await new Promise<void>((r) => taken.listen(0, '127.0.0.1', r));
      const port = (taken.address() as net.AddressInfo).port;
      try {
        const s = supervise({ PORT: String(port), RESTART_MAX: '1' });
        expect(await exited(s.child)).toBe(1);
        expect(s.out()).toMatch(/khởi động lại sau 0\.1 giây \(lần 1\)/);
        expect(s.out()).toMatch(/2 lần liên tiếp ngay sau khi khởi động; ngừng khởi động lại/);
        expect(runningPostmaster(layout(s.dir))).toBeUndefined();
      } finally {
        taken.close();
      }
    },
    SLOW,
  );
});
