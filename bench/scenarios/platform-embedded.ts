import { performance } from 'node:perf_hooks';
import {
  connectionUrl,
  layout,
  runningPostmaster,
  type Layout,
} from '../../apps/server/src/platform/db/embedded';
import { freePort, startApp } from '../lib/app-process';
import { onCleanup } from '../lib/cleanup';
import { appAndDatabase, type GroupMemory } from '../lib/memory';
import { cpuTicks, processTree, USER_HZ } from '../lib/procfs';
import { tempDir } from '../lib/postgres';
import type { SyntheticProvince } from '../lib/synthetic';
import type { BenchOptions } from '../lib/types';
import { seedDatabase } from './platform-server';

// Embedded mode on existing data: initialise a data folder once (not timed) and add the synthetic
// province, then start the app on it N times, timing spawn → first 200 from GET /api/health.

type Log = (m: string) => void;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const ms = (t0: number) => Math.round(performance.now() - t0);

export interface Startup {
  spawnToHealthMs: number;
  reportedMs: number | null;
  /** CPU the app process used until healthy: barely moved by a busy machine, unlike wall time. */
  appCpuMs: number;
  exitCode: number | null;
  postmasterLeft: boolean;
}

async function stopOrphan(l: Layout): Promise<void> {
  const pm = runningPostmaster(l);
  if (!pm) return;
  process.kill(pm.pid, 'SIGINT');
  for (let i = 0; i < 100 && runningPostmaster(l); i++) await sleep(100);
}

export async function embeddedStartup(
  opts: BenchOptions,
  log: Log,
  province: SyntheticProvince,
  hash: string,
) {
  log('» Chế độ nhúng / embedded mode: khởi tạo dữ liệu / initialising data (không tính giờ / not timed)…');
  const dir = tempDir('vte-bench-embedded-');
  const l = layout(dir);
  onCleanup('stop any embedded postmaster left', () => stopOrphan(l));
  const t0 = performance.now();
  const init = startApp({ port: await freePort(), dataDir: dir }, opts.appNodeFlags);
  await init.waitHealthy(120_000);
  const pm = runningPostmaster(l);
  if (!pm) throw new Error('không thấy postmaster của chế độ nhúng / embedded postmaster not found');
  await seedDatabase(connectionUrl(l, pm.port), province, hash, false);
  await init.stop();
  if (runningPostmaster(l))
    throw new Error('postmaster còn chạy sau SIGTERM / postmaster left after SIGTERM');
  const initMs = ms(t0);
  log(`  đã khởi tạo và nạp tỉnh giả lập / initialised and seeded (${initMs} ms)`);

  const runs: Startup[] = [];
  let idle: GroupMemory | undefined;
  for (let i = 0; i < opts.startups; i++) {
    const app = startApp({ port: await freePort(), dataDir: dir }, opts.appNodeFlags);
    const spawnToHealthMs = Math.round(await app.waitHealthy(30_000));
    const appCpuMs = processTree(app.pid).reduce((sum, pid) => sum + cpuTicks(pid), 0) * (1000 / USER_HZ);
    const reportedMs = (await app.reportedStartupMs()) ?? null;
    if (i === opts.startups - 1) {
      await sleep(opts.idleS * 1000);
      idle = appAndDatabase(app.pid, runningPostmaster(l)?.pid);
    }
    const exitCode = await app.stop();
    const postmasterLeft = runningPostmaster(l) !== undefined;
    if (postmasterLeft) await stopOrphan(l);
    runs.push({ spawnToHealthMs, reportedMs, appCpuMs, exitCode, postmasterLeft });
    log(
      `  lần / start ${i + 1}: ${spawnToHealthMs} ms đến health (máy chủ báo / server says ${reportedMs ?? '?'} ms, CPU ${appCpuMs} ms), mã thoát / exit ${exitCode}`,
    );
  }
  const sorted = runs.map((r) => r.spawnToHealthMs).sort((a, b) => a - b);
  const median = sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)]! : null;
  return { initMs, runs, median, idle };
}
