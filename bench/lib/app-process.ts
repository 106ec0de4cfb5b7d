import { execFileSync } from 'node:child_process';
import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../../apps/server/src/config';
import { onCleanup } from './cleanup';

// The app as deployed by `npm start`: the bundle `node apps/server/dist/main.mjs` in its own process, with an
// explicit environment (nothing inherited from the shell that runs the bench).

export const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');
const MAIN = 'apps/server/dist/main.mjs';
const HIGH = '100000000';

export interface AppEnvOptions {
  port: number;
  /** Server mode; unset = embedded PostgreSQL under dataDir. */
  databaseUrl?: string;
  dataDir?: string;
  /** More settings for this process (e.g. MIGRATION_DATABASE_URL, READ_DATABASE_URL). */
  env?: Record<string, string>;
}

/** Settings from `--app-env KEY=VALUE` (e.g. LIST_CACHE_MS=0 to measure without the list cache). */
const extraEnv: Record<string, string> = {};
export function setExtraAppEnv(pairs: string[]): void {
  for (const p of pairs) {
    const i = p.indexOf('=');
    if (i < 1) throw new Error(`--app-env: cần KEY=VALUE / expected KEY=VALUE, got ${p}`);
    extraEnv[p.slice(0, i)] = p.slice(i + 1);
  }
}

/** The child's whole environment; validated with the app's own config parser before use. */
export function appEnv(o: AppEnvOptions): Record<string, string> {
  const env: Record<string, string> = {
    // The pinned Node's folder first; system folders for `id`/`useradd` (embedded PostgreSQL as root).
    PATH: [
      path.dirname(process.execPath),
      '/usr/local/sbin',
      '/usr/local/bin',
      '/usr/sbin',
      '/usr/bin',
      '/sbin',
      '/bin',
    ].join(':'),
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(o.port),
    LOG_LEVEL: 'warn',
    // The bench is one client hammering the server: the per-client limits would answer 429.
    RATE_LIMIT_PER_MINUTE: HIGH,
    LOGIN_RATE_PER_MINUTE: HIGH,
    // A throw-away bench server is often reached as its superuser: allowed here, as in development.
    ALLOW_SUPERUSER: 'true',
  };
  if (o.databaseUrl) env.DATABASE_URL = o.databaseUrl;
  if (o.dataDir) env.DATA_DIR = o.dataDir;
  Object.assign(env, o.env, extraEnv);
  loadConfig(env); // throws the app's own message if the bench builds a config the app would refuse
  return env;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() =>
        typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no free port')),
      );
    });
  });
}

export interface AppProcess {
  pid: number;
  baseUrl: string;
  /** Milliseconds from spawn until the first 200 from GET /api/health. */
  waitHealthy(timeoutMs: number): Promise<number>;
  /** The "khởi động N ms" the server prints once listening (waits briefly for the line). */
  reportedStartupMs(waitMs?: number): Promise<number | undefined>;
  output(): string;
  running(): boolean;
  /** SIGTERM, then SIGKILL after timeoutMs; resolves with the exit code (null when killed). */
  stop(timeoutMs?: number): Promise<number | null>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Spawns the server bundle (built once per bench run); nodeFlags e.g. --max-semi-space-size=16. */
export function startApp(o: AppEnvOptions, nodeFlags: readonly string[] = []): AppProcess {
  const env = appEnv(o);
  const spawnedAt = performance.now();
  buildOnce();
  const child = spawn(process.execPath, [...nodeFlags, '--enable-source-maps', MAIN], {
    cwd: REPO_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (child.pid === undefined) throw new Error('không chạy được máy chủ / could not spawn the server');
  const pid = child.pid;
  let out = '';
  const keep = (d: Buffer) => {
    out += d.toString();
    if (out.length > 200_000) out = out.slice(-100_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let exitCode: number | null | undefined;
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (code) => {
      exitCode = code;
      resolve(code);
    }),
  );
  const baseUrl = `http://127.0.0.1:${o.port}`;
  const tail = () => out.split('\n').slice(-20).join('\n');

  const stop = async (timeoutMs = 20_000): Promise<number | null> => {
    if (exitCode !== undefined) return exitCode;
    child.kill('SIGTERM');
    const timer = sleep(timeoutMs).then(() => 'timeout' as const);
    if ((await Promise.race([exited, timer])) === 'timeout') {
      child.kill('SIGKILL');
      await exited;
      throw new Error(
        `máy chủ không dừng sau SIGTERM, đã SIGKILL / server ignored SIGTERM (pid ${pid})\n${tail()}`,
      );
    }
    return exitCode ?? null;
  };
  const release = onCleanup(`app pid ${pid}`, () => stop().then(() => undefined));

  return {
    pid,
    baseUrl,
    output: () => out,
    running: () => exitCode === undefined,
    async waitHealthy(timeoutMs) {
      const deadline = performance.now() + timeoutMs;
      while (performance.now() < deadline) {
        if (exitCode !== undefined)
          throw new Error(`máy chủ đã thoát (mã ${exitCode}) / server exited\n${tail()}`);
        try {
          const res = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(2000) });
          await res.arrayBuffer();
          if (res.status === 200) return performance.now() - spawnedAt;
        } catch {
          /* not listening yet */
        }
        await sleep(20);
      }
      throw new Error(`máy chủ không sẵn sàng sau ${timeoutMs} ms / server not healthy in time\n${tail()}`);
    },
    async reportedStartupMs(waitMs = 3000) {
      const deadline = performance.now() + waitMs;
      for (;;) {
        const m = /khởi động (\d+) ms/.exec(out);
        if (m) return Number(m[1]);
        if (performance.now() > deadline || exitCode !== undefined) return undefined;
        await sleep(20);
      }
    },
    async stop(timeoutMs) {
      const code = await stop(timeoutMs);
      await release();
      return code;
    },
  };
}

let built = false;
/** The same build `npm start` runs before it starts the server. */
function buildOnce(): void {
  if (built) return;
  execFileSync(process.execPath, ['scripts/build-server.mjs'], { cwd: REPO_ROOT, stdio: 'inherit' });
  built = true;
}
