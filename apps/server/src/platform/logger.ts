import type { FastifyServerOptions } from 'fastify';
import type { Config } from '../config';

/** Where log lines go; tests pass an in-memory stream to read what would be logged. */
export interface LogStream {
  write(line: string): void;
}

// Fields of a PostgreSQL error (pg's DatabaseError) that name what failed without quoting data.
// Left out on purpose: `message` (may quote a value: `invalid input syntax for type uuid: "…"`),
// `detail` (`Key (email)=(…) already exists`), `where`, `internalQuery`, and a Drizzle error's
// `query`/`params` (the SQL and its values).
const PG_FIELDS = ['code', 'constraint', 'table', 'column', 'dataType', 'routine', 'severity'] as const;

/**
 * What may be logged of an error (nothing personal in logs): its class, its code, the
 * PostgreSQL fields above and where it was thrown (stack frames), for it and its causes — never its
 * message, which for a failed query holds the SQL and its parameters (a password hash, an e-mail…).
 */
export function safeError(e: unknown, depth = 0): Record<string, unknown> {
  if (!(e instanceof Error)) return { type: typeof e };
  const src = e as Error & Record<string, unknown>;
  const out: Record<string, unknown> = { type: e.name };
  for (const f of PG_FIELDS) {
    const v = src[f];
    if (typeof v === 'string' || typeof v === 'number') out[f] = v;
  }
  const frames = (e.stack ?? '')
    .split('\n')
    .filter((l) => l.trimStart().startsWith('at '))
    .slice(0, 12)
    .map((l) => l.trim());
  if (frames.length) out.stack = frames;
  if (e.cause !== undefined && depth < 3) out.cause = safeError(e.cause, depth + 1);
  return out;
}

/** The route pattern of a request (`/api/users/:id`), never its URL: ids and query strings stay out. */
export function routeOf(req: { routeOptions?: { url?: string | undefined } }): string {
  return req.routeOptions?.url ?? '(no route)';
}

/** Fastify logger options: no headers, bodies, URLs or error messages (they may carry personal data). */
export function loggerOptions(config: Config, stream?: LogStream): FastifyServerOptions['logger'] {
  if (config.LOG_LEVEL === 'silent') return false;
  return {
    level: config.LOG_LEVEL,
    ...(stream ? { stream } : {}),
    // The serializers below log no headers at all; this is the net should one be logged by hand.
    redact: {
      paths: [
        'req.headers.cookie',
        'req.headers.authorization',
        'req.headers["x-csrf-token"]',
        'res.headers["set-cookie"]',
      ],
      remove: true,
    },
    serializers: {
      req: (req: { method: string; routeOptions?: { url?: string } }) => ({
        method: req.method,
        route: routeOf(req),
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      // Fastify types this as pino's shape (with `message`); ours leaves the message out on purpose.
      err: ((err: unknown) => safeError(err)) as never,
    },
  };
}

/** One line for a log or a stored job error: class, codes and the first frame of safeError. */
export function errorSummary(e: unknown): string {
  const s = safeError(e);
  const db = s.cause as Record<string, unknown> | undefined;
  const parts = [
    s.type,
    s.code ?? db?.code,
    s.constraint ?? db?.constraint,
    (s.stack as string[] | undefined)?.[0],
  ];
  return parts.filter((p) => p !== undefined).join(' ');
}
