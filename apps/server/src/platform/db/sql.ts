import { sql, type AnyColumn, type SQL } from 'drizzle-orm';

/**
 * `col = any($1::uuid[])`: the id list travels as ONE array parameter. `inArray` would send one
 * parameter per id, and a scope of a hundred units then costs ~1 ms of planning per query.
 */
export function anyUuid(col: AnyColumn | SQL, ids: readonly string[]): SQL {
  return sql`${col} = any(${sql.param([...ids])}::uuid[])`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const literals = new WeakMap<object, string>();

/**
 * A `$n::uuid[]` parameter as PostgreSQL's array text, built once per set or array object. A scope is
 * a cached set of 100+ unit ids; handing pg the array re-escapes every id on every request (a few
 * per cent of an uncached list's CPU), while the cached set's text is the same each time.
 */
export function uuidArrayParam(ids: ReadonlySet<string> | readonly string[]): string {
  let text = literals.get(ids);
  if (text === undefined) {
    const list = [...ids];
    // The text goes into an array literal unquoted: only real uuids may (they come from the database).
    if (!list.every((id) => UUID.test(id))) throw new Error('uuidArrayParam: not a uuid');
    text = `{${list.join(',')}}`;
    literals.set(ids, text);
  }
  return text;
}
