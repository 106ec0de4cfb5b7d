import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { LY_SON } from '../../modules/org';
import { createTestApp, PASSWORD, type Session, type TestApp } from '../../test/harness';
import { withDb } from '../../test/global-setup';
import { backupDatabase, BackupError, restoreDatabase } from './backup';
import { applyMigrations, codeMigrations } from './backup-migrations';
import { createPool } from './pool';
import { roleOf } from './roles';

let t: TestApp;
let admin: Session;
let dir: string;
// Backup and restore run as the schema owner (as the CLI does); the app keeps its own role, whose
// grants the restore gives back (the app's sign-in after a restore proves it).
let owner: pg.Pool;
const appRole = () => roleOf(inject('pgAppUrl'));
beforeAll(async () => {
  t = await createTestApp();
  owner = createPool(t.ownerUrl, 2);
  admin = await t.userSession('admin', { scopeUnitId: null, username: 'quantri' });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vte-backup-'));
});
afterAll(async () => {
  await owner?.end();
  await t.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Every table's full content (schema public and drizzle's bookkeeping), rows as sorted JSON text. */
async function snapshot(): Promise<Record<string, string[]>> {
  const tables = await owner.query<{ name: string }>(
    `select format('%I.%I', n.nspname, c.relname) as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname in ('public', 'drizzle') and c.relkind in ('r', 'p') order by 1`,
  );
  const out: Record<string, string[]> = {};
  for (const { name } of tables.rows) {
    out[name] = (
      await owner.query<{ j: string }>(`select row_to_json(x)::text as j from ${name} x order by 1`)
    ).rows.map((r) => r.j);
  }
  return out;
}

interface Parsed {
  header: Record<string, unknown>;
  tables: { line: { table: string; columns: string[]; rows: number }; rows: string[] }[];
}

/** Opens a backup for surgery, then writes it back with consistent counts and checksum. */
function rewrite(src: string, dst: string, edit: (p: Parsed) => void): void {
  const lines = zlib.gunzipSync(fs.readFileSync(src)).toString('utf8').split('\n').filter(Boolean);
  const p: Parsed = { header: JSON.parse(lines[0]!), tables: [] };
  let i = 1;
  while (i < lines.length - 1) {
    const line = JSON.parse(lines[i]!);
    p.tables.push({ line, rows: lines.slice(i + 1, i + 1 + line.rows) });
    i += 1 + line.rows;
  }
  edit(p);
  const body = [JSON.stringify(p.header)];
  for (const tb of p.tables) body.push(JSON.stringify({ ...tb.line, rows: tb.rows.length }), ...tb.rows);
  const text = body.map((l) => `${l}\n`).join('');
  const counts = Object.fromEntries(p.tables.map((tb) => [tb.line.table, tb.rows.length]));
  const sha256 = crypto.createHash('sha256').update(text).digest('hex');
  fs.writeFileSync(dst, zlib.gzipSync(`${text}${JSON.stringify({ end: true, counts, sha256 })}\n`));
}

async function expectRefused(file: string, message: RegExp): Promise<void> {
  const before = await snapshot();
  const err = await restoreDatabase(owner, file, { appRole: appRole() }).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(BackupError);
  expect((err as Error).message).toMatch(message);
  expect(await snapshot()).toEqual(before);
}

const good = () => path.join(dir, 'good.jsonl.gz');
let atBackup: Record<string, string[]>;
let reporterId: string;

describe('backup and restore', () => {
  it('restores exactly what was backed up, after the data changed', async () => {
    const user = await t.api('POST', '/api/users', {
      session: admin,
      body: {
        username: 'gddt.baocao',
        fullName: 'Nguyễn Thị Hoa "Hoà"',
        role: 'agency_reporter',
        agencyId: LY_SON.agency('gddt'),
        scopeUnitId: LY_SON.districtId,
        password: 'Mat-khau-bao-cao-1',
      },
    });
    expect(user.status).toBe(201);
    reporterId = user.body.user.id;
    const agency = await t.api('POST', '/api/org/agencies', {
      session: admin,
      body: {
        unitId: LY_SON.districtId,
        name: 'Tổ công tác thử nghiệm sao lưu',
        kind: 'department',
        validFrom: '2025-07-01',
        aliases: ['Tổ SL', 'Tổ \\ thử'],
        address: 'Thôn Đông,\nxã An Vĩnh',
      },
    });
    expect(agency.status).toBe(201);
    // Identity column (GENERATED ALWAYS), jsonb with newlines, big numbers and unicode.
    await owner.query(`insert into job (kind, payload) values ('test', $1::jsonb), ('test2', '{}')`, [
      JSON.stringify({ text: 'dòng 1\ndòng 2\r\n', big: 1234567890123456, nested: [null, true, 1.5e-7] }),
    ]);

    atBackup = await snapshot();
    expect(atBackup['public.audit_log']!.length).toBeGreaterThan(2);
    const summary = await backupDatabase(owner, good());
    expect(summary.counts.app_user).toBe(atBackup['public.app_user']!.length);
    expect(fs.statSync(good()).mode & 0o777).toBe(0o600);
    expect(fs.readdirSync(dir)).toEqual(['good.jsonl.gz']); // no temp file left behind

    // Change everything a little: a new user, an edited agency, new audit rows, a new job.
    const other = await t.api('POST', '/api/users', {
      session: admin,
      body: {
        username: 'lanhdao.moi',
        fullName: 'Lãnh đạo mới',
        role: 'leader',
        scopeUnitId: LY_SON.districtId,
      },
    });
    expect(other.status).toBe(201);
    const edit = await t.api('PATCH', `/api/org/agencies/${agency.body.id}`, {
      session: admin,
      body: { name: 'Tên đã sửa sau sao lưu' },
    });
    expect(edit.status).toBe(200);
    await owner.query(`insert into job (kind) values ('after-backup')`);
    expect(await snapshot()).not.toEqual(atBackup);

    const restored = await restoreDatabase(owner, good(), { appRole: appRole() });
    expect(restored.counts).toEqual(summary.counts);
    expect(restored.upgradedBy).toBe(0);
    expect(await snapshot()).toEqual(atBackup);
  });

  it('keeps the restored database working: sequences, sign-in, append-only audit log', async () => {
    const maxJob = Math.max(...atBackup['public.job']!.map((j) => JSON.parse(j).id as number));
    const next = await owner.query<{ id: number }>(
      `insert into job (kind) values ('after-restore') returning id`,
    );
    expect(next.rows[0]!.id).toBe(maxJob + 1);
    const s = await t.login('gddt.baocao', 'Mat-khau-bao-cao-1');
    expect(s.userId).toBe(reporterId);
    const audit = await t.api('GET', '/api/audit?entity=app_user', {
      session: await t.login('quantri', PASSWORD),
    });
    expect(audit.status).toBe(200);
    await expect(owner.query(`update audit_log set action = 'update'`)).rejects.toThrow(/append-only/);
    await expect(owner.query('delete from audit_log')).rejects.toThrow(/append-only/);
    await expect(owner.query('truncate audit_log')).rejects.toThrow(/append-only/);
    await owner.query(`delete from job where kind = 'after-restore'`);
  });

  it('refuses a truncated gzip, a flipped byte, and files that are not backups, changing nothing', async () => {
    const bytes = fs.readFileSync(good());
    const truncated = path.join(dir, 'truncated.gz');
    fs.writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length / 2)));
    await expectRefused(truncated, /không phải bản sao lưu Vì Trẻ Em hợp lệ hoặc đã bị hỏng/);

    const flipped = Buffer.from(bytes);
    const at = Math.floor(flipped.length / 2);
    flipped[at] = flipped[at]! ^ 0xff;
    const flippedFile = path.join(dir, 'flipped.gz');
    fs.writeFileSync(flippedFile, flipped);
    await expectRefused(flippedFile, /đã bị hỏng/);

    const plainJson = path.join(dir, 'plain.json');
    fs.writeFileSync(plainJson, JSON.stringify({ hello: 'world' }));
    await expectRefused(plainJson, /không phải bản sao lưu/);
    const otherJson = path.join(dir, 'other.json.gz');
    fs.writeFileSync(otherJson, zlib.gzipSync('{"format":"something-else","version":1}\n{"end":true}\n'));
    await expectRefused(otherJson, /thiếu dấu hiệu định dạng/);
    await expectRefused(path.join(dir, 'missing.gz'), /Không tìm thấy tệp/);
  });

  it('refuses a checksum mismatch, a newer migration level, and an unknown format version', async () => {
    // An edited row without a recomputed checksum: structure fine, content not what was written.
    const lines = zlib.gunzipSync(fs.readFileSync(good())).toString('utf8');
    const tampered = path.join(dir, 'tampered.gz');
    fs.writeFileSync(tampered, zlib.gzipSync(lines.replace('"gddt.baocao"', '"ke.gian.xxx"')));
    await expectRefused(tampered, /SHA-256 không khớp/);

    const newer = path.join(dir, 'newer.gz');
    rewrite(good(), newer, (p) => {
      (p.header.migrations as unknown[]).push({ hash: 'f'.repeat(64), createdAt: 4_102_444_800_000 });
    });
    await expectRefused(newer, /phiên bản Vì Trẻ Em mới hơn/);

    const v2 = path.join(dir, 'v2.gz');
    rewrite(good(), v2, (p) => void (p.header.version = 2));
    await expectRefused(v2, /định dạng sao lưu phiên bản 2/);
  });

  it('rolls back completely when loading fails half-way', async () => {
    // Valid file, valid checksum, but two users with one username: the unique index fails during
    // the load, after the schema was dropped and some tables loaded. Nothing may change.
    const dup = path.join(dir, 'duplicate.gz');
    rewrite(good(), dup, (p) => {
      const users = p.tables.find((x) => x.line.table === 'app_user')!;
      const copy = JSON.parse(users.rows[0]!);
      users.rows.push(JSON.stringify({ ...copy, id: crypto.randomUUID() }));
    });
    await owner.query(`insert into job (kind) values ('must-survive')`);
    const before = await snapshot();
    await expect(restoreDatabase(owner, dup, { appRole: appRole() })).rejects.toThrow(/app_user_username_uq/);
    expect(await snapshot()).toEqual(before);
    await owner.query(`delete from job where kind = 'must-survive'`);
  });

  it('writes one line per row even for `json` values with newlines, and refuses tables this version lacks', async () => {
    await owner.query('create table extra_notes (id int primary key, note json)');
    try {
      await owner.query(`insert into extra_notes values (1, '{"a":\n  "b\\nc"}')`);
      const file = path.join(dir, 'extra.gz');
      await backupDatabase(owner, file);
      const text = zlib.gunzipSync(fs.readFileSync(file)).toString('utf8');
      expect(text).toContain('{"id":1,"note":{"a":   "b\\nc"}}\n');
      await expectRefused(file, /extra_notes.*không có trong cấu trúc/);
    } finally {
      await owner.query('drop table extra_notes');
    }
  });

  it('restores a backup taken by an older version, then upgrades it with the newer migrations', async () => {
    // A real older database: only the first two (frozen) migrations, with rows written in their shape.
    const code = codeMigrations();
    const adminUrl = inject('pgAdminUrl');
    const oldDb = `vte_old_${crypto.randomBytes(5).toString('hex')}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(
      `create database ${oldDb} template template0 encoding 'UTF8' locale_provider icu icu_locale 'vi-VN' locale 'C.UTF-8'`,
    );
    const older = path.join(dir, 'older.gz');
    const pool = createPool(withDb(adminUrl, oldDb), 1);
    try {
      const c = await pool.connect();
      try {
        await c.query('begin');
        await applyMigrations(c, code.slice(0, 2));
        await c.query(
          `insert into admin_unit (id, name, type, province_id, valid_from) values ($1, 'Tỉnh cũ', 'tinh', $1, '2000-01-01')`,
          [LY_SON.provinceId],
        );
        await c.query(
          `insert into app_user (username, full_name, role, scope_unit_id, province_id, password_hash) values ('nguoi.dung.cu', 'Người dùng cũ', 'leader', $1, $1, 'x')`,
          [LY_SON.provinceId],
        );
        await c.query('commit');
      } finally {
        c.release();
      }
      await backupDatabase(pool, older);
    } finally {
      await pool.end();
      await admin.query(`drop database ${oldDb} with (force)`);
      await admin.end();
    }

    const restored = await restoreDatabase(owner, older, { appRole: appRole() });
    expect(restored.upgradedBy).toBe(code.length - 2);
    const users = await owner.query<{ username: string }>('select username from app_user');
    expect(users.rows).toEqual([{ username: 'nguoi.dung.cu' }]);
    const applied = await owner.query<{ hash: string }>(
      'select hash from drizzle.__drizzle_migrations order by id',
    );
    expect(applied.rows.map((r) => r.hash)).toEqual(code.map((m) => m.hash));
    await expect(owner.query('truncate audit_log')).rejects.toThrow(/append-only/); // from a later migration
  });
});
