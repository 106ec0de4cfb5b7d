import { and, desc, eq, sql } from 'drizzle-orm';
import type { Exec } from '../../platform/db/pool';
import { anyUuid } from '../../platform/db/sql';
import { unitLabel } from '../org/org.views';
import {
  child,
  childCircumstance,
  childGuardian,
  childHousehold,
  childResidence,
  childRisk,
} from './children.tables';
import { childImport, childImportMapping } from './import.tables';

export type ImportRow = typeof childImport.$inferSelect;
export type NewImportRow = typeof childImport.$inferInsert;

/** Everything but the file and the rejects workbook (bytes read only where they are used). */
const light = {
  provinceId: childImport.provinceId,
  id: childImport.id,
  unitId: childImport.unitId,
  asOf: childImport.asOf,
  fileName: childImport.fileName,
  fileSha256: childImport.fileSha256,
  mapping: childImport.mapping,
  status: childImport.status,
  progress: childImport.progress,
  summary: childImport.summary,
  decisions: childImport.decisions,
  error: childImport.error,
  finishedAt: childImport.finishedAt,
  createdAt: childImport.createdAt,
  createdBy: childImport.createdBy,
  hasRejects: sql<boolean>`${childImport.rejects} is not null`,
  unitName: unitLabel.name,
};
export async function insertImport(exec: Exec, row: NewImportRow): Promise<void> {
  await exec.insert(childImport).values(row);
}

const selectLight = (exec: Exec) =>
  exec.select(light).from(childImport).innerJoin(unitLabel, eq(unitLabel.id, childImport.unitId));
export type ImportLight = Awaited<ReturnType<typeof selectLight>>[number];

export async function getImport(exec: Exec, id: string): Promise<ImportLight | undefined> {
  return (await selectLight(exec).where(eq(childImport.id, id)))[0];
}

export async function listImports(
  exec: Exec,
  unitIds: string[] | null,
  unitId?: string,
): Promise<ImportLight[]> {
  const where = [
    unitIds ? anyUuid(childImport.unitId, unitIds) : undefined,
    unitId ? eq(childImport.unitId, unitId) : undefined,
  ];
  return selectLight(exec)
    .where(and(...where))
    .orderBy(desc(childImport.createdAt))
    .limit(100);
}

export async function importIssues(exec: Exec, provinceId: string, id: string): Promise<unknown> {
  const r = await exec
    .select({ issues: childImport.issues })
    .from(childImport)
    .where(and(eq(childImport.provinceId, provinceId), eq(childImport.id, id)));
  return r[0]?.issues ?? null;
}

export async function importFile(exec: Exec, provinceId: string, id: string): Promise<Buffer | undefined> {
  const r = await exec
    .select({ file: childImport.file })
    .from(childImport)
    .where(and(eq(childImport.provinceId, provinceId), eq(childImport.id, id)));
  return r[0]?.file;
}

/** The preview's kept analysis (import-kept.ts), null for an import stored before it was kept. */
export async function importAnalysis(exec: Exec, provinceId: string, id: string): Promise<Buffer | null> {
  const r = await exec
    .select({ analysis: childImport.analysis })
    .from(childImport)
    .where(and(eq(childImport.provinceId, provinceId), eq(childImport.id, id)));
  return r[0]?.analysis ?? null;
}

export async function importRejects(exec: Exec, provinceId: string, id: string): Promise<Buffer | null> {
  const r = await exec
    .select({ rejects: childImport.rejects })
    .from(childImport)
    .where(and(eq(childImport.provinceId, provinceId), eq(childImport.id, id)));
  return r[0]?.rejects ?? null;
}

/** The earlier import of the same bytes for the same unit, if any. */
export async function sameFile(exec: Exec, unitId: string, sha256: string) {
  const r = await exec
    .select({ id: childImport.id, status: childImport.status, createdAt: childImport.createdAt })
    .from(childImport)
    .where(and(eq(childImport.unitId, unitId), eq(childImport.fileSha256, sha256)))
    .orderBy(desc(childImport.createdAt))
    .limit(1);
  return r[0];
}

export async function updateImport(
  exec: Exec,
  key: { provinceId: string; id: string },
  set: Partial<NewImportRow>,
  onlyIfStatus?: string,
): Promise<boolean> {
  const r = await exec
    .update(childImport)
    .set({ ...set, updatedAt: new Date() })
    .where(
      and(
        eq(childImport.provinceId, key.provinceId),
        eq(childImport.id, key.id),
        onlyIfStatus ? eq(childImport.status, onlyIfStatus) : undefined,
      ),
    )
    .returning({ id: childImport.id });
  return r.length > 0;
}

export async function rememberedMapping(exec: Exec, unitId: string): Promise<unknown> {
  const r = await exec
    .select({ mapping: childImportMapping.mapping })
    .from(childImportMapping)
    .where(eq(childImportMapping.unitId, unitId));
  return r[0]?.mapping ?? null;
}

