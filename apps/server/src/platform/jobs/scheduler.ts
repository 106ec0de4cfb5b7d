import os from 'node:os';
import type { Db } from '../db/pool';
import * as repo from './jobs.repo';
import { errorSummary } from '../logger';

export type JobHandler = (payload: unknown, db: Db) => Promise<void>;

export interface Scheduler {
  register(kind: string, handler: JobHandler): void;
  every(name: string, kind: string, intervalSeconds: number): Promise<void>;
  enqueue(kind: string, payload: unknown, opts?: { runAt?: Date; uniqueKey?: string }): Promise<void>;
  /** One polling round (used by the timer and by tests). */
  tick(): Promise<number>;
  start(pollMs?: number): void;
  stop(): Promise<void>;
}

export function createScheduler(db: Db, log: (m: string) => void): Scheduler {
  const handlers = new Map<string, JobHandler>();
  const worker = `${os.hostname()}:${process.pid}`;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();

  async function tick(): Promise<number> {
    await repo.releaseStale(db, 600);
    await repo.fireSchedules(db);
    const jobs = await repo.claimDue(db, worker, 10);
    for (const j of jobs) {
      const h = handlers.get(j.kind);
      try {
        if (!h) throw new Error(`no handler for job kind ${j.kind}`);
        await h(j.payload, db);
        await repo.finish(db, j.id);
      } catch (e) {
        // Never the message: a failed query's holds its parameters (e-mail addresses for mail jobs).
        log(`job ${j.id} (${j.kind}) failed: ${errorSummary(e)}`);
        await repo.fail(db, j, errorSummary(e));
      }
    }
    return jobs.length;
  }

  return {
    register: (kind, handler) => void handlers.set(kind, handler),
    every: (name, kind, interval) => repo.upsertSchedule(db, name, kind, interval),
    enqueue: (kind, payload, opts) =>
      repo.enqueue(db, {
        kind,
        payload: payload ?? {},
        runAt: opts?.runAt ?? new Date(),
        uniqueKey: opts?.uniqueKey ?? null,
      }),
    tick,
    start(pollMs = 5000) {
      const loop = () => {
        running = tick()
          .catch((e: unknown) => log(`scheduler: ${errorSummary(e)}`))
          .finally(() => {
            if (timer) timer = setTimeout(loop, pollMs);
          });
      };
      timer = setTimeout(loop, 1000);
    },
    async stop() {
      if (timer) clearTimeout(timer);
      timer = undefined;
      await running;
    },
  };
}
