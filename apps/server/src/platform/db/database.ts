import type pg from 'pg';
import type { Config } from '../../config';
import { acquireLock, layout, startEmbedded } from './embedded';
import { createDb, createPool, type Db } from './pool';
import { runMigrations } from './migrate';

export type DatabaseMode = 'embedded' | 'external';

export interface Database {
  mode: DatabaseMode;
  url: string;
  pool: pg.Pool;
  db: Db;
  close(): Promise<void>;
}

/** DATABASE_URL → that server; otherwise our own PostgreSQL under DATA_DIR, locked to this process. */
export async function openDatabase(
  config: Config,
  log: (m: string) => void,
  opts: { migrate?: boolean } = {},
): Promise<Database> {
  let mode: DatabaseMode = 'external';
  let url = config.DATABASE_URL;
  let release = async () => undefined as void;
  if (!url) {
    mode = 'embedded';
    const unlock = acquireLock(layout(config.dataDir));
    try {
      const server = await startEmbedded(config.dataDir, log);
      url = server.url;
      release = async () => {
        await server.stop();
        unlock();
      };
    } catch (e) {
      unlock();
      throw e;
    }
  }
  const pool = createPool(url);
  try {
    if (opts.migrate !== false) await runMigrations(pool);
  } catch (e) {
    await pool.end();
    await release();
    throw e;
  }
  return {
    mode,
    url,
    pool,
    db: createDb(pool),
    async close() {
      await pool.end();
      await release();
    },
  };
}
