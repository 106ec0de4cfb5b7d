// The import run, as a Postgres-backed job (platform/jobs; main.ts registers it): the preview's kept
// analysis is applied (the file is not read again), every valid row is written in ONE transaction (a failure
// leaves nothing), the rejected rows become a workbook, and child_import shows the progress.
import { z } from 'zod';
import type { ChildImportDecision } from '@vte/contracts';
import { systemContext, type RequestContext } from '../../platform/auth/context';
import type { Db } from '../../platform/db/pool';
import { AppError } from '../../platform/http/app-error';
import { errorSpec } from '../../platform/http/errors';
import { recordAudit } from '../audit';
import { createChildren, updateChildren, type CommitContext } from './import-commit';
import type { StoredSummary } from './import-dto';
import { readKept } from './import-kept';
import { matchRegister } from './import-match';
import { planRun, type RejectedRow } from './import-plan';
import { rawRowsOf } from './import-analyse';
import { rejectsWorkbook } from './import-rejects';
import * as repo from './import.repo';
import { analyseForUnit, idColumn, IMPORT_JOB } from './import.service';
import { dataScope } from '../org';

export { IMPORT_JOB };

const payloadSchema = z.object({ provinceId: z.uuid(), importId: z.uuid() });

export const FAILED_MESSAGE = 'Nhập danh sách không thành công; không có hồ sơ nào được lưu.';

/** Hooks run after a successful commit (the duplicates scan plugs in here). */
const afterCommit: ((
  db: Db,
  info: { provinceId: string; unitId: string; importId: string },
) => Promise<void>)[] = [];
export const onImportCommitted = (f: (typeof afterCommit)[number]) => void afterCommit.push(f);

/** The uploader acts: audit rows name them, with the job as the channel. */
function actorContext(summary: StoredSummary | null): RequestContext {
  const ctx = systemContext('children-import');
  return {
    ip: 'children-import',
    userAgent: 'vi-tre-em job',
    user: { ...ctx.user, id: summary?.by.id ?? '', username: summary?.by.username ?? 'children-import' },
  };
}

export async function runImportJob(payload: unknown, db: Db): Promise<void> {
  const p = payloadSchema.safeParse(payload);
  if (!p.success) return;
  const row = await repo.getImport(db, p.data.importId);
  if (!row || row.provinceId !== p.data.provinceId) return;
  // A retried or duplicated job finds the import no longer queued (or running after a crash).
  if (row.status !== 'queued' && row.status !== 'running') return;
  const key = { provinceId: row.provinceId, id: row.id };
  const setProgress = (progress: number) => repo.updateImport(db, key, { progress: Math.round(progress) });
  await repo.updateImport(db, key, { status: 'running', progress: 1 });
  try {
    await commitImport(db, row, setProgress);
  } catch (e) {
    const spec = e instanceof AppError ? errorSpec(e.code) : undefined;
    await repo.updateImport(db, key, {
      status: 'failed',
      error: spec ? `${FAILED_MESSAGE} ${spec.message}` : FAILED_MESSAGE,
      finishedAt: new Date(),
    });
  }
}

type Row = NonNullable<Awaited<ReturnType<typeof repo.getImport>>>;

/**
 * The rows as the preview analysed them (kept with the import), the register's view of them now,
 * and the import unit's closure. An import stored before its analysis was kept is analysed again.
 */
async function runInput(db: Db, row: Row) {
  const kept = readKept(await repo.importAnalysis(db, row.provinceId, row.id));
  const mapping = (row.mapping ?? null) as Record<string, string> | null;
  if (!kept) {
    const data = (await repo.importFile(db, row.provinceId, row.id))!;
    const a = await analyseForUnit(db, {
      unit: { id: row.unitId, provinceId: row.provinceId },
      asOf: row.asOf,
      data,
      fileName: row.fileName,
      mapping,
      remembered: null,
      withRaw: true,
    });
    return {
      drafts: a.file.drafts,
      errors: a.file.issues,
      register: a.register,
      closure: a.closure,
      raw: {},
    };
  }
  const closure = (await dataScope(db, row.unitId)) ?? new Set<string>();
  const register = await matchRegister(db, kept.drafts, closure, idColumn(mapping ?? {}));
  return { drafts: kept.drafts, errors: kept.errors, register, closure, raw: kept.raw };
}

/** Rejected rows carry their cells as written; rows the preview did not block are read from the file. */
async function withRawCells(db: Db, row: Row, rejects: RejectedRow[], raw: Record<number, string[]>) {
  const missing = rejects.filter((r) => !r.draft.raw && !raw[r.draft.row]).map((r) => r.draft.row);
  const more = missing.length
    ? await rawRowsOf({
        data: (await repo.importFile(db, row.provinceId, row.id))!,
        fileName: row.fileName,
        asOf: row.asOf,
        rows: missing,
      })
    : {};
  for (const r of rejects) r.draft.raw ??= raw[r.draft.row] ?? more[r.draft.row];
}

async function commitImport(db: Db, row: Row, setProgress: (n: number) => Promise<unknown>) {
  const summary = row.summary as StoredSummary | null;
  const decisions = (row.decisions ?? []) as ChildImportDecision[];
  const { drafts, errors, register, closure, raw } = await runInput(db, row);
  await setProgress(30);
  const wanted = decisions.flatMap((d) => (d.action === 'update' && d.childId ? [d.childId] : []));
  const chosen = new Map(
    (await repo.childrenByIds(db, row.provinceId, wanted))
      .filter((c) => closure.has(c.unitId))
      .map((c) => [c.id, c]),
  );
  const plan = planRun(drafts, errors, register, decisions, chosen);
  await withRawCells(db, row, plan.rejects, raw);
  const columns = summary?.columns ?? [];
  const rejects = plan.rejects.length ? await rejectsWorkbook(columns, plan.rejects, row) : null;
  const ctx = actorContext(summary);
  await db.transaction(async (tx) => {
    const c: CommitContext = {
      tx,
      ctx,
      actorId: summary?.by.id ?? null,
      importId: row.id,
      provinceId: row.provinceId,
      unitId: row.unitId,
      asOf: row.asOf,
      source: `Nhập từ danh sách "${row.fileName}"`,
      progress: (done) => setProgress(35 + done * 55),
    };
    await createChildren(c, plan.creates);
    const { updated, unchanged } = await updateChildren(c, plan.updates);
    const result = {
      created: plan.creates.length,
      updated,
      unchanged,
      rejected: plan.rejects.length,
      skipped: plan.skipped,
    };
    await recordAudit(tx, ctx, {
      action: 'update',
      entity: 'child_import',
      entityId: row.id,
      provinceId: row.provinceId,
      unitId: row.unitId,
      before: { status: 'queued' },
      after: { status: 'done', ...result },
    });
    await repo.updateImport(tx, row, {
      status: 'done',
      progress: 100,
      summary: { ...summary, result },
      rejects,
      finishedAt: new Date(),
    });
  });
  // The duplicates queue learns of the new rows through its hook (duplicates-import.ts): one scan of
  // the unit per import (a second, direct scan here doubled the run's tail).
  for (const f of afterCommit)
    await f(db, { provinceId: row.provinceId, unitId: row.unitId, importId: row.id });
}
