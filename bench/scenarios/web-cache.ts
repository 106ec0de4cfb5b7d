import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { loadConfig } from '../../apps/server/src/config';
import { buildApp } from '../../apps/server/src/app';
import { createDb, createPool } from '../../apps/server/src/platform/db/pool';
import { runMigrations } from '../../apps/server/src/platform/db/migrate';
import { defaultWebDist } from '../../apps/server/src/platform/http/static';
import { LY_SON, seedOrg } from '../../apps/server/src/modules/org';
import { createUserDirect } from '../../apps/server/src/modules/identity';
import { seedPlans } from '../../apps/server/src/modules/plans';
import { createBenchDatabase, startBenchPostgres } from '../lib/postgres';
import { check, type Scenario, type ScenarioResult } from '../lib/types';

// Issue 9 item 18: a repeat visit of the staff app over a slow mobile line. Chromium throttled to a 3G
// profile (400 ms latency, 400 kbit/s both ways) opens the app again in new tabs, after one unthrottled
// visit that signed in and filled the cache: no unchanged asset may be fetched again (not even revalidated), and
// the home must be usable (its welcome card shown) within 1.5 s.

export const TARGETS = { usableMs: 1500, assetsRefetched: 0 } as const;
const THROTTLE = { latencyMs: 400, kbps: 400 } as const;
const REPEATS = 3;
const USER = { username: 'bench.web', password: 'Bench-mat-khau-1' };
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run'];

interface Visit {
  usableMs: number;
  /** Of usableMs, waiting on the network: the page itself, then the API answers the home needs. */
  networkMs: number;
  /** Of usableMs, the tab's main thread busy (script, style, layout): CPU, slow on a loaded machine. */
  mainThreadMs: number;
  requests: number;
  assetsFromNetwork: string[];
  assetsFromCache: number;
  bytes: number;
}

/** Throttles the tab and records every answer: from the network or from the browser's cache. */
async function watch(context: BrowserContext, page: Page, throttled: boolean) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  if (throttled)
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: THROTTLE.latencyMs,
      downloadThroughput: (THROTTLE.kbps * 1000) / 8,
      uploadThroughput: (THROTTLE.kbps * 1000) / 8,
    });
  const cached = new Set<string>();
  const answers: { id: string; url: string; status: number; fromCache: boolean }[] = [];
  let bytes = 0;
  cdp.on('Network.requestServedFromCache', (e) => cached.add(e.requestId));
  cdp.on('Network.responseReceived', (e) =>
    answers.push({
      id: e.requestId,
      url: e.response.url,
      status: e.response.status,
      fromCache: !!(e.response.fromDiskCache || e.response.fromPrefetchCache),
    }),
  );
  cdp.on('Network.loadingFinished', (e) => (bytes += e.encodedDataLength));
  await cdp.send('Performance.enable');
  const taskS = async () =>
    (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0;
  const before = await taskS();
  return {
    busyMs: async () => Math.round(((await taskS()) - before) * 1000),
    summary(usableMs: number): Omit<Visit, 'networkMs' | 'mainThreadMs'> {
      const assets = answers.filter((a) => new URL(a.url).pathname.startsWith('/assets/'));
      const fromCache = (a: (typeof answers)[number]) => a.fromCache || cached.has(a.id);
      return {
        usableMs: Math.round(usableMs),
        requests: answers.filter((a) => !fromCache(a)).length,
        assetsFromNetwork: assets.filter((a) => !fromCache(a)).map((a) => `${a.status} ${a.url}`),
        assetsFromCache: assets.filter(fromCache).length,
        bytes,
      };
    },
  };
}

/** Opens the app in a new throttled tab and waits until the home is usable, then until the network is idle. */
async function visit(context: BrowserContext, base: string, signIn: boolean): Promise<Visit> {
  const page = await context.newPage();
  // The first visit (sign-in, filling the cache) is not throttled: ~1 MB of scripts at 400 kbit/s
  // would take half a minute and measures nothing this scenario is about.
  const w = await watch(context, page, !signIn);
  const t0 = performance.now();
  await page.goto(`${base}/app/`, { waitUntil: 'commit' });
  if (signIn) {
    await page.getByTestId('login-username').fill(USER.username);
    await page.getByTestId('login-password').fill(USER.password);
    await page.getByTestId('login-submit').click();
  }
  await page.getByTestId('welcome-card').waitFor({ timeout: 120_000 });
  const usable = performance.now() - t0;
  const split = await page.evaluate(`(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const api = performance.getEntriesByType('resource').filter((r) => r.name.includes('/api/'));
    return { page: nav.responseEnd, api: api.reduce((s, r) => s + r.responseEnd - r.startTime, 0) };
  })()`);
  const busy = await w.busyMs();
  await page.waitForLoadState('networkidle', { timeout: 120_000 });
  await page.close();
  const { page: pageMs, api } = split as { page: number; api: number };
  return { ...w.summary(usable), networkMs: Math.round(pageMs + api), mainThreadMs: busy };
}

