import { signIn, getOk } from '../lib/http';
import { measure, type LoadFigures } from '../lib/load';
import { appStatements } from '../lib/pg-cluster';
import { processTree } from '../lib/procfs';
import { startScaleCluster } from '../lib/scale-cluster';
import { check, type Check, type Info, type Scenario, type ScenarioResult } from '../lib/types';

// docs/architecture.md §3's scale path (issue 8 item 12): a PostgreSQL 15 primary with a streaming replica,
// three app processes and nginx (Debian's packages), loaded through nginx at --connections for a
// list and a dashboard. A few seconds each: this is a proof the parts work together under load and
// a figure to compare, not the platform's single-process target (which the platform scenario holds).

const runs = (planId: string) => [
  { name: 'scale-agencies', path: '/api/org/agencies?page=1&pageSize=20', national: false },
  { name: 'scale-users', path: '/api/users?page=1&pageSize=20', national: false },
  { name: 'scale-reports-dashboard', path: '/api/reports/dashboard', national: false },
  // The seeded Lý Sơn plan (its tasks and agencies), read by a national administrator.
  { name: 'scale-plan-dashboard', path: `/api/plans/${planId}/dashboard`, national: true },
];

export const scale: Scenario = {
  name: 'scale',
  title:
    'Nhiều máy: PostgreSQL chính + bản sao, 3 tiến trình ứng dụng sau nginx / scale path: primary + replica, 3 app processes behind nginx',
  async run(opts, log): Promise<ScenarioResult> {
    const c = await startScaleCluster(log, { nodeFlags: opts.appNodeFlags });
    const viewer = await signIn(c.nginx.baseUrl, c.province.viewer, c.province.password);
    const national = await signIn(c.nginx.baseUrl, c.nationalAdmin, c.province.password);
    const RUNS = runs(c.planId);
    const who = (r: { national: boolean }) => (r.national ? national : viewer).cookie;
    for (const r of RUNS) await getOk(c.nginx.baseUrl, r.path, who(r));
    const pids = c.pg.pids();
    const cpu = {
      app: () => c.apps.flatMap((a) => processTree(a.pid)),
      db: () => [pids.primary, pids.replica].flatMap((p) => (p ? processTree(p) : [])),
      nginx: () => processTree(c.nginx.pid),
    };
    const http: LoadFigures[] = [];
    const replicaShare: Info[] = [];
    for (const r of RUNS) {
      log(
        `  » ${r.name}: GET ${r.path} qua nginx / through nginx, ${opts.connections} kết nối / connections…`,
      );
      const before = [await appStatements(c.pg.primaryAdmin), await appStatements(c.pg.replicaAdmin)];
      const h = await measure({
        name: r.name,
        baseUrl: c.nginx.baseUrl,
        path: r.path,
        connections: opts.connections,
        durationS: Math.min(opts.durationS, 5),
        warmupS: Math.min(opts.warmupS, 2),
        headers: { cookie: who(r) },
        cpu,
      });
      const after = [await appStatements(c.pg.primaryAdmin), await appStatements(c.pg.replicaAdmin)];
      const [onPrimary, onReplica] = [after[0]! - before[0]!, after[1]! - before[1]!];
      log(
        `    ${h.reqPerSec} req/s, p50 ${h.latencyMs.p50} ms, p99 ${h.latencyMs.p99} ms, non-2xx ${h.non2xx}; câu lệnh / statements: chính / primary ${onPrimary}, bản sao / replica ${onReplica}`,
      );
      http.push(h);
      replicaShare.push({
        id: `${r.name}.replicaStatements`,
        label: `${r.name}: câu lệnh trên bản sao / statements on the replica (chính / primary ${onPrimary})`,
        value: onReplica,
        unit: '',
      });
    }
    const bad = http.reduce((s, h) => s + h.non2xx + h.errors + h.timeouts, 0);
    const served = replicaShare.reduce((s, i) => s + Number(i.value), 0);
    const checks: Check[] = [
      check('scale.non2xx', 'Phản hồi non-2xx + lỗi / non-2xx + errors', bad, '=', 0, ''),
      check(
        'scale.replicaServed',
        'Bản sao phục vụ đọc (câu lệnh) / the replica served reads (statements)',
        served,
        '>=',
        1,
        '',
      ),
    ];
    return {
      name: 'scale',
      http,
      checks,
      info: [
        { id: 'scale.apps', label: 'Tiến trình ứng dụng / app processes', value: c.apps.length, unit: '' },
        ...replicaShare,
      ],
      details: { nginx: c.nginx.baseUrl, apps: c.apps.map((a) => a.baseUrl) },
    };
  },
};
