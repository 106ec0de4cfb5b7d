import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../apps/server/src/config';
import { buildApp } from '../../apps/server/src/app';
import { createDb, createPool } from '../../apps/server/src/platform/db/pool';
import { runMigrations } from '../../apps/server/src/platform/db/migrate';
import { seedOrg } from '../../apps/server/src/modules/org';
import { createUserDirect } from '../../apps/server/src/modules/identity';
import { parsePlanText } from '../../apps/server/src/modules/plans/parse';
import { REPO_ROOT } from '../lib/app-process';
import { signIn } from '../lib/http';
import { createBenchDatabase, startBenchPostgres } from '../lib/postgres';
import { check, type Scenario, type ScenarioResult } from '../lib/types';
import { seedProvincePlan } from './plans-data';

// The plans targets: parsing the seed < 300 ms; the plan dashboard of a province with
// 100 communes × 30 agencies and a 200-task plan < 300 ms at the 95th percentile (server mode).

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return Math.round(s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]! * 10) / 10;
};

export const plans: Scenario = {
  name: 'plans',
  title: 'Kế hoạch: trích xuất, bảng tình hình / plans: parsing, dashboard',
  async run(opts, log): Promise<ScenarioResult> {
    const seed = fs.readFileSync(
      path.join(REPO_ROOT, 'apps/server/src/modules/plans/seed-data/ke-hoach-ly-son-2025.txt'),
      'utf8',
    );
    let t0 = performance.now();
    parsePlanText(seed);
    const cold = performance.now() - t0;
    const parses: number[] = [];
    for (let i = 0; i < 50; i++) {
      t0 = performance.now();
      parsePlanText(seed);
      parses.push(performance.now() - t0);
    }
    log(`  trích xuất kế hoạch mẫu / seed parse: lần đầu ${cold.toFixed(1)} ms, p95 ${pct(parses, 95)} ms`);

    const server = await startBenchPostgres(log, opts.databaseUrl);
    const url = await createBenchDatabase(server);
    const pool = createPool(url, 10);
    const db = createDb(pool);
    await runMigrations(pool);
    await seedOrg(db);
    const t1 = performance.now();
    const shape = await seedProvincePlan(url);
    log(
      `  tỉnh 100 xã × 30 cơ quan, kế hoạch 200 nhiệm vụ / synthetic plan seeded (${Math.round(performance.now() - t1)} ms)`,
    );
    await createUserDirect(db, {
      username: 'bench.tinh',
      password: 'Bench-mat-khau-1',
      role: 'province_viewer',
      scopeUnitId: shape.provinceId,
    });
    const app = await buildApp(
      loadConfig({
        LOG_LEVEL: 'warn',
        DATABASE_URL: url,
        RATE_LIMIT_PER_MINUTE: '100000000',
        LOGIN_RATE_PER_MINUTE: '100000',
        WEB_DIST: '/nonexistent',
      }),
      { db, mode: 'external' },
    );
    await app.listen({ host: '127.0.0.1', port: 0 });
    const addr = app.server.address();
    const base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
    const session = await signIn(base, 'bench.tinh', 'Bench-mat-khau-1');
    const times: number[] = [];
    let bytes = 0;
    try {
      for (let i = 0; i < 60; i++) {
        t0 = performance.now();
        const r = await fetch(`${base}/api/plans/${shape.planId}/dashboard?at=2025-06-01`, {
          headers: { cookie: session.cookie },
        });
        const body = await r.text();
        if (r.status !== 200) throw new Error(`dashboard ${r.status}: ${body.slice(0, 200)}`);
        if (i >= 10) times.push(performance.now() - t0);
        bytes = body.length;
      }
    } finally {
      await app.close();
      await pool.end();
    }
    log(
      `  bảng tình hình / dashboard: p50 ${pct(times, 50)} ms, p95 ${pct(times, 95)} ms, ${Math.round(bytes / 1024)} KB`,
    );
    return {
      name: 'plans',
      http: [],
      checks: [
        check(
          'plans.parseSeed.cold',
          'Trích xuất kế hoạch mẫu, lần đầu / seed parse, first run',
          Math.round(cold * 10) / 10,
          '<',
          300,
          'ms',
        ),
        check(
          'plans.parseSeed.p95',
          'Trích xuất kế hoạch mẫu, p95 / seed parse, p95',
          pct(parses, 95),
          '<',
          300,
          'ms',
        ),
        check(
          'plans.dashboard.p95',
          'Bảng tình hình 200 nhiệm vụ × 3.000 cơ quan, p95 / dashboard p95',
          pct(times, 95),
          '<',
          300,
          'ms',
          'sequential requests after 10 warm-up, one signed-in province viewer',
        ),
      ],
      info: [
        {
          id: 'plans.dashboard.p50',
          label: 'Bảng tình hình, p50 / dashboard p50',
          value: pct(times, 50),
          unit: 'ms',
        },
        {
          id: 'plans.dashboard.bytes',
          label: 'Dung lượng phản hồi / response size',
          value: Math.round(bytes / 1024),
          unit: 'KB',
        },
      ],
      details: { parseMs: parses, dashboardMs: times },
    };
  },
};
