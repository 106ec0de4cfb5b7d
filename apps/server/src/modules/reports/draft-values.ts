import type { DraftIssueDto, IndicatorEntryDto, IndicatorValueInput } from '@vte/contracts';
import type { AuthedContext } from '../../platform/auth/context';
import type { Tx } from '../../platform/db/pool';
import { AppError } from '../../platform/http/app-error';
import { saveIndicatorValues } from '../indicators';

// Issue 9 item 1: a draft always keeps what was typed. Indicator cells a rule refuses (a group
// above its total, a part above its whole) are kept with the report as "pending" and shown as
// typed; only submitting is refused until they are fixed.

type Scope = Parameters<typeof saveIndicatorValues>[2];
const key = (c: { indicatorId: string; disagg: string }) => `${c.indicatorId}|${c.disagg}`;

/** The cells still pending, overlaid by what was just sent (a later edit of a cell wins). */
export function mergeCells(
  pending: IndicatorValueInput[],
  sent: IndicatorValueInput[],
): IndicatorValueInput[] {
  const out = new Map(pending.map((c) => [key(c), c]));
  for (const c of sent) out.set(key(c), c);
  return [...out.values()];
}

function issuesOf(error: AppError): DraftIssueDto[] {
  const list = (error.details as { issues?: { path?: unknown; message?: unknown }[] } | undefined)?.issues;
  return (list ?? []).map((i) => {
    const path = typeof i.path === 'string' ? i.path : '';
    const [head, id] = path.split('.');
    return {
      path,
      message: typeof i.message === 'string' ? i.message : '',
      ...(head === 'values' && id ? { indicatorId: id } : {}),
    };
  });
}

/**
 * Saves the cells as a draft. When a rule refuses them, nothing of them is written (a savepoint
 * undoes the attempt) and they come back as pending with the rule's messages; any other error
 * (a cell not assigned to the agency) still refuses the whole save.
 */
export async function saveDraftValues(
  tx: Tx,
  ctx: AuthedContext,
  scope: Scope,
  cells: IndicatorValueInput[],
): Promise<{ pending: IndicatorValueInput[]; issues: DraftIssueDto[] }> {
  if (!cells.length) return { pending: [], issues: [] };
  try {
    await tx.transaction((sp) => saveIndicatorValues(sp, ctx, scope, cells, { complete: false }));
    return { pending: [], issues: [] };
  } catch (error) {
    if (error instanceof AppError && error.code === 'INDICATOR_VALUE_INVALID')
      return { pending: cells, issues: issuesOf(error) };
    throw error;
  }
}

/** The indicator grid with the pending cells as they were typed. */
export function withPending(
  entries: IndicatorEntryDto[],
  pending: IndicatorValueInput[],
): IndicatorEntryDto[] {
  if (!pending.length) return entries;
  const typed = new Map(pending.map((c) => [key(c), c]));
  return entries.map((e) => ({
    ...e,
    cells: e.cells.map((c) => {
      const p = typed.get(key({ indicatorId: e.indicator.id, disagg: c.disagg }));
      return p ? { ...c, value: p.value, comment: p.comment ?? null } : c;
    }),
  }));
}
