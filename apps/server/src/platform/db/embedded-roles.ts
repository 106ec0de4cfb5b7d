import crypto from 'node:crypto';
import fs from 'node:fs';
import type pg from 'pg';

// The embedded server's roles: initdb's superuser (set-up only), the owner that runs migrations
// and owns the schema, and the app's role (rows only). Each password sits in a 0600 file in the
// data folder. Also upgrades a data folder of an earlier version, where the superuser owned it all.

export const OWNER_ROLE = 'vte_owner';
export const APP_ROLE = 'vte_app';

/** The password kept in `file`, created (random, 0600) on first use. */
export function rolePassword(file: string): string {
  if (!fs.existsSync(file)) {
    fs.writeFileSync(file, crypto.randomBytes(24).toString('base64url'), { mode: 0o600, flag: 'wx' });
  }
  return fs.readFileSync(file, 'utf8').trim();
}

/** Creates (or re-asserts) a login role with no special rights; run as a superuser. */
export async function ensureLoginRole(c: pg.ClientBase, role: string, password: string): Promise<void> {
  const exists = await c.query('select 1 from pg_roles where rolname = $1', [role]);
  const verb = exists.rowCount ? 'alter' : 'create';
  await c.query(
    `${verb} role ${c.escapeIdentifier(role)} login nosuperuser nocreatedb nocreaterole noreplication nobypassrls password ${c.escapeLiteral(password)}`,
  );
}

/**
 * Hands every object of schemas `public` and `drizzle` not yet owned by `owner` over to it
 * (extension members excepted, and sequences, which follow their table). A no-op once done.
 */
export async function transferOwnership(c: pg.ClientBase, owner: string): Promise<number> {
  const r = await c.query<{ stmt: string }>(
    `with ext as (select objid, classid from pg_depend where deptype = 'e')
     select format('alter %s %s owner to %I', kind, obj, $1::text) as stmt from (
       select case c.relkind when 'v' then 'view' when 'm' then 'materialized view'
                             when 'S' then 'sequence' else 'table' end as kind,
              format('%I.%I', n.nspname, c.relname) as obj
         from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname in ('public', 'drizzle') and c.relkind in ('r', 'p', 'v', 'm', 'S')
          and c.relowner <> $1::regrole
          and (c.oid, 'pg_class'::regclass) not in (select objid, classid from ext)
          and not (c.relkind = 'S' and exists (select 1 from pg_depend d where d.classid = 'pg_class'::regclass
                     and d.objid = c.oid and d.deptype in ('a', 'i')))
       union all
       select case p.prokind when 'p' then 'procedure' else 'function' end, p.oid::regprocedure::text
         from pg_proc p
        where p.pronamespace = 'public'::regnamespace and p.proowner <> $1::regrole and p.prokind in ('f', 'p')
          and (p.oid, 'pg_proc'::regclass) not in (select objid, classid from ext)
       union all
       select 'type', t.oid::regtype::text
         from pg_type t
        where t.typnamespace = 'public'::regnamespace and t.typtype in ('e', 'd') and t.typowner <> $1::regrole
          and (t.oid, 'pg_type'::regclass) not in (select objid, classid from ext)
       union all
       select 'schema', quote_ident(n.nspname) from pg_namespace n
        where n.nspname = 'drizzle' and n.nspowner <> $1::regrole
     ) x`,
    [owner],
  );
  for (const { stmt } of r.rows) await c.query(stmt);
  return r.rows.length;
}
