import type pg from 'pg';
import type { Config } from '../../config';
import { acquireLock, layout, startEmbedded } from './embedded';
import { createDb, createPool, type Db } from './pool';
import { runMigrations } from './migrate';
import { checkAppRole, roleOf } from './roles';

export type DatabaseMode = 'embedded' | 'external';

export interface Database {
  mode: DatabaseMode;
  url: string;
  /** The app's rows-only role, when it differs from the schema owner's (grants go to it). */
  appRole?: string;
  pool: pg.Pool;
  db: Db;
  /** The streaming replica (READ_DATABASE_URL) for routes that opt in; see read-routing.ts. */
  readDb?: Db;
  close(): Promise<void>;
}

export interface OpenOptions {
  migrate?: boolean;
  /**
   * 'app' (default): the app's role, refused if it could alter the audit log (roles.ts);
   * 'owner': the schema owner, for operator commands (backup, restore).
   */
  role?: 'app' | 'owner';
}

/** DATABASE_URL → that server; otherwise our own PostgreSQL under DATA_DIR, locked to this process. */
export async function openDatabase(
  config: Config,
  log: (m: string) => void,
  opts: OpenOptions = {},
): Promise<Database> {
  let mode: DatabaseMode = 'external';
  let ownerUrl = config.MIGRATION_DATABASE_URL ?? config.DATABASE_URL;
  let appUrl = config.DATABASE_URL;
  let release = async () => undefined as void;
  if (!appUrl || !ownerUrl) {
    mode = 'embedded';
    const unlock = acquireLock(layout(config.dataDir));
    try {
      const server = await startEmbedded(config.dataDir, log);
      ({ ownerUrl, appUrl } = server);
      release = async () => {
        await server.stop();
        unlock();
      };
    } catch (e) {
      unlock();
      throw e;
    }
  }
  const appRole = roleOf(appUrl) !== roleOf(ownerUrl) ? roleOf(appUrl) : undefined;
  const url = opts.role === 'owner' ? ownerUrl : appUrl;
  let pool: pg.Pool | undefined;
  try {
    if (opts.migrate !== false) await migrateAs(ownerUrl, appRole);
    pool = createPool(url);
    if (opts.role !== 'owner') await checkAppRole(pool, config.ALLOW_SUPERUSER === 'true', log);
  } catch (e) {
    await pool?.end();
    await release();
    throw e;
  }
  const open = pool;
  const readPool = config.READ_DATABASE_URL
    ? createPool(config.READ_DATABASE_URL, 10, 'vi-tre-em-read')
    : null;
  return {
    mode,
    url,
    appRole,
    pool: open,
    db: createDb(open),
    ...(readPool ? { readDb: createDb(readPool) } : {}),
    async close() {
      await readPool?.end();
      await open.end();
      await release();
    },
  };
}

async function migrateAs(ownerUrl: string, appRole: string | undefined): Promise<void> {
  const pool = createPool(ownerUrl, 1);
  try {
    await runMigrations(pool, { appRole });
  } finally {
    await pool.end();
  }
}
