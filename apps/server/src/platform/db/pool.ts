import pg from 'pg';
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import * as schema from './schema';

// int8 (counts, identities) as numbers, `date` as the plain 'YYYY-MM-DD' string (no UTC+7 midnight shift).
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);

export type Schema = typeof schema;
export type Db = NodePgDatabase<Schema> & { $client: pg.Pool };
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** Anything a repository can run queries on: the pool-backed handle or an open transaction. */
export type Exec = Db | Tx;

export function createPool(url: string, max = 10, applicationName = 'vi-tre-em'): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max,
    idleTimeoutMillis: 30_000,
    application_name: applicationName,
  });
  // An idle client losing its server connection must not crash the process.
  pool.on('error', () => undefined);
  return pool;
}

export function createDb(pool: pg.Pool): Db {
  return drizzle(pool, { schema }) as Db;
}