export async function rememberMapping(
  exec: Exec,
  row: { provinceId: string; unitId: string; mapping: unknown },
): Promise<void> {
  await exec
    .insert(childImportMapping)
    .values(row)
    .onConflictDoUpdate({
      target: [childImportMapping.provinceId, childImportMapping.unitId],
      set: { mapping: row.mapping, updatedAt: new Date() },
    });
}

export type RegisterChild = Pick<
  typeof child.$inferSelect,
  | 'provinceId'
  | 'id'
  | 'unitId'
  | 'fullName'
  | 'dob'
  | 'dobPrecision'
  | 'sex'
  | 'ethnicityCode'
  | 'personalId'
  | 'personalIdKind'
  | 'hamlet'
  | 'address'
  | 'schooling'
  | 'notes'
  | 'version'
>;

const registerCols = {
  provinceId: child.provinceId,
  id: child.id,
  unitId: child.unitId,
  fullName: child.fullName,
  dob: child.dob,
  dobPrecision: child.dobPrecision,
  sex: child.sex,
  ethnicityCode: child.ethnicityCode,
  personalId: child.personalId,
  personalIdKind: child.personalIdKind,
  hamlet: child.hamlet,
  address: child.address,
  schooling: child.schooling,
  notes: child.notes,
  version: child.version,
};

/** Active children holding any of these personal IDs, in any province (an ID is national). */
export async function childrenByPersonalIds(exec: Exec, ids: string[]): Promise<RegisterChild[]> {
  if (!ids.length) return [];
  return exec
    .select(registerCols)
    .from(child)
    .where(and(sql`${child.personalId} = any(${sql.param(ids)}::text[])`, eq(child.status, 'active')));
}

export type MatchChild = RegisterChild & { fatherName: string | null; motherName: string | null };

const parentName = (relation: string) =>
  sql<string | null>`(select g.full_name from child_guardian g
    where g.province_id = ${child.provinceId} and g.child_id = ${child.id} and g.relation = ${relation}
    order by g.created_at limit 1)`;

/** The active children of these units with their parents' names: what a list's rows are compared with. */
export async function unitChildrenForMatch(
  exec: Exec,
  provinceId: string,
  unitIds: string[],
): Promise<MatchChild[]> {
  if (!unitIds.length) return [];
  return exec
    .select({ ...registerCols, fatherName: parentName('cha'), motherName: parentName('me') })
    .from(child)
    .where(and(eq(child.provinceId, provinceId), anyUuid(child.unitId, unitIds), eq(child.status, 'active')));
}

export async function childrenByIds(exec: Exec, provinceId: string, ids: string[]): Promise<RegisterChild[]> {
  if (!ids.length) return [];
  return exec
    .select(registerCols)
    .from(child)
    .where(and(eq(child.provinceId, provinceId), anyUuid(child.id, ids), eq(child.status, 'active')));
}

/** Guardians, open circumstances and open risks of children about to be updated (to add only what is new). */
export async function subRecordsOf(exec: Exec, provinceId: string, ids: string[]) {
  if (!ids.length) return { guardians: [], groups: [], risks: [] };
  const [guardians, groups, risks] = await Promise.all([
    exec
      .select({
        childId: childGuardian.childId,
        relation: childGuardian.relation,
        nameFolded: childGuardian.nameFolded,
      })
      .from(childGuardian)
      .where(and(eq(childGuardian.provinceId, provinceId), anyUuid(childGuardian.childId, ids))),
    exec
      .select({ childId: childCircumstance.childId, groupCode: childCircumstance.groupCode })
      .from(childCircumstance)
      .where(
        and(
          eq(childCircumstance.provinceId, provinceId),
          anyUuid(childCircumstance.childId, ids),
          sql`${childCircumstance.toDate} is null`,
        ),
      ),
    exec
      .select({ childId: childRisk.childId, riskCode: childRisk.riskCode })
      .from(childRisk)
      .where(
        and(
          eq(childRisk.provinceId, provinceId),
          anyUuid(childRisk.childId, ids),
          sql`${childRisk.toDate} is null`,
        ),
      ),
  ]);
  return { guardians, groups, risks };
}

export type NewChild = typeof child.$inferInsert;
export type NewHousehold = typeof childHousehold.$inferInsert;
export type NewResidence = typeof childResidence.$inferInsert;
export type NewGuardian = typeof childGuardian.$inferInsert;
export type NewCircumstance = typeof childCircumstance.$inferInsert;
export type NewRisk = typeof childRisk.$inferInsert;

/** Multi-row inserts in slices that stay under PostgreSQL's 65,535 parameters per statement. */
async function inSlices<T extends Record<string, unknown>>(
  rows: T[],
  write: (slice: T[]) => Promise<unknown>,
): Promise<void> {
  if (!rows.length) return;
  const per = Math.max(1, Math.floor(60_000 / Math.max(1, Object.keys(rows[0]!).length)));
  for (let i = 0; i < rows.length; i += per) await write(rows.slice(i, i + per));
}

