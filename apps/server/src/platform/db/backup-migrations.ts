import type pg from 'pg';
import { readMigrationFiles, type MigrationMeta } from 'drizzle-orm/migrator';
import { BackupError, type AppliedMigration } from './backup-format';
import { migrationsFolder } from './migrate';

// A restore rebuilds the schema inside its own transaction. Drizzle's migrator opens a
// transaction of its own (a nested BEGIN/COMMIT would commit ours half-way), so the migration
// files are applied here on the restore's client, the way drizzle-orm/pg-core/dialect.js
// `migrate` does: same files and hashes (readMigrationFiles), same bookkeeping table and rows.

/** Same key as migrate.ts: an app starting during a restore waits instead of migrating under it. */
export { MIGRATION_LOCK_KEY } from './migrate';

export function codeMigrations(): MigrationMeta[] {
  return readMigrationFiles({ migrationsFolder });
}

export async function appliedMigrations(c: pg.ClientBase): Promise<AppliedMigration[]> {
  const exists = await c.query<{ ok: boolean }>(
    `select to_regclass('drizzle.__drizzle_migrations') is not null as ok`,
  );
  if (!exists.rows[0]?.ok) return [];
  const r = await c.query<{ hash: string; created_at: string | number }>(
    'select hash, created_at from drizzle.__drizzle_migrations order by created_at, id',
  );
  return r.rows.map((m) => ({ hash: m.hash, createdAt: Number(m.created_at) }));
}

/**
 * The code's migrations split at the backup's level, by drizzle's rule (a migration counts as
 * applied when its timestamp is not after the last applied one). A backup that names a migration
 * this code does not have comes from a newer (or a different) version: refused.
 */
export function splitAtLevel(code: MigrationMeta[], applied: AppliedMigration[]) {
  const known = new Set(code.map((m) => m.folderMillis));
  const unknown = applied.filter((m) => !known.has(m.createdAt));
  if (unknown.length > 0) {
    throw new BackupError(
      `Bản sao lưu được tạo bởi phiên bản Vì Trẻ Em mới hơn phiên bản đang cài (có ${unknown.length} bước cập nhật cơ sở dữ liệu mà phiên bản này chưa có). ` +
        'Hãy nâng cấp Vì Trẻ Em rồi khôi phục lại. Không có gì bị thay đổi.',
    );
  }
  const level = applied.reduce((max, m) => Math.max(max, m.createdAt), 0);
  return {
    before: code.filter((m) => m.folderMillis <= level),
    after: code.filter((m) => m.folderMillis > level),
  };
}

export async function applyMigrations(c: pg.ClientBase, migrations: MigrationMeta[]): Promise<void> {
  await c.query('create schema if not exists "drizzle"');
  await c.query(
    'create table if not exists "drizzle"."__drizzle_migrations" (id serial primary key, hash text not null, created_at bigint)',
  );
  for (const m of migrations) {
    for (const stmt of m.sql) if (stmt.trim()) await c.query(stmt);
    await c.query('insert into "drizzle"."__drizzle_migrations" ("hash", "created_at") values ($1, $2)', [
      m.hash,
      m.folderMillis,
    ]);
  }
}
