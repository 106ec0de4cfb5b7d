import crypto from 'node:crypto';
import {
  DEFAULT_LEGAL_BASIS,
  SAMPLE_MIN,
  SAMPLE_RATE,
  type CampaignDto,
  type CampaignItemDto,
  type CreateCampaignInput,
} from '@vte/contracts';
import type { AuthedContext } from '../../platform/auth/context';
import { inScope } from '../../platform/auth/context';
import type { Db, Exec } from '../../platform/db/pool';
import { AppError } from '../../platform/http/app-error';
import { isoDay } from '../../platform/dates';
import { recordAudit } from '../audit';
import { dataScope, getUnit, unitFullName, unitsByIds } from '../org';
import * as repo from './campaigns.repo';

// Cleaning campaigns (CV 2513 steps 1–4, QĐ 3978 phúc tra), docs/children.md "Cleaning campaigns".

export const today = (): string => isoDay(new Date());

export interface Scoped {
  campaign: repo.CampaignRow;
  /** The campaign's units the caller sees. */
  unitIds: string[];
}

/** A write refused for locality still leaves a trace (who tried what), outside the refused transaction. */
export async function auditRefused(db: Db, ctx: AuthedContext, entity: string, entityId: string | null) {
  await recordAudit(db, ctx, { action: 'update', entity, entityId, after: { refused: 'out_of_scope' } });
}

/**
 * The campaign if one of its units, or of the units its records were filed under, is in the caller's
 * scope (a commune worker sees her commune's part of a district's campaign); 404 otherwise.
 */
export async function scopedCampaign(
  db: Db,
  ctx: AuthedContext,
  id: string,
  opts: { write?: boolean } = {},
): Promise<Scoped> {
  const campaign = await repo.getCampaign(db, id);
  const all = campaign ? [...new Set([...campaign.unitIds, ...(await repo.itemUnits(db, campaign))])] : [];
  const unitIds = all.filter((u) => inScope(ctx.user, u));
  if (!campaign || !unitIds.length) {
    if (opts.write) await auditRefused(db, ctx, 'child_campaign', id);
    throw new AppError('CAMPAIGN_NOT_FOUND');
  }
  if (opts.write && campaign.status === 'closed') throw new AppError('CAMPAIGN_CLOSED');
  return { campaign, unitIds };
}

/** Narrows to one unit of the campaign when asked for; that unit must be one the caller sees. */
export function unitFilter(s: Scoped, unitId: string | undefined): string[] {
  if (!unitId) return s.unitIds;
  if (!s.unitIds.includes(unitId)) throw new AppError('CAMPAIGN_UNIT_NOT_FOUND');
  return [unitId];
}

async function toDto(exec: Exec, c: repo.CampaignRow): Promise<CampaignDto> {
  const units = await unitsByIds(exec, c.unitIds);
  const byId = new Map(units.map((u) => [u.id, unitFullName(u)]));
  return {
    id: c.id,
    name: c.name,
    legalBasis: c.legalBasis,
    units: c.unitIds.map((id) => ({ id, name: byId.get(id) ?? '' })),
    startsOn: c.startsOn,
    endsOn: c.endsOn,
    status: c.status === 'closed' ? 'closed' : 'open',
    refreshedAt: c.refreshedAt?.toISOString() ?? null,
    sample:
      c.sampleSeed && c.sampledAt
        ? {
            seed: c.sampleSeed,
            rate: c.sampleRate ?? SAMPLE_RATE,
            min: c.sampleMin ?? SAMPLE_MIN,
            drawnAt: c.sampledAt.toISOString(),
          }
        : null,
    createdAt: c.createdAt.toISOString(),
  };
}

/**
 * Where each record of the chosen units is filed: under its own unit when that is a current unit
 * below a chosen one (the district's communes, so each commune sees and is sampled on its own part),
 * else under the chosen unit (the unit itself, and predecessors such as Lý Sơn district for the đặc khu).
 */
async function unitMap(exec: Exec, unitIds: string[]): Promise<repo.UnitMap> {
  const map: repo.UnitMap = { childUnits: [], campaignUnits: [] };
  const seen = new Set<string>();
  for (const u of unitIds) {
    const covered = [...((await dataScope(exec, u)) ?? [])];
    const rows = new Map((await unitsByIds(exec, covered)).map((r) => [r.id, r]));
    const below = (id: string): boolean => {
      for (let p = rows.get(id)?.parentId; p; p = rows.get(p)?.parentId) if (p === u) return true;
      return false;
    };
    for (const c of covered) {
      // A unit covered by two chosen units (a district and one of its communes) goes to the first.
      if (seen.has(c)) continue;
      seen.add(c);
      map.childUnits.push(c);
      map.campaignUnits.push(c !== u && below(c) && rows.get(c)?.validTo == null ? c : u);
    }
  }
  return map;
}

async function checkedUnits(db: Db, ctx: AuthedContext, ids: string[]) {
  const unique = [...new Set(ids)];
  const units = await Promise.all(unique.map((id) => getUnit(db, id)));
  if (units.some((u, i) => !u || !inScope(ctx.user, unique[i]))) {
    await auditRefused(db, ctx, 'child_campaign', null);
    throw new AppError('CAMPAIGN_UNIT_NOT_FOUND');
  }
  const provinces = new Set(units.map((u) => u!.provinceId));
  if (provinces.size !== 1) throw new AppError('CAMPAIGN_UNITS_PROVINCES');
  // Children of units other than the chosen ones go first: a district before its communes keeps order.
  return { unitIds: unique, provinceId: units[0]!.provinceId };
}

