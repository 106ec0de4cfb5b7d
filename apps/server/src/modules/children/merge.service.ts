import { mergeFields, type MergeField, type MergeInput, type MergeResultDto } from '@vte/contracts';
import type { AuthedContext } from '../../platform/auth/context';
import type { Db } from '../../platform/db/pool';
import { AppError } from '../../platform/http/app-error';
import { recordAudit } from '../audit';
import { decidePair } from './duplicates.repo';
import { pairInScope } from './duplicates.service';
import * as repo from './merge.repo';
import { runMergedHooks, runUndoneHooks, type MergeHookInfo } from './merge-hooks';

// Merge of a reviewed pair (never automatic, spec §3.9) and its undo. The snapshot keeps both child
// rows as they were and the ids of every moved row, so the undo restores the register row by row.

interface Snapshot {
  pairId: string;
  pairStatus: string;
  fields: Partial<Record<MergeField, string>>;
  survivorBefore: Record<string, unknown>;
  mergedBefore: Record<string, unknown>;
  survivorVersion: number;
  mergedVersion: number;
  moved: Partial<Record<repo.MovedTable, string[]>>;
  hooks: Record<string, unknown>;
}

type Row = Record<string, unknown>;
const str = (v: unknown) => (v === null || v === undefined ? null : String(v));

/** The survivor's fields after the merge: each chosen field from the record the user picked. */
function survivorPatch(survivor: Row, merged: Row, mergedId: string, fields: Snapshot['fields']) {
  const from = (f: MergeField) => (fields[f] === mergedId ? merged : survivor);
  return {
    fullName: String(from('fullName').full_name),
    dob: str(from('dob').dob),
    dobPrecision: String(from('dob').dob_precision),
    sex: str(from('sex').sex),
    ethnicityCode: str(from('ethnicityCode').ethnicity_code),
    nationality: String(from('nationality').nationality),
    personalId: str(from('personalId').personal_id),
    personalIdKind: str(from('personalId').personal_id_kind),
    idVerification: String(from('personalId').id_verification),
    // A household known only on the merged record comes along.
    householdId: str(survivor.household_id ?? merged.household_id),
    schooling: str(from('schooling').schooling),
    notes: str(from('notes').notes),
  };
}

/** POST /api/children/duplicates/:id/merge. */
export async function mergePair(
  db: Db,
  ctx: AuthedContext,
  pairId: string,
  input: MergeInput,
): Promise<MergeResultDto> {
  return db.transaction(async (tx) => {
    const { pair, a, b } = await pairInScope(db, tx, ctx, pairId, { write: true, fresh: true });
    const ids = [a.id, b.id];
    const fields = input.fields ?? {};
    const chosen = Object.entries(fields).filter(([f]) => (mergeFields as readonly string[]).includes(f));
    if (!ids.includes(input.survivorId) || chosen.some(([, id]) => !ids.includes(id!)))
      throw new AppError('CHILD_MERGE_CHOICE_INVALID');
    const survivorId = input.survivorId;
    const mergedId = survivorId === a.id ? b.id : a.id;
    const by = ctx.user.id || null;
    const survivorBefore = await repo.lockChildJson(tx, pair.provinceId, survivorId);
    const mergedBefore = await repo.lockChildJson(tx, pair.provinceId, mergedId);
    // Re-checked under the row locks: a concurrent merge may have taken either record meanwhile.
    if (survivorBefore?.status !== 'active' || mergedBefore?.status !== 'active')
      throw new AppError('CHILD_DUPLICATE_STALE');

    // The merged record first: its personal ID leaves the active-ID index before the survivor takes it.
    const mergedVersion = await repo.markMerged(tx, pair.provinceId, mergedId, survivorId, by);
    const patch = survivorPatch(survivorBefore, mergedBefore, mergedId, fields);
    const survivorVersion = await repo.patchSurvivor(tx, pair.provinceId, survivorId, patch, by);
    const moved: Snapshot['moved'] = {};
    for (const table of repo.MOVED_TABLES)
      moved[table] = await repo.moveRows(tx, table, pair.provinceId, mergedId, survivorId);
    const snapshot: Snapshot = {
      pairId: pair.id,
      pairStatus: pair.status,
      fields,
      survivorBefore,
      mergedBefore,
      survivorVersion,
      mergedVersion,
      moved,
      hooks: {},
    };
    const mergeId = await repo.insertMerge(tx, {
      provinceId: pair.provinceId,
      survivorId,
      mergedId,
      snapshot,
      by,
    });
    const info: MergeHookInfo = { provinceId: pair.provinceId, mergeId, survivorId, mergedId };
    snapshot.hooks = await runMergedHooks(tx, info);
    if (Object.keys(snapshot.hooks).length) await repo.setSnapshot(tx, pair.provinceId, mergeId, snapshot);
    await decidePair(tx, pair, 'same', by);
    await auditMerge(tx, ctx, info, 'merge', {
      fields: Object.keys(fields),
      moved: Object.fromEntries(Object.entries(moved).map(([t, xs]) => [t, xs.length])),
    });
    return { mergeId, survivorId, mergedId };
  });
}

