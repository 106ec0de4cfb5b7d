import type pg from 'pg';
import {
  BackupError,
  BackupParser,
  readLines,
  verifyBackup,
  type TableLine,
  type VerifiedBackup,
} from './backup-format';
import {
  countRows,
  foreignKeys,
  publicTables,
  qualified,
  quoteIdent,
  refreshMaterializedViews,
  resetSequences,
  userTriggers,
} from './backup-catalog';
import { grantAppRole } from './roles';
import { applyMigrations, codeMigrations, MIGRATION_LOCK_KEY, splitAtLevel } from './backup-migrations';

export interface RestoreSummary {
  /** When the backup was taken. */
  createdAt: string;
  counts: Record<string, number>;
  /** Schema updates applied after loading, for a backup taken by an older version. */
  upgradedBy: number;
}

export interface RestoreOptions {
  /** Progress lines (one per table). */
  log?: (m: string) => void;
  /**
   * The result of an earlier verifyBackup of this file, to skip a second full read. Safe: the
   * load pass checks the checksum again before committing.
   */
  verified?: VerifiedBackup;
  /** The app's rows-only role: the rebuilt schema gives it its grants again (roles.ts). */
  appRole?: string;
}

const BATCH_ROWS = 500;
const BATCH_BYTES = 4 * 1024 * 1024;

/**
 * Replaces the whole database with the backup's content, all or nothing.
 *
 * Pass 1 reads and checks the file without touching the database (format, checksum, migration
 * level). Pass 2 runs in ONE transaction (PostgreSQL DDL is transactional): drop the schemas,
 * rebuild them with the migrations up to the backup's level, load the rows, then apply the
 * newer migrations so an old backup is upgraded exactly as a running database would be. Any
 * error, or a file that changed since pass 1, rolls everything back.
 */
export async function restoreDatabase(
  pool: pg.Pool,
  file: string,
  opts: RestoreOptions = {},
): Promise<RestoreSummary> {
  const log = opts.log ?? (() => undefined);
  const verified = opts.verified ?? (await verifyBackup(file));
  const { before, after } = splitAtLevel(codeMigrations(), verified.header.migrations);
  const client = await pool.connect();
  try {
    await client.query('begin');
    // Someone still using the tables (the app running against DATABASE_URL): fail, don't hang.
    await client.query(`set local lock_timeout = '15s'`);
    await client.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
    await recreateSchemas(client);
    await applyMigrations(client, before);
    const counts = await loadRows(client, file, log);
    await applyMigrations(client, after);
    if (opts.appRole) await grantAppRole(client, opts.appRole);
    await client.query('commit');
    return { createdAt: verified.header.createdAt, counts, upgradedBy: after.length };
  } catch (e) {
    await client.query('rollback').catch(() => undefined);
    if ((e as { code?: string }).code === '55P03') {
      throw new BackupError(
        'Cơ sở dữ liệu đang được sử dụng (ứng dụng Vì Trẻ Em còn chạy?). Hãy dừng ứng dụng rồi khôi phục lại. Không có gì bị thay đổi.',
      );
    }
    throw e;
  } finally {
    client.release();
  }
}

async function recreateSchemas(c: pg.ClientBase): Promise<void> {
  await c.query('drop schema if exists "drizzle" cascade');
  await c.query('drop schema if exists public cascade');
  // As PostgreSQL 15 creates it: owned by the database owner, usable (not writable) by everyone.
  const owner = await c.query<{ ok: boolean }>(
    `select pg_has_role(current_user, 'pg_database_owner', 'MEMBER') as ok`,
  );
  await c.query(
    owner.rows[0]?.ok ? 'create schema public authorization pg_database_owner' : 'create schema public',
  );
  await c.query('grant usage on schema public to public');
  await c.query(`comment on schema public is 'standard public schema'`);
}

/**
 * Loads every table of the file. Foreign keys are dropped for the load and added back after it
 * (checked then, all at once) so row order inside self-referencing tables does not matter, and
 * user triggers are disabled so rows come back exactly as saved rather than re-transformed.
 */
async function loadRows(
  c: pg.ClientBase,
  file: string,
  log: (m: string) => void,
): Promise<Record<string, number>> {
  const present = new Map((await publicTables(c)).map((t) => [t.name, new Set(t.columns)]));
  const fks = await foreignKeys(c);
  const triggers = await userTriggers(c);
  for (const fk of fks)
    await c.query(`alter table ${qualified(fk.table)} drop constraint ${quoteIdent(fk.name)}`);
  for (const t of triggers)
    await c.query(`alter table ${qualified(t.table)} disable trigger ${quoteIdent(t.name)}`);

  const parser = new BackupParser(file);
  const counts: Record<string, number> = {};
  let current: TableLine | undefined;
  let insert = '';
  let batch: string[] = [];
  let bytes = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    await c.query(insert, [`[${batch.join(',')}]`]);
    batch = [];
    bytes = 0;
  };
  for await (const line of readLines(file)) {
    const ev = parser.push(line);
    if (ev.kind === 'row') {
      batch.push(ev.json);
      bytes += ev.json.length;
      if (batch.length >= BATCH_ROWS || bytes >= BATCH_BYTES) await flush();
    } else if (ev.kind === 'table' || ev.kind === 'footer') {
      await flush();
      if (current) log(`  ${current.table}: ${current.rows} dòng`);
      current = ev.kind === 'table' ? ev.table : undefined;
      if (current) insert = insertSql(current, present.get(current.table));
    }
  }
  parser.finish(); // throws (→ rollback) on a truncated file or a checksum that no longer matches

  for (const fk of fks)
    await c.query(
      `alter table ${qualified(fk.table)} add constraint ${quoteIdent(fk.name)} ${fk.definition}`,
    );
  for (const t of triggers)
    await c.query(`alter table ${qualified(t.table)} enable trigger ${quoteIdent(t.name)}`);
  await resetSequences(c);
  await refreshMaterializedViews(c);
  for (const t of parser.finish().tables) {
    const n = await countRows(c, t.table);
    if (n !== t.rows)
      throw new BackupError(
        `Bảng ${t.table}: nạp được ${n} dòng, tệp có ${t.rows} dòng. Không có gì bị thay đổi.`,
      );
    counts[t.table] = n;
  }
  return counts;
}

/** One statement per batch: the rows go in as a single JSON array parameter, typed by the table. */
function insertSql(t: TableLine, present: Set<string> | undefined): string {
  if (!present)
    throw new BackupError(
      `Bảng ${t.table} trong tệp sao lưu không có trong cấu trúc cơ sở dữ liệu. Không có gì bị thay đổi.`,
    );
  const missing = t.columns.filter((col) => !present.has(col));
  if (missing.length) {
    throw new BackupError(
      `Bảng ${t.table}: cột ${missing.join(', ')} trong tệp sao lưu không có trong cấu trúc cơ sở dữ liệu. Không có gì bị thay đổi.`,
    );
  }
  const cols = t.columns.map(quoteIdent).join(', ');
  // OVERRIDING SYSTEM VALUE: identity columns are GENERATED ALWAYS; the saved ids must be kept.
  return `insert into ${qualified(t.table)} (${cols}) overriding system value select ${cols} from json_populate_recordset(null::${qualified(t.table)}, $1::json)`;
}