/** Opens a campaign and snapshots every record with a problem today into its items. */
export async function openCampaign(
  db: Db,
  ctx: AuthedContext,
  input: CreateCampaignInput,
): Promise<CampaignDto> {
  const { unitIds, provinceId } = await checkedUnits(db, ctx, input.unitIds);
  const map = await unitMap(db, unitIds);
  return db.transaction(async (tx) => {
    const c = await repo.insertCampaign(tx, {
      provinceId,
      ownerUnitId: ctx.user.scopeUnitId ?? unitIds[0]!,
      name: input.name,
      legalBasis: input.legalBasis?.trim() || DEFAULT_LEGAL_BASIS,
      unitIds,
      startsOn: input.startsOn,
      endsOn: input.endsOn ?? null,
      refreshedAt: new Date(),
      createdBy: ctx.user.id || null,
      updatedBy: ctx.user.id || null,
    });
    const items = await repo.snapshotProblems(tx, {
      provinceId,
      campaignId: c.id,
      asOf: today(),
      map,
      userId: ctx.user.id || null,
    });
    await recordAudit(tx, ctx, {
      action: 'create',
      entity: 'child_campaign',
      entityId: c.id,
      provinceId,
      after: {
        name: c.name,
        legalBasis: c.legalBasis,
        unitIds,
        startsOn: c.startsOn,
        endsOn: c.endsOn,
        items,
      },
    });
    return toDto(tx, c);
  });
}

export async function listCampaigns(db: Db, ctx: AuthedContext): Promise<CampaignDto[]> {
  const rows = await repo.listCampaigns(db, ctx.user.unitIds === null ? null : [...ctx.user.unitIds]);
  return Promise.all(rows.map((r) => toDto(db, r)));
}

export async function getCampaign(db: Db, ctx: AuthedContext, id: string): Promise<CampaignDto> {
  return toDto(db, (await scopedCampaign(db, ctx, id)).campaign);
}

/** Adds records that have a problem now and marks those whose problems are gone. */
export async function refreshCampaign(db: Db, ctx: AuthedContext, id: string) {
  const { campaign: c } = await scopedCampaign(db, ctx, id, { write: true });
  const map = await unitMap(db, c.unitIds);
  return db.transaction(async (tx) => {
    const key = { provinceId: c.provinceId, campaignId: c.id, asOf: today(), userId: ctx.user.id || null };
    const added = await repo.snapshotProblems(tx, { ...key, map });
    const fixed = await repo.markFixed(tx, key);
    await repo.updateCampaign(tx, c, { refreshedAt: new Date(), updatedBy: ctx.user.id || null });
    await recordAudit(tx, ctx, {
      action: 'update',
      entity: 'child_campaign',
      entityId: c.id,
      provinceId: c.provinceId,
      after: { refreshed: true, added, fixed },
    });
    return { added, fixed };
  });
}

export async function closeCampaign(db: Db, ctx: AuthedContext, id: string): Promise<CampaignDto> {
  const { campaign: c } = await scopedCampaign(db, ctx, id, { write: true });
  return db.transaction(async (tx) => {
    await repo.updateCampaign(tx, c, { status: 'closed', updatedBy: ctx.user.id || null });
    await recordAudit(tx, ctx, {
      action: 'update',
      entity: 'child_campaign',
      entityId: c.id,
      provinceId: c.provinceId,
      before: { status: c.status },
      after: { status: 'closed' },
    });
    return toDto(tx, { ...c, status: 'closed' });
  });
}

/** Timestamps from raw SQL come as text, from Drizzle's query builder as Date. */
const iso = (v: Date | string | null) => (v === null ? null : new Date(v).toISOString());

export function itemDto(r: repo.ItemRow): CampaignItemDto {
  return {
    id: r.id,
    childId: r.childId,
    unitId: r.unitId,
    fullName: r.fullName,
    dob: r.dob,
    dobPrecision: r.dobPrecision,
    sex: r.sex,
    guardians: r.guardians,
    hamlet: r.hamlet,
    address: r.address,
    personalId: r.personalId,
    problems: r.problems,
    currentProblems: r.currentProblems,
    state: r.state as CampaignItemDto['state'],
    fixedAt: iso(r.fixedAt),
    visitResult: r.visitResult as CampaignItemDto['visitResult'],
    visitNote: r.visitNote,
    visitedAt: iso(r.visitedAt),
    policeSentAt: iso(r.policeSentAt),
    policeResult: r.policeResult as CampaignItemDto['policeResult'],
    policeNewId: r.policeNewId,
    inSample: r.inSample,
    recheckResult: r.recheckResult as CampaignItemDto['recheckResult'],
    recheckNote: r.recheckNote,
  };
}

/** Draws the phúc tra sample once per campaign (design: 5 %, at least 10 rows per unit). */
export async function drawSample(
  db: Db,
  ctx: AuthedContext,
  id: string,
  input: { rate?: number | undefined; min?: number | undefined },
) {
  const { campaign: c } = await scopedCampaign(db, ctx, id, { write: true });
  if (c.sampleSeed) throw new AppError('CAMPAIGN_SAMPLE_EXISTS');
  const seed = crypto.randomBytes(8).toString('hex');
  const rate = input.rate ?? SAMPLE_RATE;
  const min = input.min ?? SAMPLE_MIN;
  return db.transaction(async (tx) => {
    const units = await repo.drawSample(tx, { provinceId: c.provinceId, campaignId: c.id, seed, rate, min });
    await repo.updateCampaign(tx, c, {
      sampleSeed: seed,
      sampleRate: rate,
      sampleMin: min,
      sampledAt: new Date(),
      sampledBy: ctx.user.id || null,
    });
    await recordAudit(tx, ctx, {
      action: 'update',
      entity: 'child_campaign',
      entityId: c.id,
      provinceId: c.provinceId,
      after: { sample: { seed, rate, min, units } },
    });
    return { seed, units };
  });
}
