// The run's writes, all inside the caller's ONE transaction: new children with their first
// residence, household, guardians, circumstances and risks; matched children updated with what the
// list changed; one audit row per child (created, or before/after of what changed).
import crypto from 'node:crypto';
import { foldVi } from '@vte/contracts';
import type { RequestContext } from '../../platform/auth/context';
import type { Tx } from '../../platform/db/pool';
import { recordAuditMany, type AuditEntry } from '../audit';
import * as repo from './import.repo';
import type { RowDraft } from './import-types';

export interface CommitContext {
  tx: Tx;
  ctx: RequestContext;
  actorId: string | null;
  importId: string;
  provinceId: string;
  unitId: string;
  asOf: string;
  source: string;
  /** Called between slices so the caller can show progress (0..1 of the creates). */
  progress?: (done: number) => Promise<unknown>;
}

const SLICE = 5_000;

const idVerification = (d: RowDraft) =>
  d.personalIdBad
    ? 'sai_dinh_dang'
    : d.personalId && d.personalIdKind === 'cccd12'
      ? 'chua_xac_thuc'
      : 'chua_co';

/** A wrong ID is not stored as an ID; the list's text stays in the notes for the cleaning campaign. */
function notesOf(d: RowDraft): string | null {
  const bad =
    d.personalIdBad && d.personalIdRaw ? `Số định danh ghi trong danh sách: ${d.personalIdRaw}` : null;
  return [d.notes, bad].filter(Boolean).join('\n') || null;
}

function childRows(c: CommitContext, d: RowDraft, id: string) {
  const by = { createdBy: c.actorId, updatedBy: c.actorId };
  const unitId = d.unitId ?? c.unitId;
  const householdId = d.poverty ? crypto.randomUUID() : null;
  const key = { provinceId: c.provinceId, childId: id };
  return {
    household: householdId
      ? {
          provinceId: c.provinceId,
          id: householdId,
          unitId,
          hamlet: d.hamlet,
          address: d.address,
          povertyStatus: d.poverty,
          povertyYear: Number(c.asOf.slice(0, 4)),
          ...by,
        }
      : null,
    child: {
      provinceId: c.provinceId,
      id,
      fullName: d.fullName!,
      dob: d.dob,
      dobPrecision: d.dobPrecision,
      sex: d.sex,
      ethnicityCode: d.ethnicityCode,
      personalId: d.personalIdKind ? d.personalId : null,
      personalIdKind: d.personalIdKind,
      idVerification: idVerification(d),
      unitId,
      hamlet: d.hamlet,
      address: d.address,
      householdId,
      schooling: d.schooling,
      notes: notesOf(d),
      sourceRecordRef: `${c.source}, dòng ${d.row}`,
      ...by,
    },
    residence: {
      ...key,
      unitId,
      hamlet: d.hamlet,
      address: d.address,
      validFrom: c.asOf,
      source: c.source,
      ...by,
    },
    guardians: d.guardians.map((g, i) => ({
      ...key,
      relation: g.relation,
      fullName: g.fullName,
      phone: g.phone,
      isPrimaryContact: i === 0,
      ...by,
    })),
    groups: d.groups.map((g) => ({
      ...key,
      groupCode: g.group,
      subtypeCode: g.subtype,
      fromDate: c.asOf,
      source: c.source,
      ...by,
    })),
    risks: d.risks.map((r) => ({ ...key, riskCode: r, fromDate: c.asOf, source: c.source, ...by })),
  };
}

/** New children, in slices (one statement per table per slice), audited one row each. */
export async function createChildren(c: CommitContext, drafts: RowDraft[]): Promise<void> {
  for (let i = 0; i < drafts.length; i += SLICE) {
    const rows = drafts.slice(i, i + SLICE).map((d) => ({ d, r: childRows(c, d, crypto.randomUUID()) }));
    const households = rows.flatMap((x) => (x.r.household ? [x.r.household] : []));
    if (households.length) await repo.insertHouseholds(c.tx, households);
    await repo.insertChildren(
      c.tx,
      rows.map((x) => x.r.child),
    );
    await repo.insertResidences(
      c.tx,
      rows.map((x) => x.r.residence),
    );
    await repo.insertGuardians(
      c.tx,
      rows.flatMap((x) => x.r.guardians),
    );
    await repo.insertCircumstances(
      c.tx,
      rows.flatMap((x) => x.r.groups),
    );
    await repo.insertRisks(
      c.tx,
      rows.flatMap((x) => x.r.risks),
    );
    await recordAuditMany(
      c.tx,
      c.ctx,
      rows.map((x): AuditEntry => ({
        action: 'create',
        entity: 'child',
        entityId: x.r.child.id,
        provinceId: c.provinceId,
        unitId: x.r.child.unitId,
        after: { source: 'import', importId: c.importId, row: x.d.row },
      })),
    );
    await c.progress?.(Math.min(drafts.length, i + SLICE) / Math.max(1, drafts.length));
  }
}

