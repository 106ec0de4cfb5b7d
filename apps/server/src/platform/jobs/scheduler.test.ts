import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createDb, createPool } from '../db/pool';
import { createTestApp, type TestApp } from '../../test/harness';
import { createScheduler } from './scheduler';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const status = async (kind: string) =>
  (
    await t.db.execute<{ status: string; attempts: number }>(
      sql`select status, attempts from job where kind = ${kind}`,
    )
  ).rows;

describe('PostgreSQL-backed scheduler', () => {
  it('runs a job queued before a restart, in a new process-like instance', async () => {
    const first = createScheduler(t.db, () => undefined);
    await first.enqueue('test.note', { n: 1 });
    await first.stop(); // "crash" before it ran
    const pool = createPool(t.pool.options.connectionString!, 2); // a new connection pool: the restarted app
    const seen: unknown[] = [];
    const second = createScheduler(createDb(pool), () => undefined);
    second.register('test.note', async (p) => void seen.push(p));
    expect(await second.tick()).toBe(1);
    expect(seen).toEqual([{ n: 1 }]);
    expect(await status('test.note')).toEqual([{ status: 'done', attempts: 1 }]);
    await pool.end();
  });

  it('retries a failing job with back-off and gives up after max attempts', async () => {
    const s = createScheduler(t.db, () => undefined);
    s.register('test.fail', async () => {
      throw new Error('SMTP không phản hồi');
    });
    await s.enqueue('test.fail', {});
    await t.db.execute(sql`update job set max_attempts = 2 where kind = 'test.fail'`);
    await s.tick();
    expect(await status('test.fail')).toEqual([{ status: 'pending', attempts: 1 }]);
    await t.db.execute(sql`update job set run_at = now() where kind = 'test.fail'`);
    await s.tick();
    expect(await status('test.fail')).toEqual([{ status: 'failed', attempts: 2 }]);
  });

  it('puts back jobs left running by a dead worker', async () => {
    const s = createScheduler(t.db, () => undefined);
    let runs = 0;
    s.register('test.stale', async () => void runs++);
    await s.enqueue('test.stale', {});
    await t.db.execute(
      sql`update job set status = 'running', locked_at = now() - interval '1 hour' where kind = 'test.stale'`,
    );
    await s.tick();
    expect(runs).toBe(1);
  });

  it('fires a recurring schedule once per interval, even with two instances', async () => {
    const a = createScheduler(t.db, () => undefined);
    const b = createScheduler(t.db, () => undefined);
    let runs = 0;
    for (const s of [a, b]) s.register('test.every', async () => void runs++);
    await a.every('test.every.hourly', 'test.every', 3600);
    await b.every('test.every.hourly', 'test.every', 3600);
    await Promise.all([a.tick(), b.tick()]);
    await Promise.all([a.tick(), b.tick()]);
    expect(runs).toBe(1);
  });

  it('deduplicates by unique key', async () => {
    const s = createScheduler(t.db, () => undefined);
    await s.enqueue('test.dedupe', {}, { uniqueKey: 'nhac-viec:1:2025-05-01' });
    await s.enqueue('test.dedupe', {}, { uniqueKey: 'nhac-viec:1:2025-05-01' });
    expect(await status('test.dedupe')).toHaveLength(1);
  });
});
