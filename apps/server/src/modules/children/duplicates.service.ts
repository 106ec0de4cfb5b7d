import {
  foldVi,
  maskChildName,
  nameTokens,
  type ChildMatchDraft,
  type ChildMatchResultDto,
  type DuplicatePairDetailDto,
  type DuplicatePairDto,
  type DuplicateScanResultDto,
} from '@vte/contracts';
import { inScope, type AuthedContext, type AuthUser } from '../../platform/auth/context';
import type { Db, Exec } from '../../platform/db/pool';
import { AppError } from '../../platform/http/app-error';
import { recordAudit } from '../audit';
import { getUnit } from '../org';
import * as repo from './duplicates.repo';
import {
  inFileDuplicates,
  matchBand,
  normalisePersonalId,
  scorePair,
  type MatchInput,
  type MatchResult,
} from './match';

// Duplicates against the register (docs/children.md, "Duplicates"): the forced search before a
// child is added, the scan of a unit into the review queue, the queue and "not the same child".

const PURPOSE = 'lam_sach';
const MAX_CANDIDATES = 20;
const QUEUE_LIMIT = 500;

type Scope = Pick<AuthUser, 'provinceId' | 'unitIds'>;
const scopeUnits = (u: Scope) => (u.unitIds ? [...u.unitIds] : null);

/** A register row as the scorer's input: mother and father by relation, other carers as guardians. */
export function matchInputOf(r: repo.MatchRow): MatchInput {
  const named = (rel: string) => r.guardians.find((g) => g.relation === rel)?.fullName ?? null;
  return {
    fullName: r.fullName,
    dob: r.dob,
    dobPrecision: r.dobPrecision as MatchInput['dobPrecision'],
    sex: (r.sex as MatchInput['sex']) ?? null,
    personalId: r.personalIdKind === 'cccd12' ? r.personalId : null,
    motherName: named('me'),
    fatherName: named('cha'),
    guardianNames: r.guardians
      .filter((g) => g.relation !== 'me' && g.relation !== 'cha')
      .map((g) => g.fullName),
    unitId: r.unitId,
    hamlet: r.hamlet,
  };
}

export interface RegisterCandidate {
  child: repo.MatchRow;
  result: MatchResult;
}

/**
 * Register children in the user's scope that may be the draft's child, best first; twins of the
 * draft come back apart (a hint, never a proposal). Used by the forced search and the import.
 */
export async function findRegisterCandidates(
  exec: Exec,
  ctx: { user: Scope },
  draft: MatchInput,
): Promise<{ candidates: RegisterCandidate[]; twins: repo.MatchRow[] }> {
  const provinceId =
    ctx.user.provinceId ?? (draft.unitId ? ((await getUnit(exec, draft.unitId))?.provinceId ?? null) : null);
  const tokens = nameTokens(draft.fullName);
  if (!provinceId || tokens.length === 0) return { candidates: [], twins: [] };
  const year = /^(\d{4})/.exec(draft.dob ?? '');
  const rows = await repo.candidates(exec, provinceId, scopeUnits(ctx.user), {
    personalId: draft.personalIdFlagged ? null : normalisePersonalId(draft.personalId),
    given: tokens[tokens.length - 1]!,
    folded: tokens.join(' '),
    year: year ? Number(year[1]) : null,
    mother: draft.motherName ? foldVi(draft.motherName) || null : null,
  });
  const candidates: RegisterCandidate[] = [];
  const twins: repo.MatchRow[] = [];
  for (const child of rows) {
    const result = scorePair(draft, matchInputOf(child));
    if (result.twins) twins.push(child);
    else if (result.kind !== 'none') candidates.push({ child, result });
  }
  candidates.sort((a, b) => b.result.score - a.result.score || a.child.id.localeCompare(b.child.id));
  return { candidates: candidates.slice(0, MAX_CANDIDATES), twins };
}

/** POST /api/children/match: the forced search before a child is added. */
export async function matchDraft(
  db: Db,
  ctx: AuthedContext,
  draft: ChildMatchDraft,
): Promise<ChildMatchResultDto> {
  const { candidates, twins } = await findRegisterCandidates(db, ctx, {
    fullName: draft.fullName,
    dob: draft.dob ?? null,
    dobPrecision: draft.dobPrecision ?? 'day',
    sex: draft.sex ?? null,
    personalId: draft.personalId ?? null,
    fatherName: draft.fatherName ?? null,
    motherName: draft.motherName ?? null,
    unitId: draft.unitId ?? null,
    hamlet: draft.hamlet ?? null,
  });
  const masked = !ctx.user.permissions.has('children.read');
  const name = (n: string) => (masked ? maskChildName(n) : n);
  return {
    candidates: candidates.map(({ child: c, result: r }) => ({
      id: c.id,
      fullName: name(c.fullName),
      dob: c.dob,
      dobPrecision: c.dobPrecision,
      sex: c.sex,
      unitId: c.unitId,
      unitName: c.unitName,
      hamlet: masked ? null : c.hamlet,
      score: r.score,
      kind: r.kind as 'same_id' | 'probable',
      band: matchBand(r.score) ?? 'review',
      reasons: r.reasons,
    })),
    twins: twins.map((c) => ({ id: c.id, fullName: name(c.fullName) })),
  };
}

/**
 * Scores every pair of a unit's active children (blocked, as for a file) and stores the proposed
 * pairs as pending; a pair decided "not the same child" stays decided. For the import's hook too.
 */
