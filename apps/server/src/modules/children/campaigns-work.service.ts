import {
  campaignProblems,
  type BoardDto,
  type CampaignItemDto,
  type CampaignProblem,
  type RecheckResult,
  type VisitResult,
} from '@vte/contracts';
import type { AuthedContext } from '../../platform/auth/context';
import type { Db, Exec } from '../../platform/db/pool';
import { AppError } from '../../platform/http/app-error';
import { recordAudit } from '../audit';
import { unitFullName, unitsByIds } from '../org';
import * as repo from './campaigns.repo';
import { itemDto, scopedCampaign, today, unitFilter, type Scoped } from './campaigns.service';

// The campaign's daily work: the progress board, lists per unit and thôn, household visit results
// and phúc tra re-check results, one record at a time.

async function unitNames(exec: Exec, ids: string[]): Promise<Map<string, string>> {
  return new Map((await unitsByIds(exec, ids)).map((u) => [u.id, unitFullName(u)]));
}

const filterOf = (s: Scoped, unitIds: string[], asOf: string): repo.ItemFilter => ({
  provinceId: s.campaign.provinceId,
  campaignId: s.campaign.id,
  unitIds,
  asOf,
});

type Counts = Omit<repo.CountsRow, 'unitId'>;
const zero: Counts = {
  total: 0,
  open: 0,
  fixed: 0,
  visited: 0,
  sentToPolice: 0,
  verified: 0,
  returned: 0,
  sampled: 0,
  sampleChecked: 0,
  sampleErrors: 0,
};
const withRate = (c: Counts) => ({
  ...c,
  errorRate: c.sampleChecked ? Math.round((c.sampleErrors / c.sampleChecked) * 10000) / 10000 : null,
});

/** Progress per unit on `asOf` (today by default): what the campaign board shows. */
export async function board(db: Db, ctx: AuthedContext, id: string, asOf = today()): Promise<BoardDto> {
  const s = await scopedCampaign(db, ctx, id);
  const f = filterOf(s, s.unitIds, asOf);
  const [rows, problems, names] = await Promise.all([
    repo.progressByUnit(db, f),
    repo.openProblemCounts(db, f),
    unitNames(db, s.unitIds),
  ]);
  const byUnit = new Map(rows.map((r) => [r.unitId, r]));
  const units = s.unitIds.map((unitId) => {
    const { unitId: _u, ...c } = byUnit.get(unitId) ?? { unitId, ...zero };
    return { unitId, unitName: names.get(unitId) ?? '', ...withRate(c) };
  });
  const totals = { ...zero };
  for (const u of units) for (const k of Object.keys(zero) as (keyof Counts)[]) totals[k] += u[k];
  return {
    asOf,
    units,
    totals: withRate(totals),
    problems: problems
      .filter((p) => (campaignProblems as readonly string[]).includes(p.code))
      .map((p) => ({ code: p.code as CampaignProblem, count: p.count })),
  };
}

export async function hamlets(
  db: Db,
  ctx: AuthedContext,
  id: string,
  q: { unitId?: string | undefined; asOf?: string | undefined },
) {
  const s = await scopedCampaign(db, ctx, id);
  const units = unitFilter(s, q.unitId);
  const [rows, names] = await Promise.all([
    repo.countsByHamlet(db, filterOf(s, units, q.asOf ?? today())),
    unitNames(db, units),
  ]);
  return rows.map((r) => ({ ...r, unitName: names.get(r.unitId) ?? '' }));
}

export async function items(
  db: Db,
  ctx: AuthedContext,
  id: string,
  q: {
    unitId?: string | undefined;
    hamlet?: string | undefined;
    state?: string | undefined;
    open?: 'true' | 'false' | undefined;
    inSample?: 'true' | 'false' | undefined;
    asOf?: string | undefined;
    page: number;
    pageSize: number;
  },
) {
  const s = await scopedCampaign(db, ctx, id);
  const f: repo.ItemFilter = {
    ...filterOf(s, unitFilter(s, q.unitId), q.asOf ?? today()),
    hamlet: q.hamlet?.trim(),
    state: q.state,
    open: q.open === undefined ? undefined : q.open === 'true',
    inSample: q.inSample === undefined ? undefined : q.inSample === 'true',
  };
  const r = await repo.listItems(db, f, q);
  return { items: r.rows.map(itemDto), total: r.total, page: q.page, pageSize: q.pageSize };
}

/** One item of the campaign the caller sees, locked for the change. */
async function lockedItem(tx: Exec, s: Scoped, itemId: string) {
  const r = await repo.listItems(
    tx,
    { ...filterOf(s, s.unitIds, today()), itemIds: [itemId] },
    undefined,
    true,
  );
  const row = r.rows[0];
  if (!row) throw new AppError('CAMPAIGN_ITEM_NOT_FOUND');
  return row;
}

type Change = (tx: Exec, row: repo.ItemRow) => Promise<Record<string, unknown>>;

/** Changes one item in a transaction with its audit row; an item outside the caller's units is a 404, audited. */
async function changeItem(
  db: Db,
  ctx: AuthedContext,
  ids: { id: string; itemId: string },
  change: Change,
): Promise<CampaignItemDto> {
  const s = await scopedCampaign(db, ctx, ids.id, { write: true });
  try {
    return await db.transaction(async (tx) => {
      const row = await lockedItem(tx, s, ids.itemId);
      const after = await change(tx, row);
      await recordAudit(tx, ctx, {
        action: 'update',
        entity: 'child_campaign_item',
        entityId: row.id,
        provinceId: s.campaign.provinceId,
        unitId: row.unitId,
        before: Object.fromEntries(Object.keys(after).map((k) => [k, row[k as keyof repo.ItemRow] ?? null])),
        after,
      });
      const fresh = await repo.listItems(tx, { ...filterOf(s, s.unitIds, today()), itemIds: [row.id] });
      return itemDto(fresh.rows[0]!);
    });
  } catch (e) {
    if (e instanceof AppError && e.code === 'CAMPAIGN_ITEM_NOT_FOUND')
      await recordAudit(db, ctx, {
        action: 'update',
        entity: 'child_campaign_item',
        entityId: ids.itemId,
        after: { refused: 'out_of_scope' },
      });
    throw e;
  }
}

/** CV 2513 step 2: the household visit's outcome (the record itself is corrected on the child's page). */
export function recordVisit(
  db: Db,
  ctx: AuthedContext,
  ids: { id: string; itemId: string },
  input: { result: VisitResult; note?: string | null | undefined },
) {
  return changeItem(db, ctx, ids, async (tx, row) => {
    const visit = { result: input.result, note: input.note ?? null, userId: ctx.user.id || null };
    const state = await repo.setVisit(tx, { provinceId: row.provinceId, id: row.id }, visit);
    return { visitResult: visit.result, visitNote: visit.note, state };
  });
}

/** QĐ 3978 phúc tra: the re-check of a sampled record. */
export function recordRecheck(
  db: Db,
  ctx: AuthedContext,
  ids: { id: string; itemId: string },
  input: { result: RecheckResult; note?: string | null | undefined },
) {
  return changeItem(db, ctx, ids, async (tx, row) => {
    if (!row.inSample) throw new AppError('CAMPAIGN_NOT_IN_SAMPLE');
    const recheck = { result: input.result, note: input.note ?? null, userId: ctx.user.id || null };
    await repo.setRecheck(tx, { provinceId: row.provinceId, id: row.id }, recheck);
    return { recheckResult: recheck.result, recheckNote: recheck.note };
  });
}
