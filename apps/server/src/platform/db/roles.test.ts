import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../config';
import { createTestApp, type TestApp } from '../../test/harness';
import { withDb } from '../../test/global-setup';
import { openDatabase } from './database';
import { appRoleProblems, DbRoleError, roleOf } from './roles';

// The app's database role (roles.ts): the harness runs every test as it, so the whole suite proves
// its grants suffice; here, that it cannot change or remove an audit row by any route.

let t: TestApp;
let app: pg.Client;
beforeAll(async () => {
  t = await createTestApp();
  app = new pg.Client({ connectionString: withDb(inject('pgAppUrl'), t.dbName) });
  await app.connect();
});
afterAll(async () => {
  await app.end();
  await t.close();
});

const refusal = async (text: string) => {
  const e = await app.query(text).then(
    () => undefined,
    (err: { code?: string; message: string }) => err,
  );
  return e ? `${e.code}` : 'accepted';
};

describe("the app's database role", () => {
  it('inserts and reads audit rows', async () => {
    expect(roleOf(inject('pgAppUrl'))).toMatch(/^vte_app_/);
    const before = await app.query<{ n: number }>('select count(*)::int as n from audit_log');
    await app.query(
      `insert into audit_log (province_id, action, entity, entity_id, actor_username, ip) values ('00000000-0000-0000-0000-000000000000', 'create', 'kiem_thu', '1', 'kiem.thu', '127.0.0.1')`,
    );
    const after = await app.query<{ n: number }>('select count(*)::int as n from audit_log');
    expect(after.rows[0]!.n).toBe(before.rows[0]!.n + 1);
    expect(await appRoleProblems(app)).toEqual([]);
  });

  it('cannot change or remove an audit row by any route', async () => {
    const before = (await app.query<{ n: number }>('select count(*)::int as n from audit_log')).rows[0]!.n;
    expect(before).toBeGreaterThan(0);
    const attempts = {
      update: `update audit_log set action = 'update'`,
      delete: 'delete from audit_log',
      truncate: 'truncate audit_log',
      disableTrigger: 'alter table audit_log disable trigger all',
      replicaRole: 'set session_replication_role = replica',
      copyFromProgram: `copy audit_log (province_id, action, entity) from program 'echo x'`,
      copyToProgram: `copy audit_log to program 'cat'`,
      dropTrigger: 'drop trigger audit_log_no_update_delete on audit_log',
      dropTable: 'drop table audit_log',
      alterOwner: 'alter table audit_log owner to current_user',
      newTable: 'create table public.mine (id int)',
      grantRole: `grant ${roleOf(t.ownerUrl)} to current_user`,
    };
    const results: Record<string, string> = {};
    for (const [name, sql] of Object.entries(attempts)) results[name] = await refusal(sql);
    // 42501 insufficient_privilege for all; the trigger needs ownership (42501 as well).
    expect(results).toEqual(Object.fromEntries(Object.keys(attempts).map((k) => [k, '42501'])));
    // session_replication_role refused above, so the trigger would still fire: delete again.
    expect(await refusal('delete from audit_log')).toBe('42501');
    const after = (await app.query<{ n: number }>('select count(*)::int as n from audit_log')).rows[0]!.n;
    expect(after).toBe(before);
  });
});

describe('start-up check of the app role', () => {
  const config = (env: Record<string, string>) => loadConfig({ LOG_LEVEL: 'silent', ...env });

  it('refuses to run as a superuser or as the schema owner, unless ALLOW_SUPERUSER=true', async () => {
    const superUrl = withDb(inject('pgAdminUrl'), t.dbName);
    for (const url of [superUrl, t.ownerUrl]) {
      const open = openDatabase(config({ DATABASE_URL: url }), () => undefined, { migrate: false });
      await expect(open).rejects.toThrow(DbRoleError);
      await expect(open).rejects.toThrow(/Từ chối chạy: kết nối CSDL của ứng dụng .*quyền quá rộng/);
    }
    const warnings: string[] = [];
    const db = await openDatabase(
      config({ DATABASE_URL: superUrl, ALLOW_SUPERUSER: 'true' }),
      (m) => warnings.push(m),
      { migrate: false },
    );
    await db.close();
    expect(warnings.join('\n')).toMatch(/superuser.*ALLOW_SUPERUSER=true — chỉ dùng khi phát triển/);
  });

  it('with MIGRATION_DATABASE_URL, migrates as the owner and runs as the app role', async () => {
    const db = await openDatabase(
      config({ DATABASE_URL: withDb(inject('pgAppUrl'), t.dbName), MIGRATION_DATABASE_URL: t.ownerUrl }),
      () => undefined,
    );
    try {
      expect(db.appRole).toBe(roleOf(inject('pgAppUrl')));
      const who = await db.pool.query<{ u: string }>('select current_user as u');
      expect(who.rows[0]!.u).toBe(db.appRole);
    } finally {
      await db.close();
    }
  });
});