export async function scanUnitChildren(
  exec: Exec,
  provinceId: string,
  unitId: string,
  by: string | null,
): Promise<DuplicateScanResultDto> {
  const children = await repo.unitChildren(exec, provinceId, unitId);
  const found = inFileDuplicates(children.map((c, i) => ({ ...matchInputOf(c), row: i })));
  const pairs = found.map((f) => {
    const [x, y] = [children[f.rows[0]]!.id, children[f.rows[1]]!.id].sort();
    return { childA: x!, childB: y!, score: f.score, kind: f.kind, reasons: f.reasons };
  });
  const pending = pairs.length ? await repo.upsertPairs(exec, provinceId, pairs, by) : 0;
  return { found: pairs.length, pending };
}

/** POST /api/children/duplicates/scan: a unit in the user's scope (else 404). */
export async function scanUnit(db: Db, ctx: AuthedContext, unitId: string): Promise<DuplicateScanResultDto> {
  const unit = await getUnit(db, unitId);
  if (!unit || !inScope(ctx.user, unitId)) throw new AppError('CHILD_SCAN_UNIT_NOT_FOUND');
  return db.transaction(async (tx) => {
    const r = await scanUnitChildren(tx, unit.provinceId, unitId, ctx.user.id || null);
    await recordAudit(tx, ctx, {
      action: 'create',
      entity: 'child_duplicate',
      provinceId: unit.provinceId,
      unitId,
      after: { scan: true, ...r },
    });
    return r;
  });
}

const pairDto = (d: repo.QueueRow): DuplicatePairDto => ({
  id: d.id,
  score: Math.round(d.score * 1000) / 1000,
  kind: d.kind,
  band: matchBand(d.score),
  reasons: d.reasons ?? [],
  status: d.status,
  a: { id: d.childA, fullName: d.aName, dob: d.aDob, dobPrecision: d.aPrecision },
  b: { id: d.childB, fullName: d.bName, dob: d.bDob, dobPrecision: d.bPrecision },
});

/** GET /api/children/duplicates: pending pairs whose two children are both in the user's scope. */
export async function listPairs(db: Db, ctx: AuthedContext): Promise<{ items: DuplicatePairDto[] }> {
  if (!ctx.user.provinceId) return { items: [] };
  const rows = await repo.pendingPairs(db, ctx.user.provinceId, scopeUnits(ctx.user), QUEUE_LIMIT);
  return { items: rows.map(pairDto) };
}

export interface PairInScope {
  pair: repo.PairRow;
  a: NonNullable<Awaited<ReturnType<typeof repo.pairSide>>>;
  b: NonNullable<Awaited<ReturnType<typeof repo.pairSide>>>;
}

/**
 * The pair, if both its children are in the user's scope; else 404 (a refused write audited, outside
 * the rolled-back transaction). `fresh`: pending with both children active, else 409.
 */
export async function pairInScope(
  db: Db,
  exec: Exec,
  ctx: AuthedContext,
  id: string,
  opts: { write: boolean; fresh: boolean },
): Promise<PairInScope> {
  const provinceId = ctx.user.provinceId;
  const pair = provinceId ? await repo.pairById(exec, provinceId, id, opts.write) : undefined;
  const a = pair && (await repo.pairSide(exec, pair.provinceId, pair.childA));
  const b = pair && (await repo.pairSide(exec, pair.provinceId, pair.childB));
  if (!pair || !a || !b || !inScope(ctx.user, a.unitId) || !inScope(ctx.user, b.unitId)) {
    if (opts.write)
      await recordAudit(db, ctx, {
        action: 'update',
        entity: 'child_duplicate',
        entityId: id,
        after: { refused: 'out_of_scope' },
      });
    throw new AppError('CHILD_DUPLICATE_NOT_FOUND');
  }
  if (opts.fresh && (pair.status !== 'pending' || a.status !== 'active' || b.status !== 'active'))
    throw new AppError('CHILD_DUPLICATE_STALE');
  return { pair, a, b };
}

/** GET /api/children/duplicates/:id: both records side by side, each opening audited (purpose lam_sach). */
export async function readPair(db: Db, ctx: AuthedContext, id: string): Promise<DuplicatePairDetailDto> {
  return db.transaction(async (tx) => {
    const { pair, a, b } = await pairInScope(db, tx, ctx, id, { write: false, fresh: false });
    for (const side of [a, b])
      await recordAudit(tx, ctx, {
        action: 'read',
        entity: 'child',
        entityId: side.id,
        provinceId: pair.provinceId,
        unitId: side.unitId,
        after: { purpose: PURPOSE, duplicatePair: pair.id },
      });
    const summary = pairDto({
      ...pair,
      aName: a.fullName,
      aDob: a.dob,
      aPrecision: a.dobPrecision,
      bName: b.fullName,
      bDob: b.dob,
      bPrecision: b.dobPrecision,
    });
    const side = ({ status: _status, ...s }: typeof a) => s;
    return { ...summary, left: side(a), right: side(b) };
  });
}

/** POST /api/children/duplicates/:id/not-same: remembered; the pair is never proposed again. */
export async function markNotSame(db: Db, ctx: AuthedContext, id: string): Promise<DuplicatePairDto> {
  return db.transaction(async (tx) => {
    const { pair, a, b } = await pairInScope(db, tx, ctx, id, { write: true, fresh: true });
    await repo.decidePair(tx, pair, 'different', ctx.user.id || null);
    await recordAudit(tx, ctx, {
      action: 'update',
      entity: 'child_duplicate',
      entityId: pair.id,
      provinceId: pair.provinceId,
      unitId: a.unitId,
      before: { status: pair.status },
      after: { status: 'different', childA: a.id, childB: b.id },
    });
    const dto = pairDto({
      ...pair,
      aName: a.fullName,
      aDob: a.dob,
      aPrecision: a.dobPrecision,
      bName: b.fullName,
      bDob: b.dob,
      bPrecision: b.dobPrecision,
    });
    return { ...dto, status: 'different' };
  });
}
