import { and, eq, inArray, lte, sql } from 'drizzle-orm';
import type { Exec } from '../db/pool';
import { job, jobSchedule } from './jobs.tables';

export type JobRow = typeof job.$inferSelect;

export async function enqueue(exec: Exec, row: typeof job.$inferInsert): Promise<void> {
  await exec.insert(job).values(row).onConflictDoNothing();
}

/** Claim due jobs; SKIP LOCKED lets several workers (or app instances) share the queue. */
export async function claimDue(exec: Exec, worker: string, limit: number): Promise<JobRow[]> {
  const r = await exec.execute<{ id: number }>(sql`
    update job set status = 'running', locked_at = now(), locked_by = ${worker}, attempts = attempts + 1
    where id in (
      select id from job where status = 'pending' and run_at <= now()
      order by run_at limit ${limit} for update skip locked
    ) returning id`);
  const ids = r.rows.map((x) => Number(x.id));
  return ids.length ? exec.select().from(job).where(inArray(job.id, ids)) : [];
}

export async function finish(exec: Exec, id: number): Promise<void> {
  await exec
    .update(job)
    .set({ status: 'done', finishedAt: new Date(), lockedAt: null })
    .where(eq(job.id, id));
}

export async function fail(exec: Exec, j: JobRow, error: string): Promise<void> {
  const giveUp = j.attempts >= j.maxAttempts;
  // Exponential back-off: 30 s, 1 min, 2 min, 4 min…
  await exec
    .update(job)
    .set({
      status: giveUp ? 'failed' : 'pending',
      lastError: error.slice(0, 2000),
      lockedAt: null,
      runAt: sql`now() + make_interval(secs => ${30 * 2 ** Math.max(0, j.attempts - 1)})`,
      finishedAt: giveUp ? new Date() : null,
    })
    .where(eq(job.id, j.id));
}

/** Jobs left 'running' by a process that died are put back in the queue. */
export async function releaseStale(exec: Exec, olderThanSeconds: number): Promise<void> {
  await exec
    .update(job)
    .set({ status: 'pending', lockedAt: null, lockedBy: null })
    .where(
      and(
        eq(job.status, 'running'),
        lte(job.lockedAt, sql`now() - make_interval(secs => ${olderThanSeconds})`),
      ),
    );
}

export async function upsertSchedule(
  exec: Exec,
  name: string,
  kind: string,
  intervalSeconds: number,
): Promise<void> {
  await exec
    .insert(jobSchedule)
    .values({ name, kind, intervalSeconds, nextRunAt: new Date() })
    .onConflictDoUpdate({ target: jobSchedule.name, set: { kind, intervalSeconds } });
}

/** Turns due schedules into jobs exactly once, even with several app instances. */
export async function fireSchedules(exec: Exec): Promise<void> {
  await exec.execute(sql`
    with due as (
      update job_schedule set next_run_at = now() + make_interval(secs => interval_seconds)
      where next_run_at <= now() returning name, kind
    )
    insert into job (kind, payload, unique_key)
    select kind, '{}'::jsonb, name || '@' || to_char(now(), 'YYYYMMDDHH24MISS') from due
    on conflict do nothing`);
}

export async function listJobs(exec: Exec, limit: number): Promise<JobRow[]> {
  return exec
    .select()
    .from(job)
    .orderBy(sql`${job.id} desc`)
    .limit(limit);
}
