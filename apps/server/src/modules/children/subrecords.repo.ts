import { and, eq } from 'drizzle-orm';
import type { Exec } from '../../platform/db/pool';
import { childCircumstance, childConsent, childGuardian, childRisk } from './children.tables';

// Guardians, circumstances, risks and consents: one shape each (province, id, child id).

export const subTables = {
  guardian: childGuardian,
  circumstance: childCircumstance,
  risk: childRisk,
  consent: childConsent,
} as const;
export type SubKind = keyof typeof subTables;
export type SubRow<K extends SubKind> = (typeof subTables)[K]['$inferSelect'];
export type NewSubRow<K extends SubKind> = (typeof subTables)[K]['$inferInsert'];
// The four tables share the key columns; queries go through one of them for typing only.
const table = (kind: SubKind) => subTables[kind] as unknown as typeof childGuardian;

export async function insertSub<K extends SubKind>(
  exec: Exec,
  kind: K,
  row: NewSubRow<K>,
): Promise<SubRow<K>> {
  const t = table(kind);
  const rows = (await exec
    .insert(t)
    .values(row as never)
    .returning()) as unknown as SubRow<K>[];
  return rows[0]!;
}

export async function getSub<K extends SubKind>(
  exec: Exec,
  kind: K,
  key: { provinceId: string; childId: string; id: string },
): Promise<SubRow<K> | undefined> {
  const t = table(kind);
  const rows = (await exec
    .select()
    .from(t)
    .where(and(eq(t.provinceId, key.provinceId), eq(t.childId, key.childId), eq(t.id, key.id)))
    .limit(1)) as unknown as SubRow<K>[];
  return rows[0];
}

export async function updateSub<K extends SubKind>(
  exec: Exec,
  kind: K,
  key: { provinceId: string; id: string },
  patch: Partial<NewSubRow<K>>,
): Promise<SubRow<K>> {
  const t = table(kind);
  const rows = (await exec
    .update(t)
    .set({ ...(patch as object), updatedAt: new Date() } as never)
    .where(and(eq(t.provinceId, key.provinceId), eq(t.id, key.id)))
    .returning()) as unknown as SubRow<K>[];
  return rows[0]!;
}

/** Erasure: guardians, circumstances, risks and consents are all personal; they go entirely. */
export async function deleteSubRecords(exec: Exec, provinceId: string, childId: string): Promise<void> {
  for (const kind of Object.keys(subTables) as SubKind[]) {
    const t = table(kind);
    await exec.delete(t).where(and(eq(t.provinceId, provinceId), eq(t.childId, childId)));
  }
}
