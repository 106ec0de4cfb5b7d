import type { ChildDto } from '@vte/contracts';
import type { childMoveInput } from '@vte/contracts';
import type { z } from 'zod';
import { addDays } from '../../platform/dates';
import type { AuthedContext } from '../../platform/auth/context';
import type { Db } from '../../platform/db/pool';
import { AppError } from '../../platform/http/app-error';
import { recordAudit } from '../audit';
import * as repo from './children.repo';
import { assertUnitFor, childInScope, loadChildDto } from './children.service';

/**
 * A move: the open residence ends the day before `date`, a new one opens on `date`, and the
 * record mirrors the new place. A unit's succession is not a move: the period keeps the old unit
 * and scopes and counts follow the succession (org module), so nothing is retyped.
 */
export async function moveChild(
  db: Db,
  ctx: AuthedContext,
  id: string,
  input: z.output<typeof childMoveInput>,
): Promise<ChildDto> {
  return db.transaction(async (tx) => {
    const row = await childInScope(db, tx, ctx, id, true);
    if (row.version !== input.version) throw new AppError('CHILD_VERSION_CONFLICT', { version: row.version });
    const unit = await assertUnitFor(tx, ctx, input.unitId, input.date);
    // The province is the record's distribution key: a move to another province is a transfer.
    if (unit.provinceId !== row.provinceId)
      throw new AppError('CHILD_UNIT_OUT_OF_SCOPE', { reason: 'province' });
    const open = await repo.openResidence(tx, row.provinceId, row.id);
    if (open && input.date <= open.validFrom)
      throw new AppError('CHILD_MOVE_DATE_INVALID', { since: open.validFrom });
    const by = ctx.user.id || null;
    if (open) await repo.closeResidence(tx, row.provinceId, open.id, addDays(input.date, -1));
    await repo.insertResidence(tx, {
      provinceId: row.provinceId,
      childId: row.id,
      unitId: unit.id,
      hamlet: input.hamlet ?? null,
      address: input.address ?? null,
      kind: input.kind,
      validFrom: input.date,
      source: input.source ?? null,
      createdBy: by,
    });
    const updated = await repo.updateChild(tx, row, {
      unitId: unit.id,
      hamlet: input.hamlet ?? null,
      address: input.address ?? null,
      updatedBy: by,
    });
    if (!updated) throw new AppError('CHILD_VERSION_CONFLICT');
    await recordAudit(tx, ctx, {
      action: 'update',
      entity: 'child',
      entityId: row.id,
      provinceId: row.provinceId,
      unitId: unit.id,
      before: { unitId: row.unitId, residenceFrom: open?.validFrom ?? null },
      after: { move: true, unitId: unit.id, date: input.date, kind: input.kind },
    });
    return loadChildDto(tx, updated);
  });
}