type Fields = Partial<repo.NewChild>;

/** The fields the list changes: a blank cell never erases what the register knows. */
function changedFields(d: RowDraft, child: repo.RegisterChild) {
  // A list typed without accents ("NGO THI HANH") never strips the register's spelling.
  const sameName = d.fullName && foldVi(d.fullName) === foldVi(child.fullName);
  const want: Fields = {
    fullName: sameName ? undefined : (d.fullName ?? undefined),
    dob: d.dob ?? undefined,
    dobPrecision: d.dob ? d.dobPrecision : undefined,
    sex: d.sex ?? undefined,
    ethnicityCode: d.ethnicityCode ?? undefined,
    hamlet: d.hamlet ?? undefined,
    address: d.address ?? undefined,
    schooling: d.schooling ?? undefined,
  };
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(want)) {
    const old = (child as Record<string, unknown>)[k];
    if (v === undefined || v === old) continue;
    before[k] = old ?? null;
    after[k] = v;
  }
  // A child confirmed as the same without an ID in the register takes the list's ID (to be verified).
  if (!child.personalId && d.personalIdKind === 'cccd12' && d.personalId) {
    Object.assign(before, { personalId: null, idVerification: null });
    Object.assign(after, {
      personalId: d.personalId,
      personalIdKind: 'cccd12',
      idVerification: 'chua_xac_thuc',
    });
  }
  return { before, after };
}

/** Matched children: changed fields, plus guardians, circumstances and risks the register lacks. */
export async function updateChildren(
  c: CommitContext,
  updates: { draft: RowDraft; child: repo.RegisterChild }[],
): Promise<{ updated: number; unchanged: number }> {
  const subs = await repo.subRecordsOf(
    c.tx,
    c.provinceId,
    updates.map((u) => u.child.id),
  );
  const known = new Set([
    ...subs.guardians.map((g) => `${g.childId} g ${g.relation} ${g.nameFolded}`),
    ...subs.groups.map((g) => `${g.childId} c ${g.groupCode}`),
    ...subs.risks.map((g) => `${g.childId} r ${g.riskCode}`),
  ]);
  const audits: AuditEntry[] = [];
  const adds = {
    guardians: [] as repo.NewGuardian[],
    groups: [] as repo.NewCircumstance[],
    risks: [] as repo.NewRisk[],
  };
  for (const { draft, child } of updates) {
    const { before, after } = changedFields(draft, child);
    if (Object.keys(after).length) {
      const ok = await repo.updateChild(c.tx, child, { ...(after as Fields), updatedBy: c.actorId });
      if (!ok) throw new Error('child changed during the import');
      if ('hamlet' in after || 'address' in after)
        await repo.updateOpenResidence(
          c.tx,
          { provinceId: c.provinceId, childId: child.id },
          {
            hamlet: draft.hamlet ?? child.hamlet,
            address: draft.address ?? child.address,
            updatedBy: c.actorId,
          },
        );
    }
    const r = childRows(c, draft, child.id);
    const guardians = r.guardians.filter(
      (g) => !known.has(`${child.id} g ${g.relation} ${foldVi(g.fullName)}`),
    );
    const groups = r.groups.filter((g) => !known.has(`${child.id} c ${g.groupCode}`));
    const risks = r.risks.filter((g) => !known.has(`${child.id} r ${g.riskCode}`));
    adds.guardians.push(...guardians.map((g) => ({ ...g, isPrimaryContact: false })));
    adds.groups.push(...groups);
    adds.risks.push(...risks);
    if (guardians.length) after.guardiansAdded = guardians.map((g) => g.relation);
    if (groups.length) after.groupsAdded = groups.map((g) => g.groupCode);
    if (risks.length) after.risksAdded = risks.map((g) => g.riskCode);
    if (!Object.keys(after).length) continue;
    audits.push({
      action: 'update',
      entity: 'child',
      entityId: child.id,
      provinceId: c.provinceId,
      unitId: child.unitId,
      before,
      after: { ...after, source: 'import', importId: c.importId, row: draft.row },
    });
  }
  await repo.insertGuardians(c.tx, adds.guardians);
  await repo.insertCircumstances(c.tx, adds.groups);
  await repo.insertRisks(c.tx, adds.risks);
  await recordAuditMany(c.tx, c.ctx, audits);
  return { updated: audits.length, unchanged: updates.length - audits.length };
}
