import type pg from 'pg';

// What a backup and a restore need to know about schema `public`, read from the catalog so a
// new module's tables are included without touching this code.

export const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;
export const qualified = (table: string) => `public.${quoteIdent(table)}`;

export interface TableInfo {
  name: string;
  /** Stored columns in order; generated columns are left out (they are recomputed). */
  columns: string[];
}

/**
 * Ordinary and partitioned tables of `public` (not partitions: their rows come through the parent;
 * not extension-owned tables), parents before children along foreign keys.
 */
export async function publicTables(c: pg.ClientBase): Promise<TableInfo[]> {
  const tables = await c.query<{ oid: number; name: string }>(`
    select c.oid::int as oid, c.relname as name
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
     where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relispartition
       and not exists (select 1 from pg_depend d
                        where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype = 'e')
     order by c.relname`);
  const cols = await c.query<{ oid: number; name: string }>(`
    select a.attrelid::int as oid, a.attname as name
      from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
     where n.nspname = 'public' and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
     order by a.attrelid, a.attnum`);
  const fks = await c.query<{ child: number; parent: number }>(`
    select conrelid::int as child, confrelid::int as parent
      from pg_constraint where contype = 'f' and connamespace = 'public'::regnamespace`);

  const byOid = new Map(tables.rows.map((t) => [t.oid, { name: t.name, columns: [] as string[] }]));
  for (const col of cols.rows) byOid.get(col.oid)?.columns.push(col.name);
  const parents = new Map<number, Set<number>>([...byOid.keys()].map((oid) => [oid, new Set<number>()]));
  for (const fk of fks.rows) {
    if (fk.child !== fk.parent && byOid.has(fk.parent)) parents.get(fk.child)?.add(fk.parent);
  }
  // Kahn's algorithm, alphabetical among equals so the order is stable; a cycle (the load drops
  // foreign keys anyway) falls back to alphabetical for what is left.
  const order: number[] = [];
  const done = new Set<number>();
  while (done.size < byOid.size) {
    const ready = [...byOid.keys()].filter(
      (oid) => !done.has(oid) && [...parents.get(oid)!].every((p) => done.has(p)),
    );
    const next = ready.length ? ready : [...byOid.keys()].filter((oid) => !done.has(oid)).slice(0, 1);
    for (const oid of next) {
      done.add(oid);
      order.push(oid);
    }
  }
  return order.map((oid) => byOid.get(oid)!);
}

export interface ForeignKey {
  table: string;
  name: string;
  definition: string;
}

/** Foreign keys inside `public`, with the definition needed to add them back. */
export async function foreignKeys(c: pg.ClientBase): Promise<ForeignKey[]> {
  const r = await c.query<ForeignKey>(`
    select cl.relname as table, co.conname as name, pg_get_constraintdef(co.oid) as definition
      from pg_constraint co join pg_class cl on cl.oid = co.conrelid
     where co.contype = 'f' and co.connamespace = 'public'::regnamespace
     order by cl.relname, co.conname`);
  return r.rows;
}

export interface Trigger {
  table: string;
  name: string;
}

/** Enabled user triggers of `public` tables (not the internal ones behind foreign keys). */
export async function userTriggers(c: pg.ClientBase): Promise<Trigger[]> {
  const r = await c.query<Trigger>(`
    select cl.relname as table, t.tgname as name
      from pg_trigger t join pg_class cl on cl.oid = t.tgrelid join pg_namespace n on n.oid = cl.relnamespace
     where n.nspname = 'public' and not t.tgisinternal and t.tgenabled <> 'D'
     order by cl.relname, t.tgname`);
  return r.rows;
}

/** Sequences behind identity and serial columns: restart each after the highest restored value. */
export async function resetSequences(c: pg.ClientBase): Promise<void> {
  const r = await c.query<{ table: string; column: string; seq: string }>(`
    select cl.relname as table, a.attname as column, s.seq
      from pg_class cl join pg_namespace n on n.oid = cl.relnamespace
      join pg_attribute a on a.attrelid = cl.oid and a.attnum > 0 and not a.attisdropped
      cross join lateral (select pg_get_serial_sequence(format('%I.%I', n.nspname, cl.relname), a.attname) as seq) s
     where n.nspname = 'public' and cl.relkind in ('r', 'p') and s.seq is not null`);
  for (const { table, column, seq } of r.rows) {
    await c.query(
      `select setval($1::regclass, m) from (select max(${quoteIdent(column)}) as m from ${qualified(table)}) x where m is not null`,
      [seq],
    );
  }
}

/** Materialised views computed from the restored rows rather than from the empty tables. */
export async function refreshMaterializedViews(c: pg.ClientBase): Promise<void> {
  const r = await c.query<{ name: string }>(`
    select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
     where n.nspname = 'public' and c.relkind = 'm' and c.relispopulated order by c.relname`);
  for (const { name } of r.rows) await c.query(`refresh materialized view ${qualified(name)}`);
}

export async function countRows(c: pg.ClientBase, table: string): Promise<number> {
  const r = await c.query<{ n: string }>(`select count(*) as n from ${qualified(table)}`);
  return Number(r.rows[0]!.n);
}
