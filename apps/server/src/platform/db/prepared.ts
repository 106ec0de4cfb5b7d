import crypto from 'node:crypto';
import type pg from 'pg';

// Hand-written SQL for the hottest reads (session, catalogue lists): a named statement is parsed and
// planned once per connection instead of on every request, and the bench can run the very same
// statement from a bare client (bench/scenarios/platform-sql.ts). The name follows the text, so each
// distinct shape (filters present or not) is its own statement.

export type Prepared = pg.QueryConfig & { name: string; values: unknown[] };

const names = new Map<string, string>();

export function prepared(prefix: string, text: string, values: unknown[]): Prepared {
  let name = names.get(text);
  if (!name) {
    name = `${prefix}_${crypto.createHash('sha1').update(text).digest('hex').slice(0, 16)}`;
    if (names.size < 1000) names.set(text, name);
  }
  return { name, text, values };
}

/** Collects parameters while a statement is written: `p.add(v)` returns its placeholder. */
export class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}
