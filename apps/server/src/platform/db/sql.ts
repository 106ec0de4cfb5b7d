import { sql, type AnyColumn, type SQL } from 'drizzle-orm';

/**
 * `col = any($1::uuid[])`: the id list travels as ONE array parameter. `inArray` would send one
 * parameter per id, and a scope of a hundred units then costs ~1 ms of planning per query.
 */
export function anyUuid(col: AnyColumn | SQL, ids: readonly string[]): SQL {
  return sql`${col} = any(${sql.param([...ids])}::uuid[])`;
}
