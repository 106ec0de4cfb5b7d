// The Excel import's requests (docs/children-import.md, "Workflow"): upload and preview (nothing
// saved to the register), mapping, decisions and the request to run; the run itself is import-job.ts.
import crypto from 'node:crypto';
import type { ChildImportDecision } from '@vte/contracts';
import type { AuthedContext } from '../../platform/auth/context';
import { inScope } from '../../platform/auth/context';
import type { Db, Exec } from '../../platform/db/pool';
import { AppError } from '../../platform/http/app-error';
import { safeFilename } from '../../platform/documents/file-type';
import { enqueue } from '../../platform/jobs/jobs.repo';
import { recordAudit } from '../audit';
import { dataScope, getUnit, unitOnDate, unitsByIds } from '../org';
import { analyseFile, MAX_IMPORT_BYTES } from './import-analyse';
import { importDto, issuesPage, summarise, summaryDto, type StoredSummary } from './import-dto';
import { matchRegister } from './import-match';
import { probableMatches } from './import-probable';
import * as repo from './import.repo';
import type { AnalysedFile, Issue, UnitName } from './import-types';

export const IMPORT_JOB = 'children.import';
export { MAX_IMPORT_BYTES };

/** The unit valid on the as-of date that `unitId` is (or became), in the user's scope. */
async function importUnit(db: Exec, ctx: AuthedContext, unitId: string, asOf: string) {
  const asked = await getUnit(db, unitId);
  if (!asked || !inScope(ctx.user, asked.id)) throw new AppError('UNIT_NOT_FOUND');
  const unit = await getUnit(db, await unitOnDate(db, asked.id, asOf));
  if (!unit || unit.validFrom > asOf || (unit.validTo !== null && unit.validTo < asOf))
    throw new AppError('CHILD_IMPORT_UNIT_INVALID');
  if (!inScope(ctx.user, unit.id)) throw new AppError('UNIT_NOT_FOUND');
  return unit;
}

/** An import of a unit in the user's scope; any other id answers as unknown. */
async function scopedImport(db: Exec, ctx: AuthedContext, id: string) {
  const row = await repo.getImport(db, id);
  if (!row || !inScope(ctx.user, row.unitId)) throw new AppError('CHILD_IMPORT_NOT_FOUND');
  return row;
}

/** Units a place column may name; only the import's own subtree is "current" (rows never move units). */
export async function placeNames(db: Exec, unit: { id: string; provinceId: string }, asOf: string) {
  const closure = (await dataScope(db, unit.id)) ?? new Set<string>();
  const province = [...((await dataScope(db, unit.provinceId)) ?? [])];
  const units: UnitName[] = (await unitsByIds(db, province)).map((u) => ({
    id: u.id,
    name: u.name,
    current: closure.has(u.id) && u.validFrom <= asOf && (u.validTo === null || u.validTo >= asOf),
  }));
  return { closure, units };
}

export const idColumn = (mapping: Record<string, string>) => mapping.personalId ?? 'Số định danh cá nhân';

/** Analysis plus the register's view of it (same-ID matches, IDs held elsewhere). */
export async function analyseForUnit(
  db: Exec,
  input: {
    unit: { id: string; provinceId: string };
    asOf: string;
    data: Buffer;
    fileName: string;
    mapping: Record<string, string> | null;
    remembered: Record<string, string> | null;
    withRaw?: boolean;
    /** Keep the analysis for the run (upload and new mapping). */
    keep?: boolean;
  },
) {
  const { closure, units } = await placeNames(db, input.unit, input.asOf);
  const file = await analyseFile({
    data: input.data,
    fileName: input.fileName,
    asOf: input.asOf,
    mapping: input.mapping,
    remembered: input.remembered,
    units,
    withRaw: input.withRaw ?? false,
    keep: input.keep ?? false,
  });
  const register = await matchRegister(db, file.drafts, closure, idColumn(file.mapping));
  // The preview proposes probable matches for the user's decisions; the run only applies them.
  if (!input.withRaw) {
    const skip = {
      rows: new Set([...register.sameId.keys(), ...register.elsewhere.map((i) => i.row)]),
      children: new Set([...register.sameId.values()].map((c) => c.id)),
    };
    const probable = await probableMatches(db, input.unit.provinceId, [...closure], file.drafts, skip);
    register.matches = [...register.matches, ...probable].sort((a, b) => a.row - b.row);
  }
  return { file, register, closure };
}

