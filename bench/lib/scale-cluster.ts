import fs from 'node:fs';
import pg from 'pg';
import { hashPassword } from '../../apps/server/src/platform/auth/password';
import { seedDatabase } from '../scenarios/platform-server';
import { freePort, startApp, type AppProcess } from './app-process';
import { startNginx, NGINX, type Nginx } from './nginx';
import { missingBinaries, startPgCluster, type PgCluster } from './pg-cluster';
import { tempDir } from './postgres';
import { generateProvince, type ProvinceShape, type SyntheticProvince } from './synthetic';

// docs/architecture.md §3's scale path on one machine, from real parts: a PostgreSQL 15 primary with a
// streaming replica, three app processes (the bundle `npm start` runs) with DATABASE_URL on the
// primary and READ_DATABASE_URL on the replica, and nginx balancing them. Used by the scale bench
// scenario and by e2e/scale.test.ts; torn down by cleanupAll (cleanup.ts), even after a failure.

export interface ScaleCluster {
  pg: PgCluster;
  apps: AppProcess[];
  nginx: Nginx;
  province: SyntheticProvince;
  /** A synthetic administrator given national scope, and the seeded Lý Sơn plan they can read. */
  nationalAdmin: string;
  planId: string;
}

async function nationalAdminAndPlan(ownerUrl: string, username: string): Promise<string> {
  const c = new pg.Client({ connectionString: ownerUrl });
  await c.connect();
  try {
    await c.query('update app_user set scope_unit_id = null where username = $1', [username]);
    return (await c.query<{ id: string }>('select id from plan order by created_at limit 1')).rows[0]!.id;
  } finally {
    await c.end();
  }
}

/** Why the scale path cannot run on this machine (Debian's binaries missing), or null. */
export function scaleUnavailable(): string | null {
  const pgMissing = missingBinaries();
  if (pgMissing) return pgMissing;
  return fs.existsSync(NGINX) ? null : `${NGINX} (apt-get install nginx)`;
}

export async function startScaleCluster(
  log: (m: string) => void,
  o: { processes?: number; shape?: ProvinceShape; nodeFlags?: string[]; env?: Record<string, string> } = {},
): Promise<ScaleCluster> {
  const pg = await startPgCluster(log);
  const env = {
    MIGRATION_DATABASE_URL: pg.ownerUrl,
    READ_DATABASE_URL: pg.readUrl,
    TRUST_PROXY: '127.0.0.1',
    ...o.env,
  };
  const spawnApp = async () =>
    startApp(
      { port: await freePort(), databaseUrl: pg.appUrl, dataDir: tempDir('vte-scale-app-'), env },
      o.nodeFlags ?? [],
    );
  // The first process migrates and seeds; the others start on a ready schema, as in a rolling start.
  const first = await spawnApp();
  await first.waitHealthy(120_000);
  const province = generateProvince(o.shape);
  await seedDatabase(pg.ownerUrl, province, await hashPassword(province.password), false);
  const nationalAdmin = 'tn.admin.002';
  const planId = await nationalAdminAndPlan(pg.ownerUrl, nationalAdmin);
  const rest = await Promise.all(Array.from({ length: (o.processes ?? 3) - 1 }, spawnApp));
  await Promise.all(rest.map((a) => a.waitHealthy(120_000)));
  const apps = [first, ...rest];
  log(`  ${apps.length} tiến trình ứng dụng / app processes: ${apps.map((a) => a.baseUrl).join(', ')}`);
  const nginx = await startNginx(apps.map((a) => Number(new URL(a.baseUrl).port)));
  log(`  nginx: ${nginx.baseUrl} (pid ${nginx.pid})`);
  return { pg, apps, nginx, province, nationalAdmin, planId };
}
