import path from 'node:path';
import { z } from 'zod';

// The only reader of process.env (docs/architecture.md §5.12). Parsed once, frozen.
const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATABASE_URL: z.string().url().optional(),
  // The schema owner's connection (migrations); DATABASE_URL is then the app's rows-only role.
  MIGRATION_DATABASE_URL: z.string().url().optional(),
  // Development only: run even when the app's role could alter the audit log (superuser, owner).
  ALLOW_SUPERUSER: z.enum(['true', 'false']).default('false'),
  // `npm start`'s supervisor: restarts after a crash, waiting RESTART_BACKOFF_MS × 2ⁿ (at most 30 s),
  // and gives up after RESTART_MAX crashes in a row that each came within a minute of the start.
  RESTART_MAX: z.coerce.number().int().min(0).max(100).default(5),
  RESTART_BACKOFF_MS: z.coerce.number().int().min(0).max(60_000).default(1000),
  // A streaming replica for the lists and dashboards that opt in (read-your-writes kept; read-routing.ts).
  READ_DATABASE_URL: z.string().url().optional(),
  DATA_DIR: z.string().default('./data'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  PUBLIC_URL: z.string().url().optional(),
  COOKIE_SECURE: z.enum(['auto', 'true', 'false']).default('auto'),
  SESSION_TTL_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  // How long one process trusts a session row it has read (0 = read on every request).
  SESSION_CACHE_MS: z.coerce.number().int().min(0).max(60_000).default(3000),
  LIST_CACHE_MS: z.coerce.number().int().min(0).max(60_000).default(2000),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  LOGIN_LOCK_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(15),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(10).default(3000),
  LOGIN_RATE_PER_MINUTE: z.coerce.number().int().min(1).default(10),
  // Reverse proxies whose X-Forwarded-For/-Proto are believed: comma-separated addresses or CIDRs
  // (e.g. "127.0.0.1,10.0.0.0/8"). Unset = none: the client is the socket's peer.
  TRUST_PROXY: z
    .string()
    .transform((s) =>
      s
        .split(',')
        .map((a) => a.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.union([z.ipv4(), z.ipv6(), z.cidrv4(), z.cidrv6()])))
    .default([]),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default('Vì Trẻ Em <no-reply@localhost>'),
  WEB_DIST: z.string().optional(),
  // LibreOffice for PDF exports; unset = looked for in the usual install folders, none = no PDF.
  SOFFICE_PATH: z.string().optional(),
  // Tests: a server to create throw-away databases on (CI starts one); unset = embedded.
  TEST_DATABASE_URL: z.string().url().optional(),
  // Set to "true" by .ci/run: tests of what CI installs (LibreOffice, poppler) fail there, never skip.
  CI: z.string().optional(),
  CHROMIUM_PATH: z.string().default('/usr/bin/chromium'),
});

export type Config = Readonly<z.infer<typeof schema> & { dataDir: string }>;

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Cấu hình không hợp lệ:\n${lines.join('\n')}`);
  }
  return Object.freeze({ ...parsed.data, dataDir: path.resolve(parsed.data.DATA_DIR) });
}
