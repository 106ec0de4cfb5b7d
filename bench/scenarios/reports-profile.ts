import { performance } from 'node:perf_hooks';
import type pg from 'pg';
import { rolePermissions } from '@vte/contracts';
import type { AuthedContext } from '../../apps/server/src/platform/auth/context';
import { createDb, createPool } from '../../apps/server/src/platform/db/pool';
import { dataScope } from '../../apps/server/src/modules/org';
import { provinceView } from '../../apps/server/src/modules/reports/province.service';
import { expectedByPeriod } from '../../apps/server/src/modules/reports/expected';
import { unitNameOn } from '../../apps/server/src/modules/reports/periods.service';
import * as repo from '../../apps/server/src/modules/reports/reports.repo';
import * as crepo from '../../apps/server/src/modules/reports/consolidated.repo';

// Where the province view's time goes: the same service code as the server, in this process, on a
// pool that records every query (count, wall time to the parsed rows, rows). Not the measured figure.

interface Q {
  kind: string;
  ms: number;
  rows: number;
}

function kindOf(text: string): string {
  const t = text.replace(/\s+/g, ' ');
  if (t.includes('with recursive chain(orig')) return 'agenciesOnDate';
  if (t.includes('with recursive chain(id')) return 'unitOnDate (unitNameOn)';
  if (/from "agency_report"/.test(t)) return 'reportsOfPeriods (agency_report + content)';
  if (/from "consolidated_report"/.test(t)) return 'consolidatedOfPeriods (with sections)';
  if (/from "task_assignment"/.test(t)) return 'assignmentsOf';
  if (/from "plan_task"/.test(t)) return 'tasksOf';
  if (/from "agency_group_member"/.test(t)) return 'groupMembers';
  if (/from "report_period"/.test(t)) return 'listPeriods';
  if (/from "admin_unit"/.test(t)) return 'getUnit';
  return t.slice(0, 60);
}

function recorder(pool: pg.Pool) {
  const log: Q[] = [];
  const orig = pool.query.bind(pool) as (...a: unknown[]) => Promise<pg.QueryResult>;
  (pool as unknown as { query: unknown }).query = async (...args: unknown[]) => {
    const t0 = performance.now();
    const r = await orig(...args);
    const text = typeof args[0] === 'string' ? args[0] : ((args[0] as { text?: string }).text ?? '');
    log.push({ kind: kindOf(text), ms: performance.now() - t0, rows: r.rowCount ?? r.rows?.length ?? 0 });
    return r;
  };
  return log;
}

const r1 = (n: number) => Math.round(n * 10) / 10;

function summarise(log: Q[], wallMs: number) {
  const by = new Map<string, { n: number; ms: number; rows: number }>();
  for (const q of log) {
    const e = by.get(q.kind) ?? { n: 0, ms: 0, rows: 0 };
    e.n++;
    e.ms += q.ms;
    e.rows += q.rows;
    by.set(q.kind, e);
  }
  const dbMs = log.reduce((s, q) => s + q.ms, 0);
  return {
    wallMs: r1(wallMs),
    queries: log.length,
    queryMs: r1(dbMs),
    byKind: Object.fromEntries(
      [...by]
        .sort((a, b) => b[1].ms - a[1].ms)
        .map(([k, v]) => [k, { queries: v.n, ms: r1(v.ms), rows: v.rows }]),
    ),
  };
}

export type ProvinceProfile = Awaited<ReturnType<typeof profileProvince>>;

/** provinceView twice (cold: this process's unit-name cache empty; warm), then its parts one by one. */
export async function profileProvince(url: string, provinceId: string, kind: 'six_month', year: number) {
  const pool = createPool(url, 4);
  const db = createDb(pool);
  try {
    const unitIds = await dataScope(db, provinceId);
    const ctx: AuthedContext = {
      ip: 'bench',
      userAgent: 'bench',
      user: {
        id: '',
        username: 'bench',
        fullName: 'bench',
        role: 'province_viewer',
        permissions: new Set(rolePermissions.province_viewer),
        agencyId: null,
        scopeUnitId: provinceId,
        provinceId,
        unitIds,
        csrfToken: '',
        sessionHash: '',
        mustChangePassword: false,
      },
    };
    const log = recorder(pool);
    const run = async () => {
      log.length = 0;
      const t0 = performance.now();
      const view = await provinceView(db, ctx, kind, year);
      const s = summarise(log, performance.now() - t0);
      return { ...s, units: view.units.length, bytes: Buffer.byteLength(JSON.stringify(view)) };
    };
    const cold = await run();
    const warm = await run();
    const step = async (f: () => Promise<unknown>) => {
      log.length = 0;
      const t0 = performance.now();
      await f();
      return summarise(log, performance.now() - t0);
    };
    let periods: repo.PeriodRow[] = [];
    const listPeriods = await step(async () => {
      periods = (await repo.listPeriods(db, { kind, year, unitIds: unitIds ? [...unitIds] : null })).filter(
        (p) => p.planId,
      );
    });
    const ids = periods.map((p) => p.id);
    const steps = {
      listPeriods,
      expectedByPeriod: await step(() => expectedByPeriod(db, periods)),
      reportsOfPeriods: await step(() => repo.reportsOfPeriods(db, ids)),
      consolidatedOfPeriods: await step(() => crepo.consolidatedOfPeriods(db, ids)),
      unitNameOnWarm: await step(async () => {
        for (const p of periods) await unitNameOn(db, p.unitId, p.dueDate);
      }),
      // What the view uses of those rows, for comparison (not the module's code).
      reportsFactsOnly: await step(() =>
        pool.query(
          `select r.id, r.period_id, r.agency_id, r.status, r.first_submitted_at, a.name from agency_report r join agency a on a.id = r.agency_id where r.period_id = any($1::uuid[]) order by a.name_sort`,
          [ids],
        ),
      ),
      consolidatedSummaryOnly: await step(() =>
        pool.query(
          `select id, period_id, level, unit_id, status, submitted_at, header from consolidated_report where period_id = any($1::uuid[])`,
          [ids],
        ),
      ),
    };
    const size = await pool.query<{ content: string; sections: string }>(
      `select (select sum(octet_length(content::text)) from agency_report where period_id = any($1::uuid[])) as content,
              (select sum(octet_length(sections::text) + octet_length(indicators::text) + octet_length(missing::text)) from consolidated_report where period_id = any($1::uuid[])) as sections`,
      [ids],
    );
    const mb = (v: string) => Math.round(Number(v) / 1e5) / 10;
    return {
      cold,
      warm,
      steps,
      bytesRead: {
        agencyReportContentMb: mb(size.rows[0]!.content),
        consolidatedSectionsMb: mb(size.rows[0]!.sections),
      },
    };
  } finally {
    await pool.end();
  }
}