/** Upload: checks, analysis, preview stored with the file; the register is not touched. */
export async function uploadImport(
  db: Db,
  ctx: AuthedContext,
  input: { unitId: string; asOf: string; data: Buffer; fileName: string },
) {
  const unit = await importUnit(db, ctx, input.unitId, input.asOf);
  if (input.data.length > MAX_IMPORT_BYTES) throw new AppError('CHILD_IMPORT_TOO_LARGE');
  const sha256 = crypto.createHash('sha256').update(input.data).digest('hex');
  const earlier = await repo.sameFile(db, unit.id, sha256);
  if (earlier)
    throw new AppError('CHILD_IMPORT_SAME_FILE', {
      importId: earlier.id,
      status: earlier.status,
      createdAt: earlier.createdAt.toISOString(),
    });
  const remembered = (await repo.rememberedMapping(db, unit.id)) as Record<string, string> | null;
  const { file, register } = await analyseForUnit(db, {
    unit,
    asOf: input.asOf,
    data: input.data,
    fileName: input.fileName,
    mapping: null,
    remembered,
    keep: true,
  });
  const { summary, issues } = summarise(
    file,
    { issues: register.elsewhere, matches: register.matches },
    by(ctx),
  );
  const id = crypto.randomUUID();
  await db.transaction(async (tx) => {
    await repo.insertImport(tx, {
      provinceId: unit.provinceId,
      id,
      unitId: unit.id,
      asOf: input.asOf,
      fileName: safeFilename(input.fileName),
      fileSha256: sha256,
      file: input.data,
      analysis: keptBytes(file),
      mapping: file.mapping,
      summary,
      issues,
      decisions: [],
      createdBy: ctx.user.id || null,
      updatedBy: ctx.user.id || null,
    });
    await recordAudit(tx, ctx, {
      action: 'create',
      entity: 'child_import',
      entityId: id,
      provinceId: unit.provinceId,
      unitId: unit.id,
      after: { asOf: input.asOf, sha256, rows: file.rows, children: file.children },
    });
  });
  return getImportDto(db, ctx, id);
}

const keptBytes = (file: AnalysedFile) =>
  file.kept ? Buffer.from(file.kept.buffer, file.kept.byteOffset, file.kept.byteLength) : null;

const by = (ctx: AuthedContext): StoredSummary['by'] => ({
  id: ctx.user.id || null,
  username: ctx.user.username,
});

export async function getImportDto(db: Exec, ctx: AuthedContext, id: string) {
  return importDto(await scopedImport(db, ctx, id));
}

export async function listImportDtos(db: Exec, ctx: AuthedContext, unitId?: string) {
  if (unitId && !inScope(ctx.user, unitId)) throw new AppError('UNIT_NOT_FOUND');
  const units = ctx.user.unitIds === null ? null : [...ctx.user.unitIds];
  return { items: (await repo.listImports(db, units, unitId)).map(summaryDto) };
}

export async function importIssueList(
  db: Exec,
  ctx: AuthedContext,
  id: string,
  q: { code?: string; severity?: string; page: number; pageSize: number },
) {
  const row = await scopedImport(db, ctx, id);
  const all = ((await repo.importIssues(db, row.provinceId, row.id)) ?? []) as Issue[];
  return issuesPage(all, q);
}

/** A refused write to another unit's import is audited (someone tried), then answered as unknown. */
async function writableImport(db: Db, ctx: AuthedContext, id: string) {
  const row = await repo.getImport(db, id);
  if (!row || !inScope(ctx.user, row.unitId)) {
    if (row)
      await recordAudit(db, ctx, {
        action: 'update',
        entity: 'child_import',
        entityId: row.id,
        provinceId: row.provinceId,
        unitId: row.unitId,
        after: { refused: 'outside_scope' },
      });
    throw new AppError('CHILD_IMPORT_NOT_FOUND');
  }
  if (row.status !== 'previewed') throw new AppError('CHILD_IMPORT_STATE');
  return row;
}

