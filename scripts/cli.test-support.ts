import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCaptured, type Run } from '../apps/server/src/test/process-kit';

// Helpers for tests that run the operator commands and the app as real child processes, like
// `npm run cli -- …` and `npm start`. Children get an explicit environment, so nothing of the
// developer's DATABASE_URL or DATA_DIR leaks in. (Not in ./commands: every file there is a command.)

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CHILD_PATH = '/usr/local/bin:/usr/bin:/bin';
/** Each child loads the app's modules (1–3 s here); the margin is for a busy CI machine. */
export const SLOW = 120_000;

export type { Run };

export function cli(args: string[], env: Record<string, string>): Promise<Run> {
  return runCaptured(process.execPath, ['--import', 'tsx', 'scripts/cli.ts', ...args], {
    cwd: repoRoot,
    env: { PATH: CHILD_PATH, LOG_LEVEL: 'silent', ...env },
  });
}

/** `npm start` on its own DATA_DIR; resolves with the child and its HTTP port once it listens. */
export function startApp(
  env: Record<string, string>,
): Promise<{ child: ChildProcess; port: number; output: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/main.ts'], {
    cwd: repoRoot,
    env: {
      PATH: CHILD_PATH,
      LOG_LEVEL: 'silent',
      PORT: '0',
      HOST: '127.0.0.1',
      WEB_DIST: '/nonexistent',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => {
      out += d;
      const m = /Vì Trẻ Em đang chạy[\s\S]*http:\/\/127\.0\.0\.1:(\d+)\/[\s\S]*Nhấn Ctrl\+C/.exec(out);
      if (m) resolve({ child, port: Number(m[1]), output: out });
    });
    child.stderr.on('data', (d) => (err += d));
    child.once('exit', (code) =>
      reject(new Error(`the app exited (${code}) before listening:\n${out}\n${err}`)),
    );
  });
}

export function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}
