import type pg from 'pg';

// Two database roles (docs/architecture.md, Processes): an owner that runs the migrations and owns
// every schema object, and the app's role, which owns nothing and may only read and write rows.
// Whoever owns a table can disable its triggers or drop it, and a superuser can also switch
// triggers off for the session or run programs on the server, so the audit log is append-only
// for real only when the app connects as a role that is neither.

/** Tables the app may only INSERT into and SELECT from. */
export const APPEND_ONLY_TABLES = ['audit_log'] as const;

export class DbRoleError extends Error {}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The role a connection string logs in as. */
export function roleOf(url: string): string {
  return decodeURIComponent(new URL(url).username);
}

/**
 * Gives the app role exactly what it needs on schema `public`, as its owner (run after every
 * migration run and every restore, so tables of later migrations are covered too). Default
 * privileges also cover tables an owner creates by hand later.
 */
export async function grantAppRole(c: pg.ClientBase, appRole: string): Promise<void> {
  const app = ident(appRole);
  await c.query(`grant usage on schema public to ${app}`);
  await c.query(`grant select, insert, update, delete on all tables in schema public to ${app}`);
  await c.query(`grant usage, select on all sequences in schema public to ${app}`);
  await c.query(`grant execute on all functions in schema public to ${app}`);
  await c.query(
    `alter default privileges in schema public grant select, insert, update, delete on tables to ${app}`,
  );
  await c.query(`alter default privileges in schema public grant usage, select on sequences to ${app}`);
  for (const table of APPEND_ONLY_TABLES) {
    const exists = await c.query(`select to_regclass($1) is not null as ok`, [`public.${table}`]);
    if (!exists.rows[0]?.ok) continue;
    await c.query(`revoke all on public.${ident(table)} from ${app}`);
    await c.query(`grant select, insert on public.${ident(table)} to ${app}`);
  }
}

/**
 * Why this connection's role is too strong to run the app as, in Vietnamese; empty when it is
 * fit (not superuser, cannot create roles, owns no table of `public` nor belongs to a role that
 * does, cannot run server programs, and has no UPDATE/DELETE/TRUNCATE on an append-only table).
 */
export async function appRoleProblems(c: pg.ClientBase | pg.Pool): Promise<string[]> {
  const r = await c.query<{
    role: string;
    superuser: boolean;
    createrole: boolean;
    owns: string | null;
    programs: boolean;
    changes_audit: boolean;
  }>(
    `select current_user as role, r.rolsuper as superuser, r.rolcreaterole as createrole,
            (select string_agg(distinct c.relname, ', ') from pg_class c
              where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p', 'v', 'm')
                and pg_has_role(current_user, c.relowner, 'MEMBER')) as owns,
            pg_has_role(current_user, 'pg_execute_server_program', 'USAGE')
              or pg_has_role(current_user, 'pg_write_server_files', 'USAGE') as programs,
            coalesce((select bool_or(has_table_privilege(t, 'UPDATE, DELETE, TRUNCATE, TRIGGER'))
               from unnest($1::text[]) t where to_regclass(t) is not null), false) as changes_audit
       from pg_roles r where r.rolname = current_user`,
    [APPEND_ONLY_TABLES.map((t) => `public.${t}`)],
  );
  const row = r.rows[0]!;
  const problems: string[] = [];
  if (row.superuser) problems.push(`vai trò "${row.role}" là superuser`);
  if (row.createrole) problems.push(`vai trò "${row.role}" có quyền CREATEROLE`);
  if (row.owns) problems.push(`vai trò "${row.role}" sở hữu (hoặc thuộc vai trò sở hữu) bảng dữ liệu`);
  if (row.programs) problems.push(`vai trò "${row.role}" được chạy chương trình hoặc ghi tệp trên máy chủ`);
  if (row.changes_audit) problems.push(`vai trò "${row.role}" được sửa hoặc xoá nhật ký hệ thống`);
  return problems;
}

/** Refuses (with the reasons, in Vietnamese) an app connection that could alter the audit log. */
export async function checkAppRole(pool: pg.Pool, allow: boolean, warn: (m: string) => void): Promise<void> {
  const problems = await appRoleProblems(pool);
  if (problems.length === 0) return;
  const why = problems.join('; ');
  if (allow) {
    warn(
      `Cảnh báo: ứng dụng chạy với quyền quá rộng (${why}) vì ALLOW_SUPERUSER=true — chỉ dùng khi phát triển.`,
    );
    return;
  }
  throw new DbRoleError(
    `Từ chối chạy: kết nối CSDL của ứng dụng (DATABASE_URL) có quyền quá rộng — ${why}. ` +
      'Với quyền đó, nhật ký hệ thống có thể bị sửa hoặc xoá. Hãy cho DATABASE_URL dùng một vai trò chỉ đọc/ghi dữ liệu, ' +
      'và đặt MIGRATION_DATABASE_URL là vai trò sở hữu cấu trúc CSDL (chạy cập nhật cấu trúc). ' +
      'Chỉ khi phát triển mới đặt ALLOW_SUPERUSER=true để bỏ qua kiểm tra này.',
  );
}