async function startServer(opts: { databaseUrl?: string }, log: (m: string) => void) {
  const dist = defaultWebDist();
  if (!fs.existsSync(path.join(dist, 'app', 'index.html')))
    throw new Error('chưa dựng giao diện / web app not built: npm run build:web');
  const server = await startBenchPostgres(log, opts.databaseUrl);
  const pool = createPool(await createBenchDatabase(server), 5);
  const db = createDb(pool);
  await runMigrations(pool);
  await seedOrg(db);
  await seedPlans(db);
  await createUserDirect(db, {
    ...USER,
    fullName: 'Cán bộ đo thử',
    role: 'focal_officer',
    scopeUnitId: LY_SON.districtId,
    agencyId: LY_SON.agency('noi-vu'),
  });
  const app = await buildApp(
    loadConfig({
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      RATE_LIMIT_PER_MINUTE: '100000000',
      LOGIN_RATE_PER_MINUTE: '100000',
      WEB_DIST: dist,
    }),
    { db, mode: 'external' },
  );
  await app.listen({ host: '127.0.0.1', port: 0 });
  const addr = app.server.address();
  const base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
  return { base, close: () => app.close().then(() => pool.end()) };
}

export const webCache: Scenario = {
  name: 'web-cache',
  title: 'Giao diện: mở lại qua 3G / web app: repeat visit over throttled 3G',
  async run(opts, log): Promise<ScenarioResult> {
    const server = await startServer(opts, log);
    const browser = await chromium.launch({ executablePath: loadConfig().CHROMIUM_PATH, args: ARGS });
    let first: Visit;
    const repeats: Visit[] = [];
    try {
      const context = await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
      first = await visit(context, server.base, true);
      log(`  lần đầu (đăng nhập) / first visit: ${first.usableMs} ms, ${first.requests} requests`);
      for (let i = 0; i < REPEATS; i++) {
        const v = await visit(context, server.base, false);
        repeats.push(v);
        log(
          `  mở lại / repeat ${i + 1}: usable ${v.usableMs} ms (network ${v.networkMs} ms, main thread ${v.mainThreadMs} ms), ${v.requests} requests, ` +
            `assets: ${v.assetsFromCache} from cache, ${v.assetsFromNetwork.length} from the network`,
        );
      }
    } finally {
      await browser.close();
      await server.close();
    }
    const worst = Math.max(...repeats.map((v) => v.usableMs));
    const refetched = Math.max(...repeats.map((v) => v.assetsFromNetwork.length));
    const label = `${THROTTLE.latencyMs} ms, ${THROTTLE.kbps} kbit/s`;
    return {
      name: 'web-cache',
      http: [],
      checks: [
        check(
          'web.repeat.usable',
          'Trang chủ dùng được khi mở lại (chậm nhất) / home usable on a repeat visit (worst)',
          worst,
          '<',
          TARGETS.usableMs,
          'ms',
          `Chromium, 3G ${label}; ${REPEATS} new tabs after a first visit that signed in`,
        ),
        check(
          'web.repeat.assetsRefetched',
          'Tệp tĩnh tải lại khi mở lại / unchanged assets fetched again',
          refetched,
          '=',
          TARGETS.assetsRefetched,
          'files',
        ),
      ],
      info: [
        {
          id: 'web.first.usable',
          label: 'Lần đầu, tới trang chủ / first visit to home',
          value: first!.usableMs,
          unit: 'ms',
        },
        {
          id: 'web.first.requests',
          label: 'Lần đầu, số yêu cầu / first visit requests',
          value: first!.requests,
          unit: '',
        },
        {
          id: 'web.first.kb',
          label: 'Lần đầu, dữ liệu tải / first visit bytes',
          value: Math.round(first!.bytes / 1024),
          unit: 'KB',
        },
        {
          id: 'web.repeat.networkMs',
          label: 'Mở lại, thời gian chờ mạng (ít nhất) / repeat visit, waiting on the network (least)',
          value: Math.min(...repeats.map((v) => v.networkMs)),
          unit: 'ms',
        },
        {
          id: 'web.repeat.mainThreadMs',
          label: 'Mở lại, luồng chính bận (ít nhất) / repeat visit, main thread busy (least)',
          value: Math.min(...repeats.map((v) => v.mainThreadMs)),
          unit: 'ms',
        },
        {
          id: 'web.repeat.requests',
          label: 'Mở lại, số yêu cầu qua mạng / repeat visit requests',
          value: repeats[0]!.requests,
          unit: '',
        },
        {
          id: 'web.repeat.kb',
          label: 'Mở lại, dữ liệu tải / repeat visit bytes',
          value: Math.round(repeats[0]!.bytes / 1024),
          unit: 'KB',
        },
      ],
      details: { first: first!, repeats },
    };
  },
};
