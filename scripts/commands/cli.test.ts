import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { roleLabels, roles } from '@vte/contracts';
import { buildApp } from '../../apps/server/src/app';
import { loadConfig } from '../../apps/server/src/config';
import { verifyPassword } from '../../apps/server/src/platform/auth/password';
import { createDb, createPool } from '../../apps/server/src/platform/db/pool';
import { withDb } from '../../apps/server/src/test/global-setup';
import { LY_SON } from '../../apps/server/src/modules/org';
import { cli, SLOW, type Run } from '../cli.test-support';

const STRONG = 'Mat-khau-Rat-Manh-7';

const noStack = (r: Run) => expect(`${r.stdout}${r.stderr}`).not.toMatch(/\n\s+at .+:\d+:\d+/);

async function rows<T extends pg.QueryResultRow>(
  url: string,
  text: string,
  params: unknown[] = [],
): Promise<T[]> {
  const c = new pg.Client({ connectionString: url }); // no application_name: not counted as the app
  await c.connect();
  try {
    return (await c.query<T>(text, params)).rows;
  } finally {
    await c.end();
  }
}

// user:create, db:backup and db:restore as child processes against a fresh test database.
describe('with DATABASE_URL', () => {
  const adminUrl = inject('pgAdminUrl');
  const dbName = `vte_cli_${crypto.randomBytes(5).toString('hex')}`;
  const url = withDb(adminUrl, dbName);
  const env = { DATABASE_URL: url };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vte-cli-'));

  beforeAll(async () => {
    // Empty, unmigrated: user:create must migrate and seed it like the app's first start.
    await rows(
      adminUrl,
      `create database ${dbName} template template0 encoding 'UTF8' locale_provider icu icu_locale 'vi-VN' locale 'C.UTF-8'`,
    );
  });
  afterAll(async () => {
    await rows(adminUrl, `drop database if exists ${dbName} with (force)`);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it(
    'user:create migrates and seeds a fresh database, creates the user, who can sign in',
    async () => {
      const r = await cli(
        [
          'user:create',
          '--username',
          'Quan.Tri',
          '--password',
          STRONG,
          '--role',
          'admin',
          '--full-name',
          'Nguyễn Văn Quản Trị',
        ],
        env,
      );
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/Đã tạo tài khoản "quan\.tri"/);
      expect(r.stdout).toContain('Quản trị hệ thống');
      expect(r.stdout).not.toContain(STRONG);

      const [u] = await rows<{ id: string; role: string; full_name: string; password_hash: string }>(
        url,
        `select id, role, full_name, password_hash from app_user where username = 'quan.tri'`,
      );
      expect(u).toMatchObject({ role: 'admin', full_name: 'Nguyễn Văn Quản Trị' });
      expect(u!.password_hash).toMatch(/^\$argon2id\$/);
      expect(await verifyPassword(u!.password_hash, STRONG)).toBe(true);
      const audit = await rows(
        url,
        `select 1 from audit_log where entity = 'app_user' and entity_id = $1 and action = 'create'`,
        [u!.id],
      );
      expect(audit).toHaveLength(1);

      const pool = createPool(url, 2);
      const app = await buildApp(
        loadConfig({ LOG_LEVEL: 'silent', NODE_ENV: 'test', WEB_DIST: '/nonexistent' }),
        { db: createDb(pool), mode: 'external' },
      );
      try {
        const login = await app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { username: 'quan.tri', password: STRONG },
        });
        expect(login.statusCode).toBe(200);
        expect(login.json().user).toMatchObject({
          username: 'quan.tri',
          role: 'admin',
          mustChangePassword: false,
        });
      } finally {
        await app.close();
        await pool.end();
      }
    },
    SLOW,
  );

  it('user:create places a reporter in a unit and an agency', async () => {
    const r = await cli(
      [
        'user:create',
        '--username',
        'gddt.baocao',
        '--password',
        STRONG,
        '--role',
        'agency_reporter',
        '--unit',
        LY_SON.districtId,
        '--agency',
        LY_SON.agency('gddt'),
      ],
      env,
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Phòng Giáo dục và Đào tạo');
    const [u] = await rows(
      url,
      `select scope_unit_id, agency_id from app_user where username = 'gddt.baocao'`,
    );
    expect(u).toEqual({ scope_unit_id: LY_SON.districtId, agency_id: LY_SON.agency('gddt') });
  });

  it(
    'user:create explains bad input in Vietnamese, exit code 2, no stack trace, nothing created',
    async () => {
      const base = ['user:create', '--username', 'nguoi.moi', '--password', STRONG];
      const cases: [string[], RegExp][] = [
        [[...base, '--role', 'boss'], /Vai trò "boss" không hợp lệ[\s\S]*admin — Quản trị hệ thống/],
        [
          ['user:create', '--username', 'nguoi.moi', '--password', 'ngan', '--role', 'leader'],
          /Mật khẩu chưa đủ mạnh\. Mật khẩu cần tối thiểu 10 ký tự/,
        ],
        [
          ['user:create', '--username', 'nguoi.moi', '--password', 'Password12', '--role', 'leader'],
          /Mật khẩu chưa đủ mạnh\. Mật khẩu này quá phổ biến/,
        ],
        [
          ['user:create', '--username', 'quan.tri', '--password', STRONG, '--role', 'leader'],
          /Tên đăng nhập đã được sử dụng/,
        ],
        [[...base, '--role', 'agency_reporter'], /phải thuộc một cơ quan, đơn vị/],
        [[...base, '--role', 'leader', '--unit', crypto.randomUUID()], /Không tìm thấy đơn vị hành chính/],
        [[...base, '--role', 'leader', '--unit', 'ly-son'], /không hợp lệ \(cần dạng UUID\)/],
        [['user:create', '--username', 'nguoi.moi'], /Thiếu --username, --password hoặc --role/],
        [
          ['user:create', '--username', 'Ab', '--password', STRONG, '--role', 'leader'],
          /Tên đăng nhập không hợp lệ/,
        ],
        [[...base, '--role', 'leader', '--bogus'], /Tham số không hợp lệ/],
      ];
      // Two at a time: the machine has two cores, and each child loads the app's modules.
      const results: Run[] = [];
      for (let i = 0; i < cases.length; i += 2)
        results.push(...(await Promise.all(cases.slice(i, i + 2).map(([args]) => cli(args, env)))));
      results.forEach((r, i) => {
        expect(r.code, cases[i]![0].join(' ')).toBe(2);
        expect(r.stderr).toMatch(cases[i]![1]);
        noStack(r);
      });
      expect(await rows(url, `select 1 from app_user where username = 'nguoi.moi'`)).toHaveLength(0);
    },
    SLOW,
  );

  it('user:create --help lists every role with its Vietnamese label', async () => {
    const r = await cli(['user:create', '--help'], env);
    expect(r.code).toBe(0);
    for (const role of roles)
      expect(r.stdout).toMatch(
        new RegExp(`${role}\\s+${roleLabels[role].replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`),
      );
  });

  it(
    'db:backup then db:restore brings back the data as it was, and refuses while the app is connected',
    async () => {
      const file = path.join(dir, 'nightly.jsonl.gz');
      const backup = await cli(['db:backup', file], env);
      expect(backup.code).toBe(0);
      expect(backup.stdout).toMatch(/Đã sao lưu \d+ bảng, \d+ dòng/);
      expect(backup.stdout).toMatch(/app_user\s+2/);
      expect(
        await rows(url, `select 1 from audit_log where entity = 'database_backup' and action = 'export'`),
      ).toHaveLength(1);

      expect(
        (
          await cli(
            ['user:create', '--username', 'sau.sao.luu', '--password', STRONG, '--role', 'leader'],
            env,
          )
        ).code,
      ).toBe(0);

      // An app still connected (its pool is named 'vi-tre-em'): refused, nothing changed.
      const appPool = createPool(url, 1);
      try {
        await appPool.query('select 1');
        const busy = await cli(['db:restore', file], env);
        expect(busy.code).toBe(2);
        expect(busy.stderr).toMatch(/ứng dụng có vẻ đang chạy/);
      } finally {
        await appPool.end();
      }
      expect(await rows(url, `select 1 from app_user where username = 'sau.sao.luu'`)).toHaveLength(1);

      const restore = await cli(['db:restore', file], env);
      expect(restore.stderr).toBe('');
      expect(restore.code).toBe(0);
      expect(restore.stdout).toMatch(/Đã khôi phục \d+ bảng/);
      const users = await rows<{ username: string }>(url, 'select username from app_user order by username');
      expect(users.map((u) => u.username)).toEqual(['gddt.baocao', 'quan.tri']);
      expect(await rows(url, `select 1 from audit_log where entity = 'database_restore'`)).toHaveLength(1);

      fs.writeFileSync(path.join(dir, 'bad.gz'), fs.readFileSync(file).subarray(0, 100));
      const bad = await cli(['db:restore', path.join(dir, 'bad.gz')], env);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toMatch(/không phải bản sao lưu Vì Trẻ Em hợp lệ hoặc đã bị hỏng/);
      noStack(bad);
    },
    SLOW,
  );
});
