import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanupAll } from '../bench/lib/cleanup';
import { appStatements, replicaCaughtUp } from '../bench/lib/pg-cluster';
import { scaleUnavailable, startScaleCluster, type ScaleCluster } from '../bench/lib/scale-cluster';
import { Client } from './scale-client';

// Issue 8 item 12 (docs/architecture.md §3): a PostgreSQL 15 primary with a streaming replica, three app
// processes (the bundle `npm start` runs) and nginx in front, all from Debian's packages. Requests
// are sent through nginx, or straight to one process where it matters which one answers.

const missing = scaleUnavailable();
if (missing) console.warn(`scale test skipped: missing ${missing} (CI installs it)`);

let c: ScaleCluster;
const log = (m: string) => process.stdout.write(`${m}\n`);
const port = (i: number) => c.apps[i]!.baseUrl;

async function query<T extends pg.QueryResultRow>(url: string, text: string, params: unknown[] = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, params)).rows;
  } finally {
    await client.end();
  }
}
const primary = <T extends pg.QueryResultRow>(text: string, params: unknown[] = []) =>
  query<T>(c.pg.primaryAdmin.replace(/\/postgres$/, '/vte'), text, params);
const replica = <T extends pg.QueryResultRow>(text: string) => query<T>(c.pg.replicaAdmin, text);

/** Replay stopped on the replica while `fn` runs: whatever it shows is older than any write made in `fn`. */
async function withReplayPaused(fn: () => Promise<void>): Promise<void> {
  await replica('select pg_wal_replay_pause()');
  try {
    await fn();
  } finally {
    await replica('select pg_wal_replay_resume()');
  }
}