async function auditMerge(
  tx: Parameters<typeof recordAudit>[0],
  ctx: AuthedContext,
  info: MergeHookInfo,
  what: 'merge' | 'undo',
  extra: Record<string, unknown>,
) {
  const [survivorAfter, mergedAfter] =
    what === 'merge'
      ? [{ mergedFrom: info.mergedId }, { status: 'merged', mergedInto: info.survivorId }]
      : [{ mergeUndone: info.mergeId }, { status: 'active' }];
  await recordAudit(tx, ctx, {
    action: what === 'merge' ? 'create' : 'delete',
    entity: 'child_merge',
    entityId: info.mergeId,
    provinceId: info.provinceId,
    after: { survivorId: info.survivorId, mergedId: info.mergedId, ...extra },
  });
  await recordAudit(tx, ctx, {
    action: 'update',
    entity: 'child',
    entityId: info.survivorId,
    provinceId: info.provinceId,
    after: survivorAfter,
  });
  await recordAudit(tx, ctx, {
    action: 'update',
    entity: 'child',
    entityId: info.mergedId,
    provinceId: info.provinceId,
    after: mergedAfter,
  });
}

/**
 * POST /api/children/merges/:id/undo: both records, every moved row and the pair exactly as before.
 * Refused (409) once the survivor or the merged record changed after the merge.
 */
export async function undoMerge(db: Db, ctx: AuthedContext, mergeId: string): Promise<MergeResultDto> {
  return db.transaction(async (tx) => {
    const provinceId = ctx.user.provinceId;
    const m = provinceId ? await repo.lockMerge(tx, provinceId, mergeId) : undefined;
    const snap = m?.snapshot as Snapshot | undefined;
    const survivor = m && (await repo.lockChildJson(tx, m.provinceId, m.survivorId));
    const merged = m && (await repo.lockChildJson(tx, m.provinceId, m.mergedId));
    const visible = (r: Row | undefined) =>
      !!r && (ctx.user.unitIds === null || ctx.user.unitIds.has(String(r.unit_id)));
    if (!m || !snap || !visible(survivor) || !visible(merged) || !visible(snap.survivorBefore)) {
      await recordAudit(db, ctx, {
        action: 'update',
        entity: 'child_merge',
        entityId: mergeId,
        after: { refused: 'out_of_scope' },
      });
      throw new AppError('CHILD_MERGE_NOT_FOUND');
    }
    if (
      m.undoneAt ||
      survivor!.version !== snap.survivorVersion ||
      merged!.version !== snap.mergedVersion ||
      merged!.status !== 'merged'
    )
      throw new AppError('CHILD_MERGE_UNDO_STALE');
    const info: MergeHookInfo = {
      provinceId: m.provinceId,
      mergeId,
      survivorId: m.survivorId,
      mergedId: m.mergedId,
    };
    await runUndoneHooks(tx, info, snap.hooks ?? {});
    for (const table of repo.MOVED_TABLES)
      await repo.moveBack(tx, table, m.provinceId, snap.moved[table] ?? [], m.mergedId);
    // The survivor first: it may hold the merged record's personal ID, which must be free again.
    await repo.restoreChild(tx, m.provinceId, m.survivorId, snap.survivorBefore);
    // Its personal ID was free while it was merged: another child may hold it now.
    const id = str(snap.mergedBefore.personal_id);
    if (id && (await repo.personalIdHeld(tx, id, [m.survivorId, m.mergedId])))
      throw new AppError('CHILD_MERGE_UNDO_STALE');
    await repo.restoreChild(tx, m.provinceId, m.mergedId, snap.mergedBefore);
    await decidePair(tx, { provinceId: m.provinceId, id: snap.pairId }, 'pending', null);
    await repo.markUndone(tx, m.provinceId, mergeId, ctx.user.id || null);
    await auditMerge(tx, ctx, info, 'undo', {});
    return { mergeId, survivorId: m.survivorId, mergedId: m.mergedId };
  });
}
