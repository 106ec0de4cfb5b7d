import { and, asc, eq } from 'drizzle-orm';
import type { Exec } from '../../platform/db/pool';
import { codeItem } from './children.tables';
import type { CodeSeed } from './codes.seed-data';

export type CodeItemRow = typeof codeItem.$inferSelect;

/** Adds the rows missing by (list, code); a row an administrator edited stays as it is. */
export async function insertMissingCodes(exec: Exec, seeds: readonly CodeSeed[]): Promise<number> {
  if (!seeds.length) return 0;
  const added = await exec
    .insert(codeItem)
    .values(seeds.map((s) => ({ ...s })))
    .onConflictDoNothing()
    .returning({ code: codeItem.code });
  return added.length;
}

export async function allCodes(exec: Exec): Promise<CodeItemRow[]> {
  return exec.select().from(codeItem).orderBy(asc(codeItem.list), asc(codeItem.sort), asc(codeItem.code));
}

export async function activeCodesOf(exec: Exec, list: string): Promise<CodeItemRow[]> {
  return exec
    .select()
    .from(codeItem)
    .where(and(eq(codeItem.list, list), eq(codeItem.active, true)));
}
