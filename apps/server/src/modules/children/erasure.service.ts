import type { childEraseInput } from '@vte/contracts';
import type { z } from 'zod';
import { inScope, type AuthedContext } from '../../platform/auth/context';
import type { Db, Exec } from '../../platform/db/pool';
import { AppError } from '../../platform/http/app-error';
import { recordAudit } from '../audit';
import { unitsByIds } from '../org';
import * as repo from './children.repo';
import { childInScope } from './children.service';
import { deleteSubRecords } from './subrecords.repo';
import { eraseMergeSnapshots, mergedInto } from './erasure.repo';

/**
 * Erasure on a lawful request (Law 91/2025): personal fields emptied, sub-records removed, the
 * record kept as a tombstone (unit, when, who, request reference) so counts of past periods and
 * links stay explainable. The audit row names the request; it never held personal text.
 */
export async function eraseChild(
  db: Db,
  ctx: AuthedContext,
  id: string,
  input: z.output<typeof childEraseInput>,
): Promise<{ id: string; status: 'erased' }> {
  return db.transaction(async (tx) => {
    const row = await childInScope(db, tx, ctx, id, true);
    const by = ctx.user.id || null;
    // Records merged into this one are the same child: they go too, and so do the merge snapshots.
    const mergedIds = await mergedInto(tx, row.provinceId, row.id);
    for (const mid of mergedIds) {
      const m = await repo.findChild(tx, row.provinceId, mid);
      await deleteSubRecords(tx, row.provinceId, mid);
      if (m) await repo.eraseChildRow(tx, m, { requestRef: input.requestRef, by });
    }
    await eraseMergeSnapshots(tx, row.provinceId, [row.id, ...mergedIds]);
    await deleteSubRecords(tx, row.provinceId, row.id);
    const erased = await repo.eraseChildRow(tx, row, { requestRef: input.requestRef, by });
    if (row.householdId) await repo.eraseOrphanHousehold(tx, row.provinceId, row.householdId);
    await recordAudit(tx, ctx, {
      action: 'delete',
      entity: 'child',
      entityId: row.id,
      provinceId: row.provinceId,
      unitId: row.unitId,
      after: {
        erased: true,
        requestRef: input.requestRef,
        reason: input.reason,
        version: erased.version,
        mergedRecords: mergedIds,
      },
    });
    return { id: row.id, status: 'erased' as const };
  });
}

/** What an auditor sees of an erased record; anything else answers 404 as usual. */
export async function childTombstone(exec: Exec, ctx: AuthedContext, id: string) {
  const row = await repo.findChild(exec, ctx.user.provinceId, id);
  if (!row || row.status !== 'erased' || !inScope(ctx.user, row.unitId))
    throw new AppError('CHILD_NOT_FOUND');
  const [unit] = await unitsByIds(exec, [row.unitId]);
  return {
    id: row.id,
    status: 'erased' as const,
    unit: { id: row.unitId, name: unit?.name ?? '' },
    erasedAt: (row.erasedAt ?? row.updatedAt).toISOString(),
    erasedBy: row.updatedBy,
    requestRef: row.erasureRef ?? '',
  };
}
