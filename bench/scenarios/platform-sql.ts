import os from 'node:os';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { agencyListQuery, userListQuery } from '@vte/contracts';
import type { AuthUser } from '../../apps/server/src/platform/auth/context';
import { createDb } from '../../apps/server/src/platform/db/pool';
import { dataScope, orgReadScope } from '../../apps/server/src/modules/org';
import { sessionQuery } from '../../apps/server/src/modules/identity/session.repo';
import { tokenHash } from '../../apps/server/src/modules/identity/session.service';
import { agencyPageQuery } from '../../apps/server/src/modules/org/agencies-list.repo';
import { userPageQuery } from '../../apps/server/src/modules/identity/users-list.repo';
import { startCpu, type CpuGroups } from '../lib/cpu';
import type { LoadFigures } from '../lib/load';

// The floor for an uncached list request: the very statements the app issues for it (the session
// read, then the page with its total), run back to back from a bare `pg` Pool of `connections`
// clients, each client looping for the measured seconds. The app's uncached req/s is reported as a
// share of this (the issue asks for ≥ 0.7).

export interface BareSpec {
  name: string;
  url: string;
  /** The signed-in viewer's cookie value (`vte_session=…`) and the list URL the HTTP run asks for. */
  cookie: string;
  path: string;
  connections: number;
  durationS: number;
  warmupS: number;
  cpu: CpuGroups;
}

type Statement = pg.QueryConfig;

/** The statements behind one request of `path` by the user of `cookie`, as the app builds them. */
async function statementsFor(url: string, cookie: string, path: string): Promise<Statement[]> {
  const hash = tokenHash(cookie.slice(cookie.indexOf('=') + 1));
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  try {
    const row = (await pool.query(sessionQuery(hash))).rows[0] as
      { userId: string; scopeUnitId: string | null } | undefined;
    if (!row) throw new Error('phiên đăng nhập không còn / the viewer session is gone');
    const db = createDb(pool);
    const query = Object.fromEntries(new URL(path, 'http://x').searchParams);
    if (path.startsWith('/api/org/agencies')) {
      const user = { scopeUnitId: row.scopeUnitId } as AuthUser;
      return [
        sessionQuery(hash),
        agencyPageQuery(agencyListQuery.parse(query), await orgReadScope(db, user)),
      ];
    }
    const scope = await dataScope(db, row.scopeUnitId);
    return [sessionQuery(hash), userPageQuery(userListQuery.parse(query), scope && [...scope])];
  } finally {
    await pool.end();
  }
}

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : 0;

async function loop(pool: pg.Pool, statements: Statement[], seconds: number, connections: number) {
  const latencies: number[] = [];
  let errors = 0;
  const end = performance.now() + seconds * 1000;
  const worker = async () => {
    const client = await pool.connect();
    try {
      while (performance.now() < end) {
        const t0 = performance.now();
        try {
          for (const s of statements) await client.query(s);
          latencies.push(performance.now() - t0);
        } catch {
          errors++;
        }
      }
    } finally {
      client.release();
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: connections }, worker));
  return { latencies, errors, wallS: (performance.now() - t0) / 1000 };
}

const round = (n: number, d = 2) => Math.round(n * 10 ** d) / 10 ** d;

/** Request-equivalents per second of the bare statements, in the bench's LoadFigures shape. */
export async function bareSql(spec: BareSpec): Promise<LoadFigures> {
  const statements = await statementsFor(spec.url, spec.cookie, spec.path);
  const pool = new pg.Pool({ connectionString: spec.url, max: spec.connections });
  try {
    const warm = spec.warmupS > 0 ? await loop(pool, statements, spec.warmupS, spec.connections) : undefined;
    const stopCpu = startCpu(spec.cpu);
    const r = await loop(pool, statements, spec.durationS, spec.connections);
    const use = stopCpu();
    const n = r.latencies.length;
    const sorted = r.latencies.sort((a, b) => a - b);
    const perRequest = (s: number) => (n > 0 ? round((s * 1000) / n, 3) : 0);
    const total = Object.values(use.seconds).reduce((a, b) => a + b, 0);
    return {
      name: spec.name,
      method: 'SQL',
      path: `${statements.length} statements of ${spec.path}`,
      connections: spec.connections,
      durationS: round(r.wallS, 1),
      warmupS: spec.warmupS,
      requests: n,
      reqPerSec: round(n / r.wallS, 1),
      reqPerSecMin: 0,
      reqPerSecMax: 0,
      latencyMs: {
        average: round(n ? sorted.reduce((a, b) => a + b, 0) / n : 0),
        p50: round(percentile(sorted, 50)),
        p97_5: round(percentile(sorted, 97.5)),
        p99: round(percentile(sorted, 99)),
        max: round(sorted[n - 1] ?? 0),
      },
      non2xx: 0,
      errors: r.errors,
      timeouts: 0,
      statusCodes: {},
      warmup: { requests: warm?.latencies.length ?? 0, non2xx: 0, errors: warm?.errors ?? 0 },
      cpu: {
        msPerRequest: Object.fromEntries(Object.entries(use.seconds).map(([k, v]) => [k, perRequest(v)])),
        seconds: use.seconds,
        ceilingReqPerSec: total > 0 && n > 0 ? Math.round((os.availableParallelism() * n) / total) : null,
        machineBusyPct: use.machineBusyPct,
        othersBusyPct: use.othersBusyPct,
      },
    };
  } finally {
    await pool.end();
  }
}
