import path from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT, setExtraAppEnv } from './lib/app-process';
import { cleanupAll } from './lib/cleanup';
import { buildReport, summary, writeReport } from './lib/report';
import type { BenchOptions, Scenario, ScenarioResult } from './lib/types';
import { childrenCounts } from './scenarios/children-counts';
import { childrenImport } from './scenarios/children-import';
import { childrenList } from './scenarios/children-list';
import { platform } from './scenarios/platform';
import { plans } from './scenarios/plans';
import { reports } from './scenarios/reports';
import { scale } from './scenarios/scale';
import { webCache } from './scenarios/web-cache';

// npm run bench [-- --duration 10 --warmup 3 --database-url postgres://… --only platform --strict]
// Runs the scenarios, prints a summary, writes bench/results/<timestamp>.json and latest.json.

const SCENARIOS: Scenario[] = [
  platform,
  plans,
  reports,
  scale,
  childrenList,
  childrenCounts,
  childrenImport,
  webCache,
];

const HELP = `Cách dùng / usage: npm run bench -- [options]
  --duration <s>           giây đo mỗi phép / measured seconds per HTTP run (10)
  --warmup <s>             giây khởi động bỏ qua / discarded warm-up seconds (3)
  --connections <n>        kết nối cho danh sách, health / connections for lists and health (50)
  --login-connections <n>  kết nối cho đăng nhập / connections for sign-in (10)
  --startups <n>           số lần khởi động chế độ nhúng / timed embedded start-ups (3)
  --idle <s>               nghỉ trước khi đo bộ nhớ / idle before reading memory (5)
  --database-url <url>     máy chủ PostgreSQL có sẵn (superuser) / existing server instead of a throw-away one
  --app-node-flags=<f>     cờ Node cho máy chủ / extra Node flags for the app, e.g. --app-node-flags=--max-semi-space-size=16
  --app-env KEY=VALUE      biến môi trường thêm cho máy chủ, lặp lại được / extra app setting, repeatable (e.g. LIST_CACHE_MS=0)
  --only <name,…>          chỉ chạy kịch bản / run only these scenarios (${SCENARIOS.map((s) => s.name).join(', ')})
  --runs <name,…>          chỉ các phép đo này của platform / only these platform runs (health, agencies, users,
                           agencies-mixed, login, agencies-uncached, users-uncached, agencies-sql, users-sql, embedded)
  --pg-tcp                 platform: PostgreSQL tạm qua TCP thay vì Unix socket / throw-away server over TCP, not its socket
  --out <dir>              thư mục kết quả / results folder (bench/results)
  --time-limit <s>         dừng hẳn sau / hard stop after (180, +60 with platform, +420 with reports)
  --strict                 mã thoát 3 nếu trượt mục tiêu / exit code 3 when a target is missed`;