export async function insertHouseholds(exec: Exec, rows: NewHousehold[]): Promise<void> {
  await inSlices(rows, (s) => exec.insert(childHousehold).values(s));
}
type Col<T> = [column: string, pgType: string, value: (r: T) => unknown];

/**
 * Many rows in ONE statement: a parameter per column (an array) unnested by PostgreSQL, instead of
 * a parameter per value: an import's 100,000 children are 34 statements that build and parse fast.
 */
async function insertUnnest<T>(exec: Exec, table: string, cols: Col<T>[], rows: T[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 5_000) {
    const slice = rows.slice(i, i + 5_000);
    const names = sql.raw(cols.map((c) => c[0]).join(', '));
    const arrays = sql.join(
      cols.map((c) => sql`${sql.param(slice.map((r) => c[2](r) ?? null))}::${sql.raw(c[1])}[]`),
      sql`, `,
    );
    await exec.execute(sql`insert into ${sql.raw(table)} (${names}) select * from unnest(${arrays})`);
  }
}

const by: Col<{ createdBy?: string | null; updatedBy?: string | null }>[] = [
  ['created_by', 'uuid', (r) => r.createdBy],
  ['updated_by', 'uuid', (r) => r.updatedBy],
];

const childCols: Col<NewChild>[] = [
  ['province_id', 'uuid', (r) => r.provinceId],
  ['id', 'uuid', (r) => r.id],
  ['full_name', 'text', (r) => r.fullName],
  ['dob', 'date', (r) => r.dob],
  ['dob_precision', 'text', (r) => r.dobPrecision ?? 'day'],
  ['sex', 'text', (r) => r.sex],
  ['ethnicity_code', 'text', (r) => r.ethnicityCode],
  ['personal_id', 'text', (r) => r.personalId],
  ['personal_id_kind', 'text', (r) => r.personalIdKind],
  ['id_verification', 'text', (r) => r.idVerification ?? 'chua_co'],
  ['unit_id', 'uuid', (r) => r.unitId],
  ['hamlet', 'text', (r) => r.hamlet],
  ['address', 'text', (r) => r.address],
  ['household_id', 'uuid', (r) => r.householdId],
  ['schooling', 'text', (r) => r.schooling],
  ['notes', 'text', (r) => r.notes],
  ['source_record_ref', 'text', (r) => r.sourceRecordRef],
  ...by,
];

export async function insertChildren(exec: Exec, rows: NewChild[]): Promise<void> {
  await insertUnnest(exec, 'child', childCols, rows);
}
export async function insertResidences(exec: Exec, rows: NewResidence[]): Promise<void> {
  await insertUnnest<NewResidence>(
    exec,
    'child_residence',
    [
      ['province_id', 'uuid', (r) => r.provinceId],
      ['child_id', 'uuid', (r) => r.childId],
      ['unit_id', 'uuid', (r) => r.unitId],
      ['hamlet', 'text', (r) => r.hamlet],
      ['address', 'text', (r) => r.address],
      ['valid_from', 'date', (r) => r.validFrom],
      ['source', 'text', (r) => r.source],
      ...by,
    ],
    rows,
  );
}
export async function insertGuardians(exec: Exec, rows: NewGuardian[]): Promise<void> {
  await insertUnnest<NewGuardian>(
    exec,
    'child_guardian',
    [
      ['province_id', 'uuid', (r) => r.provinceId],
      ['child_id', 'uuid', (r) => r.childId],
      ['relation', 'text', (r) => r.relation],
      ['full_name', 'text', (r) => r.fullName],
      ['phone', 'text', (r) => r.phone],
      ['is_primary_contact', 'boolean', (r) => r.isPrimaryContact ?? false],
      ...by,
    ],
    rows,
  );
}
export async function insertCircumstances(exec: Exec, rows: NewCircumstance[]): Promise<void> {
  await inSlices(rows, (s) => exec.insert(childCircumstance).values(s));
}
export async function insertRisks(exec: Exec, rows: NewRisk[]): Promise<void> {
  await inSlices(rows, (s) => exec.insert(childRisk).values(s));
}

/** One child's changed fields (optimistic: the version read in this transaction). */
export async function updateChild(
  exec: Exec,
  key: { provinceId: string; id: string; version: number },
  set: Partial<NewChild>,
): Promise<boolean> {
  const r = await exec
    .update(child)
    .set({ ...set, version: key.version + 1, updatedAt: new Date() })
    .where(and(eq(child.provinceId, key.provinceId), eq(child.id, key.id), eq(child.version, key.version)))
    .returning({ id: child.id });
  return r.length > 0;
}

/** The open residence period follows a changed thôn or address (same unit: not a move). */
export async function updateOpenResidence(
  exec: Exec,
  key: { provinceId: string; childId: string },
  set: { hamlet?: string | null; address?: string | null; updatedBy: string | null },
): Promise<void> {
  await exec
    .update(childResidence)
    .set({ ...set, updatedAt: new Date() })
    .where(
      and(
        eq(childResidence.provinceId, key.provinceId),
        eq(childResidence.childId, key.childId),
        sql`${childResidence.validTo} is null`,
      ),
    );
}