async function until<T>(what: string, fn: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`not reached in time: ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

beforeAll(async () => {
  if (missing) return;
  try {
    c = await startScaleCluster(log, { shape: { districts: 2, communesPerDistrict: 3, users: 500 } });
  } catch (e) {
    await cleanupAll(log);
    throw e;
  }
}, 300_000);
afterAll(() => cleanupAll(log), 60_000);

describe.skipIf(missing !== null)('scale path: primary + replica, three app processes, nginx', () => {
  const user = (role: string, n = 1) => `tn.${role}.${String(n).padStart(3, '0')}`;
  const signIn = (username: string) => new Client(c.nginx.baseUrl).signIn(username, c.province.password);

  it('signs in through nginx; a session signed out on one process is refused by the others at once', async () => {
    const s = await signIn(user('leader'));
    expect((await s.call('GET', '/api/auth/me')).status).toBe(200);
    // Each process reads the session once (and may keep it in its session cache).
    for (const i of [0, 1, 2])
      expect((await s.call('GET', '/api/auth/me', undefined, port(i))).status).toBe(200);
    expect((await s.call('POST', '/api/auth/logout', undefined, port(0))).status).toBe(204);
    for (const i of [1, 2])
      expect((await s.call('GET', '/api/auth/me', undefined, port(i))).status).toBe(401);
  });

  it('a user disabled on one process is refused by the others at once, even with the replica behind', async () => {
    const admin = await signIn(user('admin'));
    const worker = await signIn(user('commune-worker'));
    const me = c.province.users.find((u) => u.username === user('commune-worker'))!;
    for (const i of [0, 1, 2])
      expect((await worker.call('GET', '/api/auth/me', undefined, port(i))).status).toBe(200);
    await withReplayPaused(async () => {
      const off = await admin.call('PATCH', `/api/users/${me.id}`, { disabled: true }, port(1));
      expect(off).toMatchObject({ status: 200 });
      for (const i of [0, 2]) {
        expect((await worker.call('GET', '/api/auth/me', undefined, port(i))).status).toBe(401);
        expect(
          (await worker.call('GET', '/api/org/agencies?page=1&pageSize=5', undefined, port(i))).status,
        ).toBe(401);
      }
    });
  });

  it('lists and dashboards are read from the replica, and a user reads their own write at once', async () => {
    const admin = await signIn(user('admin'));
    const other = await signIn(c.nationalAdmin);
    const viewer = await signIn(c.province.viewer);
    const agency = c.province.agencies[1]!;
    const target = c.province.users.find((u) => u.role === 'leader')!;
    const listAgency = `/api/org/agencies?page=1&pageSize=5&q=${encodeURIComponent(agency.name)}`;
    const listUser = `/api/users?page=1&pageSize=5&q=${target.username}`;
    const names = (r: { body: { items: { name?: string; fullName?: string }[] } }) =>
      r.body.items.map((x) => x.name ?? x.fullName);

    await withReplayPaused(async () => {
      const renamed = await admin.call(
        'PATCH',
        `/api/org/agencies/${agency.id}`,
        { name: `${agency.name} mới` },
        port(0),
      );
      expect(renamed).toMatchObject({ status: 200 });
      const retitled = await admin.call(
        'PATCH',
        `/api/users/${target.id}`,
        { fullName: 'Tên Vừa Sửa' },
        port(0),
      );
      expect(retitled).toMatchObject({ status: 200 });
      expect(admin.cookie('vte_read_after')).toMatch(/^[0-9A-F]+\/[0-9A-F]+$/);

      // The writer, on other processes: their own writes, from the primary.
      expect(names(await admin.call('GET', listAgency, undefined, port(1)))).toContain(`${agency.name} mới`);
      expect(names(await admin.call('GET', listUser, undefined, port(2)))).toEqual(['Tên Vừa Sửa']);
      // Someone else: the replica, whose replay is paused before both writes.
      const seen = names(await viewer.call('GET', listAgency, undefined, port(2)));
      expect(seen).toContain(agency.name);
      expect(seen).not.toContain(`${agency.name} mới`);
      expect(names(await other.call('GET', listUser, undefined, port(1)))).toEqual([target.fullName]);
    });

    await replicaCaughtUp(c.pg);
    const fresh = `${listAgency}&sort=name`;
    expect(names(await viewer.call('GET', fresh))).toContain(`${agency.name} mới`);
    // Once the replica has the write, the writer's marker is dropped and their reads go there too.
    expect((await admin.call('GET', `${listUser}&role=leader`)).status).toBe(200);
    expect(admin.cookie('vte_read_after')).toBeUndefined();

    // The dashboards answer from the replica (they write nothing): the app's statements there grow.
    const before = await appStatements(c.pg.replicaAdmin);
    for (let i = 0; i < 5; i++) {
      expect((await viewer.call('GET', '/api/reports/dashboard')).status).toBe(200);
      // The seeded plan is Lý Sơn's: read by the national administrator.
      expect((await other.call('GET', `/api/plans/${c.planId}/dashboard`)).status).toBe(200);
    }
    expect((await appStatements(c.pg.replicaAdmin)) - before).toBeGreaterThanOrEqual(10);
  });

  it('scheduled jobs and reminders run exactly once across the three processes', async () => {
    const [row] = await primary<{ last: number }>(`select coalesce(max(id), 0)::int as last from job`);
    const last = row!.last;
    const daily = ['sessions.purge.hourly', 'plans.reminders.daily', 'reports.reminders.daily'];
    await primary(`update job_schedule set next_run_at = now() where name = any($1)`, [daily]);
    await primary(
      `insert into job (kind, payload) select 'sessions.purge', '{}'::jsonb from generate_series(1, 30)`,
    );
    const jobs = await until('every job finished', async () => {
      const rows = await primary<{
        kind: string;
        status: string;
        attempts: number;
        unique_key: string | null;
        locked_by: string;
      }>(
        `select kind, status, attempts, unique_key, locked_by from job where id > $1 and kind in ('sessions.purge', 'plans.reminders', 'reports.reminders')`,
        [last],
      );
      return rows.length >= 33 && rows.every((r) => r.status === 'done') ? rows : undefined;
    });
    for (const name of daily)
      expect(jobs.filter((j) => j.unique_key?.startsWith(`${name}@`))).toHaveLength(1);
    expect(jobs).toHaveLength(33);
    expect(jobs.every((j) => j.attempts === 1)).toBe(true);
    log(`  jobs run by ${new Set(jobs.map((j) => j.locked_by)).size} of 3 processes`);
    // The reminders' own effect: never two of the same reminder for a task and agency.
    const twice = await primary(
      `select task_id, agency_id, kind from plan_reminder group by 1, 2, 3 having count(*) > 1
       union all select period_id, agency_id, kind from report_reminder group by 1, 2, 3 having count(*) > 1`,
    );
    expect(twice).toEqual([]);
    // The seeded 2025 plan is long overdue, so by design (issue 9 item 6) it files no reminder at all;
    // what a reminder run sends is tested in plans/reminders-auto.test.ts. Here: each ran once.
  });
});