function options() {
  const { values } = parseArgs({
    options: {
      duration: { type: 'string', default: '10' },
      warmup: { type: 'string', default: '3' },
      connections: { type: 'string', default: '50' },
      'login-connections': { type: 'string', default: '10' },
      startups: { type: 'string', default: '3' },
      idle: { type: 'string', default: '5' },
      'database-url': { type: 'string' },
      'app-node-flags': { type: 'string', default: '' },
      'app-env': { type: 'string', multiple: true, default: [] },
      only: { type: 'string' },
      runs: { type: 'string' },
      'pg-tcp': { type: 'boolean', default: false },
      out: { type: 'string', default: path.join(REPO_ROOT, 'bench', 'results') },
      'time-limit': { type: 'string' },
      strict: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  const num = (name: keyof typeof values, min: number): number => {
    const n = Number(values[name]);
    if (!Number.isFinite(n) || n < min)
      throw new Error(`--${name}: cần số ≥ ${min} / needs a number ≥ ${min}`);
    return n;
  };
  const bench: BenchOptions = {
    durationS: num('duration', 1),
    warmupS: num('warmup', 0),
    connections: num('connections', 1),
    loginConnections: num('login-connections', 1),
    startups: num('startups', 1),
    idleS: num('idle', 0),
    appNodeFlags: values['app-node-flags'].split(/\s+/).filter(Boolean),
  };
  if (bench.appNodeFlags.some((f) => !f.startsWith('--')))
    throw new Error('--app-node-flags: chỉ nhận cờ dạng --x / only --flags');
  setExtraAppEnv(values['app-env']);
  bench.pgTcp = values['pg-tcp'];
  if (values.runs) bench.runs = values.runs.split(',').map((s) => s.trim());
  if (values['database-url']) bench.databaseUrl = new URL(values['database-url']).toString();
  const only = values.only?.split(',').map((s) => s.trim());
  const unknown = only?.filter((n) => !SCENARIOS.some((s) => s.name === n)) ?? [];
  if (unknown.length) throw new Error(`--only: không có kịch bản / unknown scenario ${unknown.join(', ')}`);
  const scenarios = only ? SCENARIOS.filter((s) => only.includes(s.name)) : SCENARIOS;
  // The reports scenario seeds a province and writes 40 reports through the API: minutes on a busy machine.
  // The scale scenario starts two PostgreSQL servers, three app processes and nginx first.
  values['time-limit'] ??= String(
    180 +
      (scenarios.includes(platform) ? 60 : 0) +
      (scenarios.includes(reports) ? 420 : 0) +
      (scenarios.includes(scale) ? 240 : 0) +
      // The first children-list run generates the 1,000,000-children register (long on a busy machine).
      (scenarios.includes(childrenList) ? 3600 : 0) +
      // The same register; generated here when children-list did not run first.
      (scenarios.includes(childrenCounts) ? (scenarios.includes(childrenList) ? 180 : 3600) : 0) +
      // Two lists written, a 100,000-row file analysed twice (preview, run) and imported.
      (scenarios.includes(childrenImport) ? 420 : 0),
  );
  return {
    bench,
    help: values.help,
    strict: values.strict,
    out: path.resolve(values.out),
    timeLimitS: num('time-limit', 10),
    scenarios,
  };
}

const log = (m: string) => process.stdout.write(`${m}\n`);

async function main(): Promise<number> {
  let opts;
  try {
    opts = options();
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n\n${HELP}\n`);
    return 2;
  }
  if (opts.help) {
    log(HELP);
    return 0;
  }
  if (process.platform !== 'linux')
    log('! Bộ nhớ đọc từ /proc: chỉ đo được trên Linux / memory is read from /proc: Linux only');

  const abort = async (why: string, code: number) => {
    process.stderr.write(`\n${why}: đang dọn dẹp / cleaning up…\n`);
    await cleanupAll((m) => process.stderr.write(`${m}\n`));
    process.exit(code);
  };
  const watchdog = setTimeout(
    () => void abort(`Quá ${opts.timeLimitS} s / time limit exceeded`, 1),
    opts.timeLimitS * 1000,
  );
  process.once('SIGINT', () => void abort('SIGINT', 130));
  process.once('SIGTERM', () => void abort('SIGTERM', 143));

  const startedAt = new Date();
  const results: ScenarioResult[] = [];
  try {
    for (const s of opts.scenarios) {
      log(`\n== ${s.name}: ${s.title}`);
      results.push(await s.run(opts.bench, log));
    }
  } catch (e) {
    process.stderr.write(
      `\nĐo hiệu năng thất bại / benchmark failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`,
    );
    await cleanupAll((m) => process.stderr.write(`${m}\n`));
    clearTimeout(watchdog);
    return 1;
  }
  await cleanupAll(log);
  clearTimeout(watchdog);

  const report = buildReport(startedAt, opts.bench, results);
  const file = writeReport(opts.out, report);
  log(summary(report));
  log(`\nKết quả / results: ${path.relative(process.cwd(), file)} (và / and latest.json)`);
  return opts.strict && !report.pass ? 3 : 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  },
);
