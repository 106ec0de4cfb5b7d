import crypto from 'node:crypto';
import fs from 'node:fs';
import zlib from 'node:zlib';

// The logical backup format (docs/backup.md). The embedded server ships no pg_dump, so we write
// our own: gzip'd JSON lines —
//   1. header   {format, version, createdAt, postgres, migrations, tables}
//   2. per table {table, columns, rows} followed by exactly `rows` lines, one row_to_json object each
//   3. footer   {end: true, counts, sha256}  — sha256 of every byte before the footer line.
// Row lines are counted, not tagged, so a column called "table" can never be mistaken for structure.

export const BACKUP_FORMAT = 'vi-tre-em-backup';
export const BACKUP_VERSION = 1;

export interface AppliedMigration {
  hash: string;
  createdAt: number;
}

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  postgres: string;
  migrations: AppliedMigration[];
  tables: string[];
}

export interface TableLine {
  table: string;
  columns: string[];
  rows: number;
}

export interface BackupFooter {
  end: true;
  counts: Record<string, number>;
  sha256: string;
}

/** A refusal or failure explained to the operator in Vietnamese. */
export class BackupError extends Error {
  override name = 'BackupError';
}

const notBackup = (file: string, why: string) =>
  new BackupError(
    `Tệp ${file} không phải bản sao lưu Vì Trẻ Em hợp lệ hoặc đã bị hỏng (${why}). Không có gì bị thay đổi.`,
  );

/** The lines of a gzip'd backup as raw bytes (without '\n'). Unreadable input becomes a BackupError. */
export async function* readLines(file: string): AsyncGenerator<Buffer> {
  if (!fs.existsSync(file)) throw new BackupError(`Không tìm thấy tệp ${file}.`);
  const src = fs.createReadStream(file);
  const gunzip = zlib.createGunzip();
  src.on('error', (e) => gunzip.destroy(e));
  src.pipe(gunzip);
  // A long line may span many chunks: collect its pieces and join once (no quadratic concat).
  let pending: Buffer[] = [];
  try {
    for await (const chunk of gunzip as AsyncIterable<Buffer>) {
      let start = 0;
      for (let nl = chunk.indexOf(0x0a); nl !== -1; nl = chunk.indexOf(0x0a, start)) {
        const piece = chunk.subarray(start, nl);
        yield pending.length ? Buffer.concat([...pending, piece]) : piece;
        pending = [];
        start = nl + 1;
      }
      if (start < chunk.length) pending.push(chunk.subarray(start));
    }
  } catch (e) {
    if (e instanceof BackupError) throw e;
    const code = (e as NodeJS.ErrnoException).code ?? '';
    throw code.startsWith('Z_') || /unexpected end of file|header check/i.test(String(e))
      ? notBackup(file, 'không giải nén được, có thể tệp bị cắt cụt hoặc sai định dạng')
      : e;
  } finally {
    src.destroy();
    gunzip.destroy();
  }
  if (pending.length) throw notBackup(file, 'dòng cuối không trọn vẹn');
}

function parseObject(file: string, line: Buffer, what: string): Record<string, unknown> {
  let v: unknown;
  try {
    v = JSON.parse(line.toString('utf8'));
  } catch {
    throw notBackup(file, `${what} không phải JSON`);
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v))
    throw notBackup(file, `${what} không phải đối tượng JSON`);
  return v as Record<string, unknown>;
}

const isStringArray = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((x) => typeof x === 'string');
const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

export type BackupEvent =
  | { kind: 'header'; header: BackupHeader }
  | { kind: 'table'; table: TableLine }
  | { kind: 'row'; json: string }
  | { kind: 'footer'; footer: BackupFooter };

/**
 * Checks a backup line by line: structure, declared row counts and the checksum.
 * Used for the verification pass and again while loading, so a file that changes between
 * the two passes still cannot be committed.
 */
export class BackupParser {
  private readonly hash = crypto.createHash('sha256');
  private header: BackupHeader | undefined;
  private footer: BackupFooter | undefined;
  private readonly tables: TableLine[] = [];
  private remaining = 0;

  constructor(private readonly file: string) {}

