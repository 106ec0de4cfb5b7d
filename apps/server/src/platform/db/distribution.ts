import type pg from 'pg';

// Citus readiness (docs/architecture.md, Data): for national data the large tables are to be
// distributed by province, the rest kept as small reference tables. Citus then needs, on every
// distributed table, `province_id` in the primary key and in every unique key, and foreign keys
// between distributed tables that include `province_id` on both sides (so no row points at
// another province's rows); a reference table may not point at a distributed one.

/** Name families of large tables: any table whose name matches one of these must comply. */
export const LARGE_TABLE_FAMILIES: readonly { pattern: RegExp; what: string }[] = [
  { pattern: /^audit_/, what: 'the audit log: every write and sensitive read' },
  { pattern: /^indicator_value/, what: 'indicator values: unit × period × indicator × breakdown' },
  { pattern: /^(child|children)(_|$)/, what: 'the register of children and its sub-records' },
  { pattern: /^case(_|$)/, what: 'child-protection cases and their sub-records' },
  {
    pattern: /^(task_progress|progress_)/,
    what: 'plan progress: task × agency × period, with evidence files',
  },
  {
    pattern: /^(agency_report|consolidated_report|report_attachment|report_progress_period)/,
    what: 'reports: agency × period, their versions and attachments',
  },
];

/**
 * Tables with `province_id` whose names could suggest a large table but that stay small
 * (reference tables under Citus), with the reason.
 */
export const CATALOGUE_SIZED: Readonly<Record<string, string>> = {
  indicator_assignment: 'which agency reports which indicator: unit × indicator, set up once',
  indicator_target: 'targets: unit × indicator × year',
  report_period: 'reporting periods: a few per unit per year',
  report_reminder: 'reminders sent: a few per agency per period, pruned with the period',
};

export const isLarge = (table: string) =>
  !(table in CATALOGUE_SIZED) && LARGE_TABLE_FAMILIES.some((f) => f.pattern.test(table));

interface Key {
  table: string;
  name: string;
  kind: 'primary key' | 'unique key';
  columns: string[];
}

interface Fk {
  table: string;
  name: string;
  target: string;
  pairs: [string, string][];
}

/** What keeps today's schema from being distributed by province; empty when it complies. */
export async function distributionProblems(c: pg.ClientBase | pg.Pool): Promise<string[]> {
  const tables = (
    await c.query<{ name: string; has_province: boolean }>(
      `select c.relname as name, exists (select 1 from pg_attribute a where a.attrelid = c.oid
                and a.attname = 'province_id' and not a.attisdropped) as has_province
         from pg_class c where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p')
          and not c.relispartition order by 1`,
    )
  ).rows;
  const keys = (
    await c.query<Key>(
      `select c.relname as table, i.relname as name,
              case when x.indisprimary then 'primary key' else 'unique key' end as kind,
              array(select a.attname from unnest(x.indkey) with ordinality k(attnum, n)
                      join pg_attribute a on a.attrelid = c.oid and a.attnum = k.attnum order by k.n)::text[] as columns
         from pg_index x join pg_class c on c.oid = x.indrelid join pg_class i on i.oid = x.indexrelid
        where c.relnamespace = 'public'::regnamespace and (x.indisunique or x.indisprimary)`,
    )
  ).rows;
  const fks = (
    await c.query<{ table: string; name: string; target: string; cols: string[]; refs: string[] }>(
      `select c.relname as table, co.conname as name, t.relname as target,
              array(select a.attname from unnest(co.conkey) with ordinality k(attnum, n)
                      join pg_attribute a on a.attrelid = co.conrelid and a.attnum = k.attnum order by k.n)::text[] as cols,
              array(select a.attname from unnest(co.confkey) with ordinality k(attnum, n)
                      join pg_attribute a on a.attrelid = co.confrelid and a.attnum = k.attnum order by k.n)::text[] as refs
         from pg_constraint co join pg_class c on c.oid = co.conrelid join pg_class t on t.oid = co.confrelid
        where co.contype = 'f' and co.connamespace = 'public'::regnamespace`,
    )
  ).rows.map<Fk>((r) => ({ ...r, pairs: r.cols.map((col, i) => [col, r.refs[i]!]) }));

  const problems: string[] = [];
  for (const t of tables.filter((x) => isLarge(x.name))) {
    if (!t.has_province) problems.push(`${t.name}: no province_id column`);
    const own = keys.filter((k) => k.table === t.name);
    if (!own.some((k) => k.kind === 'primary key')) problems.push(`${t.name}: no primary key`);
    for (const k of own.filter((x) => !x.columns.includes('province_id')))
      problems.push(`${t.name}: ${k.kind} ${k.name} (${k.columns.join(', ')}) lacks province_id`);
  }
  for (const fk of fks) {
    const from = isLarge(fk.table);
    const to = isLarge(fk.target);
    if (from && to && !fk.pairs.some(([a, b]) => a === 'province_id' && b === 'province_id'))
      problems.push(`${fk.table}: foreign key ${fk.name} to ${fk.target} does not match on province_id`);
    if (!from && to)
      problems.push(`${fk.table}: foreign key ${fk.name} from a catalogue table to the large ${fk.target}`);
  }
  return problems;
}
