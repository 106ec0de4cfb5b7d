import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import type pg from 'pg';
import { BACKUP_FORMAT, BACKUP_VERSION, BackupError, type BackupHeader } from './backup-format';
import { countRows, publicTables, qualified } from './backup-catalog';
import { appliedMigrations } from './backup-migrations';

// Logical backup and restore of the whole database, for both modes (embedded and DATABASE_URL).
// Format: backup-format.ts; restore: backup-restore.ts; operator guide: docs/backup.md.

export { BackupError, verifyBackup, type VerifiedBackup } from './backup-format';
export { restoreDatabase, type RestoreOptions, type RestoreSummary } from './backup-restore';

export interface BackupSummary {
  file: string;
  createdAt: string;
  bytes: number;
  counts: Record<string, number>;
}

const FETCH_ROWS = 1000;

/**
 * Writes a consistent snapshot (one REPEATABLE READ, READ ONLY transaction) of every table in
 * `public`. Rows stream through a cursor, so a big table never sits in memory. The file appears
 * under its name only when complete (temp file + fsync + rename), readable by its owner only
 * because it holds personal data.
 */
export async function backupDatabase(pool: pg.Pool, file: string): Promise<BackupSummary> {
  const target = path.resolve(file);
  const tmp = `${target}.${process.pid}.tmp`;
  if (!fs.existsSync(path.dirname(target)))
    throw new BackupError(`Thư mục ${path.dirname(target)} không tồn tại.`);
  const client = await pool.connect();
  try {
    await client.query('begin isolation level repeatable read read only');
    const tables = await publicTables(client);
    const createdAt = new Date().toISOString();
    const header: BackupHeader = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      createdAt,
      postgres: (await client.query<{ v: string }>(`select current_setting('server_version') as v`)).rows[0]!
        .v,
      migrations: await appliedMigrations(client),
      tables: tables.map((t) => t.name),
    };
    const counts: Record<string, number> = {};
    const hash = crypto.createHash('sha256');
    const line = (text: string) => {
      const buf = Buffer.from(`${text}\n`, 'utf8');
      hash.update(buf);
      return buf;
    };

    async function* lines(): AsyncGenerator<Buffer> {
      yield line(JSON.stringify(header));
      for (const t of tables) {
        // The count and the cursor read the same snapshot, so exactly `rows` lines follow.
        const rows = await countRows(client, t.name);
        counts[t.name] = rows;
        yield line(JSON.stringify({ table: t.name, columns: t.columns, rows }));
        await client.query(
          `declare vte_backup no scroll cursor for select row_to_json(t)::text from ${qualified(t.name)} t`,
        );
        for (;;) {
          const r = await client.query<[string]>({
            text: `fetch ${FETCH_ROWS} from vte_backup`,
            rowMode: 'array',
          });
          // A `json` column keeps its input whitespace, newlines included; a raw CR/LF can only be
          // insignificant whitespace in valid JSON, so blanking it keeps one row per line exactly.
          for (const [json] of r.rows) yield line(/[\r\n]/.test(json) ? json.replace(/[\r\n]/g, ' ') : json);
          if (r.rows.length < FETCH_ROWS) break;
        }
        await client.query('close vte_backup');
      }
      yield Buffer.from(`${JSON.stringify({ end: true, counts, sha256: hash.digest('hex') })}\n`, 'utf8');
    }

    await pipeline(
      Readable.from(lines()),
      zlib.createGzip({ level: 6 }),
      fs.createWriteStream(tmp, { mode: 0o600 }),
    );
    await client.query('commit');
    const fd = fs.openSync(tmp, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, target);
    return { file: target, createdAt, bytes: fs.statSync(target).size, counts };
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    await client.query('rollback').catch(() => undefined);
    throw e;
  } finally {
    client.release();
  }
}
