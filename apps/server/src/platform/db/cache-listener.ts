import pg from 'pg';

// Cross-process invalidation of the in-process caches (sessions, scopes, the agency and user lists).
// Migration 0009's triggers announce the written table on CACHE_CHANNEL when a transaction commits,
// whoever wrote it; every app process LISTENs on its own connection (not a pool client: LISTEN lives
// on a session) and drops what it kept. While that connection is down a process cannot hear about
// writes, so its caches must not answer: `live` is false and every cache reads through (fail safe).

export const CACHE_CHANNEL = 'vte_cache';
/** Retry delays after the connection fails: doubling from the first to the last. */
const BACKOFF_MS = [100, 30_000] as const;
/** A silently dead connection (half-open TCP) is found by a ping this often. */
const PING_MS = 10_000;

type Handler = () => void;

export interface CacheListener {
  /** True while LISTEN is in place: only then may a cache answer from memory. */
  readonly live: boolean;
  /**
   * `fn` runs when one of `tables` is written by any process (this one included), on every write
   * through this process's API (`changedHere`), and whenever the connection drops or comes back
   * (notifications may have been missed). Returns the unsubscribe function.
   */
  on(tables: readonly string[] | '*', fn: Handler): () => void;
  /** A write through this process's API: clear every cache here now, before the notification comes back. */
  changedHere(): void;
  /** Resolves once the first connection attempt has succeeded or failed (it keeps retrying). */
  readonly ready: Promise<void>;
  close(): Promise<void>;
}

/** A ping unanswered by the next one means a dead connection: a half-open socket never errors. */
function pinger(c: pg.Client, dead: (why: string) => void): NodeJS.Timeout {
  let answered = true;
  const timer = setInterval(() => {
    if (!answered) return dead('ping unanswered');
    answered = false;
    c.query('select 1').then(
      () => (answered = true),
      (e: unknown) => dead((e as { code?: string }).code ?? 'ping'),
    );
  }, PING_MS);
  timer.unref();
  return timer;
}

export function startCacheListener(
  connection: pg.ClientConfig,
  warn: (message: string) => void = () => undefined,
): CacheListener {
  const handlers = new Set<{ tables: ReadonlySet<string> | null; fn: Handler }>();
  const fire = (table: string | null) => {
    for (const h of handlers) if (table === null || h.tables === null || h.tables.has(table)) h.fn();
  };
  let client: pg.Client | null = null;
  let live = false;
  let closed = false;
  let failures = 0;
  let retry: NodeJS.Timeout | undefined;
  let ping: NodeJS.Timeout | undefined;
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));

  const down = (c: pg.Client, why: string) => {
    if (client !== c) return; // an old connection reporting late
    client = null;
    clearInterval(ping);
    if (live) warn(`cache listener lost its connection (${why}); caches bypassed until it is back`);
    live = false;
    fire(null);
    c.end().catch(() => undefined);
    if (closed) return;
    const delay = Math.min(BACKOFF_MS[1], BACKOFF_MS[0] * 2 ** failures++);
    retry = setTimeout(() => void connect(), delay);
  };

  const connect = async () => {
    const c = new pg.Client({
      ...connection,
      application_name: 'vi-tre-em-cache-listener',
      keepAlive: true,
      keepAliveInitialDelayMillis: PING_MS,
      connectionTimeoutMillis: PING_MS,
    });
    client = c;
    c.on('error', (e) => down(c, (e as { code?: string }).code ?? 'error'));
    c.on('end', () => down(c, 'end'));
    c.on('notification', (n) => {
      if (n.channel === CACHE_CHANNEL) fire(n.payload ?? null);
    });
    try {
      await c.connect();
      await c.query(`listen ${CACHE_CHANNEL}`);
      if (closed || client !== c) return void c.end().catch(() => undefined);
      failures = 0;
      fire(null); // whatever was kept before the gap may be stale
      live = true;
      ping = pinger(c, (why) => down(c, why));
    } catch (e) {
      down(c, (e as { code?: string }).code ?? 'connect');
    } finally {
      markReady();
    }
  };
  void connect();

  return {
    get live() {
      return live;
    },
    ready,
    on(tables, fn) {
      const h = { tables: tables === '*' ? null : new Set(tables), fn };
      handlers.add(h);
      return () => void handlers.delete(h);
    },
    changedHere: () => fire(null),
    async close() {
      closed = true;
      live = false;
      clearTimeout(retry);
      clearInterval(ping);
      const c = client;
      client = null;
      fire(null);
      await c?.end().catch(() => undefined);
    },
  };
}

/** For code run without an app (CLI, scripts): never live, so every cache reads through. */
export const noCacheListener: CacheListener = {
  live: false,
  ready: Promise.resolve(),
  on: () => () => undefined,
  changedHere: () => undefined,
  close: async () => undefined,
};
