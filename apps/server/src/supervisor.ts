import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig, type Config } from './config';
import { layout, runningPostmaster, stopPostmaster } from './platform/db/embedded';

// `npm start`: runs the server (main) as a child process and keeps it running
// (docs/architecture.md, Processes). After a crash it stops the embedded PostgreSQL the dead
// server left behind and starts a new server after a back-off; after RESTART_MAX crashes in a
// row (each within a minute of its start) it gives up and exits non-zero. SIGTERM/SIGINT are
// passed on for a clean stop. If this process is killed, the server sees its IPC channel close
// and stops itself, PostgreSQL included (main.ts).

/** A run shorter than this counts as a rapid crash; a longer one resets the count. */
const STABLE_MS = 60_000;
const MAX_BACKOFF_MS = 30_000;
/** How long a stopping server may take before it is killed. */
const STOP_GRACE_MS = 60_000;

const say = (m: string) => process.stderr.write(`[giám sát] ${m}\n`);

function serverEntry(): { file: string; args: string[] } {
  const self = fileURLToPath(import.meta.url);
  const ext = path.extname(self); // .mjs when bundled (dist), .ts from the sources (tsx)
  return { file: path.join(path.dirname(self), `main${ext}`), args: process.execArgv };
}

/** Stops a postmaster still running on the embedded data folder whose server is gone. */
async function stopOrphan(config: Config): Promise<void> {
  if (config.DATABASE_URL) return;
  const pm = runningPostmaster(layout(config.dataDir));
  if (!pm) return;
  say(`Dừng PostgreSQL nhúng còn chạy (PID ${pm.pid}) sau khi máy chủ dừng.`);
  await stopPostmaster(pm.pid);
}

function exited(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
}

async function supervise(config: Config): Promise<number> {
  const entry = serverEntry();
  let stopping: NodeJS.Signals | undefined;
  let child: ChildProcess | undefined;
  let wake = () => undefined as void; // ends a back-off wait early
  const forward = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = signal;
    wake();
    child?.kill(signal);
    setTimeout(() => child?.kill('SIGKILL'), STOP_GRACE_MS).unref();
  };
  process.on('SIGTERM', () => forward('SIGTERM'));
  process.on('SIGINT', () => forward('SIGINT'));

  let rapid = 0;
  for (;;) {
    const started = Date.now();
    child = spawn(process.execPath, [...entry.args, entry.file], {
      stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
    });
    const { code, signal } = await exited(child);
    await stopOrphan(config).catch((e: unknown) => say(`Không dừng được PostgreSQL nhúng: ${String(e)}`));
    if (stopping) return code === 0 ? 0 : 1;
    if (code === 0) return 0; // stopped on purpose (e.g. by its own signal handler)
    if (code === 2) return 2; // invalid configuration: a restart would fail the same way
    rapid = Date.now() - started < STABLE_MS ? rapid + 1 : 1;
    const how = signal ? `tín hiệu ${signal}` : `mã ${code}`;
    if (rapid > config.RESTART_MAX) {
      say(
        `Máy chủ dừng bất thường (${how}) ${rapid} lần liên tiếp ngay sau khi khởi động; ngừng khởi động lại. Xem nhật ký phía trên.`,
      );
      return 1;
    }
    const wait = Math.min(MAX_BACKOFF_MS, config.RESTART_BACKOFF_MS * 2 ** (rapid - 1));
    say(
      `Máy chủ dừng bất thường (${how}); khởi động lại sau ${(wait / 1000).toFixed(1)} giây (lần ${rapid}).`,
    );
    await new Promise<void>((r) => {
      const timer = setTimeout(r, wait);
      wake = () => {
        clearTimeout(timer);
        r();
      };
    });
    if (stopping) return 0;
  }
}

let config: Config;
try {
  config = loadConfig();
} catch (e) {
  process.stderr.write(`${(e as Error).message}\n`);
  process.exit(2);
}
supervise(config).then(
  (code) => process.exit(code),
  (e: unknown) => {
    say(`Lỗi của tiến trình giám sát: ${e instanceof Error ? e.name : 'lỗi'}`);
    process.exit(1);
  },
);