  push(line: Buffer): BackupEvent {
    if (this.footer) throw notBackup(this.file, 'có dữ liệu sau dòng kết thúc');
    if (this.header && this.remaining === 0 && this.tables.length === this.header.tables.length)
      return this.end(line);
    this.hash.update(line);
    this.hash.update('\n');
    if (!this.header) return { kind: 'header', header: (this.header = this.parseHeader(line)) };
    if (this.remaining > 0) {
      // Rows are passed through as text: checking braces is enough, the checksum guards the rest.
      if (line[0] !== 0x7b || line[line.length - 1] !== 0x7d)
        throw notBackup(this.file, 'dòng dữ liệu không hợp lệ');
      this.remaining--;
      return { kind: 'row', json: line.toString('utf8') };
    }
    const t = parseObject(this.file, line, 'dòng mô tả bảng');
    const expected = this.header.tables[this.tables.length];
    if (t.table !== expected || !isStringArray(t.columns) || !isCount(t.rows)) {
      throw notBackup(this.file, `mô tả bảng ${String(expected)} không hợp lệ`);
    }
    const table: TableLine = { table: String(t.table), columns: t.columns, rows: t.rows };
    this.tables.push(table);
    this.remaining = table.rows;
    return { kind: 'table', table };
  }

  private parseHeader(line: Buffer): BackupHeader {
    const h = parseObject(this.file, line, 'dòng đầu');
    if (h.format !== BACKUP_FORMAT) throw notBackup(this.file, 'thiếu dấu hiệu định dạng');
    if (h.version !== BACKUP_VERSION) {
      throw new BackupError(
        `Tệp ${this.file} dùng định dạng sao lưu phiên bản ${String(h.version)}, phiên bản này chỉ đọc được phiên bản ${BACKUP_VERSION}. ` +
          'Hãy nâng cấp Vì Trẻ Em rồi khôi phục lại. Không có gì bị thay đổi.',
      );
    }
    const migrations = h.migrations;
    const okMigrations =
      Array.isArray(migrations) &&
      migrations.every(
        (m: { hash?: unknown; createdAt?: unknown }) =>
          typeof m?.hash === 'string' && Number.isSafeInteger(m?.createdAt),
      );
    if (!okMigrations || !isStringArray(h.tables) || typeof h.createdAt !== 'string')
      throw notBackup(this.file, 'dòng đầu thiếu thông tin');
    return {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      createdAt: h.createdAt,
      postgres: typeof h.postgres === 'string' ? h.postgres : '',
      migrations: migrations as AppliedMigration[],
      tables: h.tables,
    };
  }

  private end(line: Buffer): BackupEvent {
    const f = parseObject(this.file, line, 'dòng kết thúc');
    if (f.end !== true || typeof f.sha256 !== 'string' || typeof f.counts !== 'object' || f.counts === null) {
      throw notBackup(this.file, 'dòng kết thúc không hợp lệ');
    }
    if (f.sha256 !== this.hash.digest('hex')) throw notBackup(this.file, 'mã kiểm tra SHA-256 không khớp');
    const counts = f.counts as Record<string, unknown>;
    const same =
      Object.keys(counts).length === this.tables.length &&
      this.tables.every((t) => counts[t.table] === t.rows);
    if (!same) throw notBackup(this.file, 'số dòng không khớp');
    this.footer = { end: true, counts: counts as Record<string, number>, sha256: f.sha256 };
    return { kind: 'footer', footer: this.footer };
  }

  /** After the last line: the whole file was seen and checked. */
  finish(): { header: BackupHeader; tables: TableLine[]; footer: BackupFooter } {
    if (!this.header || !this.footer) throw notBackup(this.file, 'tệp không trọn vẹn, thiếu dòng kết thúc');
    return { header: this.header, tables: this.tables, footer: this.footer };
  }
}

export type VerifiedBackup = ReturnType<BackupParser['finish']>;

/** A full read of the file, touching nothing: the first pass of a restore. */
export async function verifyBackup(file: string): Promise<VerifiedBackup> {
  const parser = new BackupParser(file);
  for await (const line of readLines(file)) parser.push(line);
  return parser.finish();
}
