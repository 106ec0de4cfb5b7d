import fs from 'node:fs';
import type pg from 'pg';
import type { Config } from '../../config';
import { openDatabase, type Database } from './database';
import { connectionUrl, EmbeddedDbError, layout, runningPostmaster, type Layout } from './embedded';
import { createDb, createPool } from './pool';
import { APP_ROLE } from './embedded-roles';
import { DbRoleError } from './roles';
import { BackupError } from './backup-format';
import { AppError } from '../http/app-error';
import { errorSpec } from '../http/errors';

// Opening the database from an operator command (npm run cli) rather than from the app.

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The app process holding this data folder and the postmaster it runs, if the app is up. */
export function runningApp(l: Layout): { appPid: number; pid: number; port: number } | undefined {
  let holder = NaN;
  try {
    holder = Number(fs.readFileSync(l.lockFile, 'utf8'));
  } catch {
    return undefined;
  }
  if (!Number.isInteger(holder) || holder <= 0 || holder === process.pid || !alive(holder)) return undefined;
  const pm = runningPostmaster(l);
  return pm ? { appPid: holder, ...pm } : undefined;
}

export interface OperatorOptions {
  /** Run pending migrations when this process opens the database itself. */
  migrate: boolean;
  /** In embedded mode with the app running: connect to its server (true) or refuse (false). */
  attach: boolean;
  /** Words for the refusal, e.g. 'khôi phục dữ liệu'. */
  purpose?: string;
}

/**
 * DATABASE_URL → that server. Embedded: if the app is running on DATA_DIR, its postmaster (the
 * data folder is locked to the app, and two postmasters cannot share it); otherwise start our own,
 * taking the lock, exactly as the app does.
 */
export async function openOperatorDatabase(
  config: Config,
  log: (m: string) => void,
  opts: OperatorOptions,
): Promise<Database> {
  if (!config.DATABASE_URL) {
    const l = layout(config.dataDir);
    const app = runningApp(l);
    if (app && !opts.attach) {
      throw new EmbeddedDbError(
        `Vì Trẻ Em đang chạy trên thư mục dữ liệu ${config.dataDir} (PID ${app.appPid}). ` +
          `Hãy dừng ứng dụng trước khi ${opts.purpose ?? 'thực hiện lệnh này'}.`,
      );
    }
    if (app) {
      const url = connectionUrl(l, app.port, 'owner');
      const pool = createPool(url, 2);
      // The running app migrated at its start: a command must not change the schema under it.
      return { mode: 'embedded', url, appRole: APP_ROLE, pool, db: createDb(pool), close: () => pool.end() };
    }
  }
  // Operator commands act as the schema owner (MIGRATION_DATABASE_URL, or the embedded owner):
  // a restore rebuilds the schema and gives the app role its grants back.
  return openDatabase(config, log, { migrate: opts.migrate, role: 'owner' });
}

/**
 * Other sessions of the app on this database (the pool names itself 'vi-tre-em'): with
 * DATABASE_URL this is how a restore can tell that the app is still running.
 */
export async function otherAppSessions(pool: pg.Pool): Promise<number> {
  const r = await pool.query<{ n: number }>(
    `select count(*)::int as n from pg_stat_activity
      where datname = current_database() and application_name = 'vi-tre-em' and pid <> pg_backend_pid()`,
  );
  return r.rows[0]?.n ?? 0;
}

/** The Vietnamese explanation of an expected failure, or undefined for a real bug. */
export function operatorMessage(e: unknown): string | undefined {
  if (e instanceof BackupError || e instanceof EmbeddedDbError || e instanceof DbRoleError) return e.message;
  if (e instanceof AppError) {
    const spec = errorSpec(e.code);
    const reason = (e.details as { reason?: unknown } | undefined)?.reason;
    return [spec?.message ?? e.code, typeof reason === 'string' ? reason : ''].filter(Boolean).join(' ');
  }
  return undefined;
}
