import { MIGRATIONS_DIR } from '../../paths';
import type pg from 'pg';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import { grantAppRole } from './roles';

export const migrationsFolder = MIGRATIONS_DIR;

// Several app processes may start at once against one server: serialise with an advisory lock.
export const MIGRATION_LOCK_KEY = 74_210_001;

/**
 * Applies pending migrations as the pool's role (the schema owner), then grants the app role
 * (when it is another role) what it needs on every table, those just created included.
 */
export async function runMigrations(pool: pg.Pool, opts: { appRole?: string } = {}): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      await migrate(drizzle(client), { migrationsFolder });
      if (opts.appRole) await grantAppRole(client, opts.appRole);
    } finally {
      await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    client.release();
  }
}