/** A new column mapping: the file is analysed again with it, and the unit remembers it. */
export async function remapImport(db: Db, ctx: AuthedContext, id: string, mapping: Record<string, string>) {
  const row = await writableImport(db, ctx, id);
  const columns = new Set(((row.summary as StoredSummary | null)?.columns ?? []).map((c) => c.header));
  const used = Object.values(mapping);
  if (used.some((h) => !columns.has(h)) || new Set(used).size !== used.length || !mapping.fullName)
    throw new AppError('CHILD_IMPORT_MAPPING_INVALID');
  const data = (await repo.importFile(db, row.provinceId, row.id))!;
  const { file, register } = await analyseForUnit(db, {
    unit: { id: row.unitId, provinceId: row.provinceId },
    asOf: row.asOf,
    data,
    fileName: row.fileName,
    mapping,
    remembered: null,
    keep: true,
  });
  const { summary, issues } = summarise(
    file,
    { issues: register.elsewhere, matches: register.matches },
    by(ctx),
  );
  await db.transaction(async (tx) => {
    const ok = await repo.updateImport(
      tx,
      row,
      {
        mapping: file.mapping,
        summary,
        issues,
        analysis: keptBytes(file),
        decisions: [],
        updatedBy: ctx.user.id || null,
      },
      'previewed',
    );
    if (!ok) throw new AppError('CHILD_IMPORT_STATE');
    await repo.rememberMapping(tx, { provinceId: row.provinceId, unitId: row.unitId, mapping: file.mapping });
  });
  return getImportDto(db, ctx, id);
}

/** Decisions checked against the preview: a row of the file, and for an update one of its matches. */
function checkDecisions(summary: StoredSummary | null, decisions: ChildImportDecision[]) {
  const rows = new Set<number>();
  for (const d of decisions) {
    if (rows.has(d.row)) throw new AppError('CHILD_IMPORT_DECISION_INVALID', { row: d.row });
    rows.add(d.row);
    if (d.action !== 'update') continue;
    const ok = (summary?.matches ?? []).some((m) => m.row === d.row && m.child.id === d.childId);
    if (!ok) throw new AppError('CHILD_IMPORT_DECISION_INVALID', { row: d.row });
  }
}

/** The user confirms: decisions stored, the mapping remembered, the run queued as a background job. */
export async function requestRun(db: Db, ctx: AuthedContext, id: string, decisions: ChildImportDecision[]) {
  const row = await writableImport(db, ctx, id);
  checkDecisions(row.summary as StoredSummary | null, decisions);
  await db.transaction(async (tx) => {
    const ok = await repo.updateImport(
      tx,
      row,
      { status: 'queued', progress: 0, decisions, updatedBy: ctx.user.id || null },
      'previewed',
    );
    if (!ok) throw new AppError('CHILD_IMPORT_STATE');
    await repo.rememberMapping(tx, { provinceId: row.provinceId, unitId: row.unitId, mapping: row.mapping });
    await enqueue(tx, {
      kind: IMPORT_JOB,
      payload: { provinceId: row.provinceId, importId: row.id },
      runAt: new Date(),
      uniqueKey: `${IMPORT_JOB}:${row.id}`,
    });
  });
  return getImportDto(db, ctx, id);
}

export async function rejectsFile(db: Exec, ctx: AuthedContext, id: string) {
  const row = await scopedImport(db, ctx, id);
  const data = row.hasRejects ? await repo.importRejects(db, row.provinceId, row.id) : null;
  if (!data) throw new AppError('CHILD_IMPORT_NO_REJECTS');
  const base = row.fileName.replace(/\.[^.]*$/, '');
  return { data, filename: `${base}-dong-bi-loai.xlsx` };
}
