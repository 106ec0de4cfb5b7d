import pg from 'pg';
import { inject } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { withDb } from './global-setup';

// Helpers for the cross-process cache tests: a superuser connection to a test database (to write
// without firing triggers, or to cut a listener's connection), and bounded polls for the
// asynchronous parts (a notification's delivery, a reconnect). No fixed sleeps.

export async function asSuperuser<T>(dbName: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: withDb(inject('pgAdminUrl'), dbName) });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/** Polls `cond` every 10 ms; fails after `timeoutMs` (a bound, not a timing assertion). */
export async function until(cond: () => Promise<boolean> | boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await cond())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

export const untilLive = (app: FastifyInstance) => until(() => app.cacheListener.live);
