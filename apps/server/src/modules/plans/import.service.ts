import type { AgencyKind, AgencyRefInput, CreatePlanInput } from '@vte/contracts';
import { agencyKinds } from '@vte/contracts';
import type { AuthedContext } from '../../platform/auth/context';
import { inScope } from '../../platform/auth/context';
import type { Db, Tx } from '../../platform/db/pool';
import { AppError } from '../../platform/http/app-error';
import { recordAudit } from '../audit';
import { agenciesOfUnits, getUnit, knownAgencyNames, matchAgencyNames } from '../org';
import { listGroupsOfUnits, createAgencyForImport, ancestorsOf, registerAgencies } from './org-bridge';
import { PlanParseError, parsePlanFileIsolated, parsePlanText, type ParsedPlan } from './parse';
import * as repo from './plans.repo';
import { timeframeDue } from './state';

async function scopedUnit(db: Db, ctx: AuthedContext, unitId: string) {
  const unit = await getUnit(db, unitId);
  if (!unit || !inScope(ctx.user, unit.id)) throw new AppError('UNIT_NOT_FOUND');
  return unit;
}

function planDate(p: ParsedPlan): string {
  if (p.date && p.date.length === 10) return p.date;
  if (p.date) return `${p.date}-15`;
  return `${p.year ?? new Date().getFullYear()}-01-01`;
}

function agencyStrings(p: ParsedPlan): string[] {
  const all = p.tasks.flatMap((t) => [
    ...t.lead,
    ...t.partners,
    ...t.subtasks.flatMap((s) => [...s.lead, ...s.partners]),
  ]);
  return [...new Set(all)];
}

/** The review's register search, for a unit the user may import plans for. */
export async function searchImportAgencies(
  db: Db,
  ctx: AuthedContext,
  q: { unitId: string; at: string; q?: string | undefined },
) {
  const unit = await scopedUnit(db, ctx, q.unitId);
  return registerAgencies(db, unit.id, q.at, q.q || undefined);
}

/** Parse and match, saving nothing: what the review screen shows. */
export async function previewImport(
  db: Db,
  ctx: AuthedContext,
  unitId: string,
  source: { file?: Buffer; filename?: string; text?: string },
) {
  const unit = await scopedUnit(db, ctx, unitId);
  const known = await knownAgencyNames(
    db,
    unit.id,
    unit.validFrom > '2025-01-01' ? unit.validFrom : '2025-01-01',
  );
  let parsed: ParsedPlan;
  try {
    parsed = source.file
      ? await parsePlanFileIsolated(source.file, source.filename ?? 'ke-hoach.txt', {
          knownAgencyNames: known,
        })
      : parsePlanText(source.text ?? '', { knownAgencyNames: known });
  } catch (e) {
    if (e instanceof PlanParseError) throw new AppError(e.appCode, { reason: e.message });
    throw e;
  }
  if (!source.file && parsed.tasks.length === 0) throw new AppError('PLAN_PARSE_NOT_A_PLAN');
  const matches = await matchAgencyNames(db, unit.id, planDate(parsed), agencyStrings(parsed));
  return { parsed, matches };
}

interface Resolver {
  resolve(ref: AgencyRefInput, where: string): Promise<{ agencyId: string | null; groupId: string | null }>;
}

/** Turns each written agency phrase into a register id, creating agencies the user chose to create. */
export async function resolver(
  tx: Tx,
  ctx: AuthedContext,
  unit: { id: string; provinceId: string },
  validFrom: string,
): Promise<Resolver> {
  const units = await ancestorsOf(tx, unit.id);
  const agencies = new Set((await agenciesOfUnits(tx, units)).map((a) => a.id));
  const groups = new Set((await listGroupsOfUnits(tx, units)).map((g) => g.id));
  const created = new Map<string, string>();
  return {
    async resolve(ref, where) {
      if (ref.agencyId) {
        if (!agencies.has(ref.agencyId))
          throw new AppError('PLAN_AGENCY_INVALID', { where, writtenAs: ref.writtenAs });
        return { agencyId: ref.agencyId, groupId: null };
      }
      if (ref.groupId) {
        if (!groups.has(ref.groupId))
          throw new AppError('PLAN_AGENCY_INVALID', { where, writtenAs: ref.writtenAs });
        return { agencyId: null, groupId: ref.groupId };
      }
      if (ref.create) {
        const key = ref.create.name.toLowerCase();
        let id = created.get(key);
        if (!id) {
          const kind = (agencyKinds as readonly string[]).includes(ref.create.kind)
            ? (ref.create.kind as AgencyKind)
            : 'other';
          id = await createAgencyForImport(tx, ctx, {
            unitId: unit.id,
            provinceId: unit.provinceId,
            name: ref.create.name,
            kind,
            validFrom,
          });
          created.set(key, id);
          agencies.add(id);
        }
        return { agencyId: id, groupId: null };
      }
      throw new AppError('PLAN_UNRESOLVED_AGENCY', { where, writtenAs: ref.writtenAs });
    },
  };
}

type TaskInput = CreatePlanInput['tasks'][number] | CreatePlanInput['tasks'][number]['subtasks'][number];

/** Saves a reviewed plan whole, in one transaction, or nothing at all. */
export async function createPlan(db: Db, ctx: AuthedContext, input: CreatePlanInput) {
  const unit = await scopedUnit(db, ctx, input.unitId);
  for (const t of input.tasks) {
    if (!t.lead.length) throw new AppError('PLAN_TASK_NO_LEAD', { task: t.number });
  }
  return db.transaction(async (tx) => {
    const validFrom =
      input.issuedDate ?? (input.issuedMonth ? `${input.issuedMonth}-01` : `${input.year}-01-01`);
    const r = await resolver(tx, ctx, unit, validFrom);
    if (input.parentPlanId) {
      // The parent is the plan being implemented (the province's, or the district's for an agency plan).
      const parent = await repo.getPlan(tx, input.parentPlanId);
      if (!parent || parent.provinceId !== unit.provinceId) throw new AppError('PLAN_NOT_FOUND');
    }
    const plan = await repo.insertPlan(tx, planRow(input, unit, ctx));
    const saver = { tx, provinceId: unit.provinceId, planId: plan.id, resolver: r, ord: 0 };
    for (const t of input.tasks) {
      const row = await saveTask(saver, t, null);
      for (const sub of t.subtasks) await saveTask(saver, sub, row.id);
    }
    await recordAudit(tx, ctx, {
      action: 'create',
      entity: 'plan',
      entityId: plan.id,
      provinceId: plan.provinceId,
      after: {
        title: plan.title,
        number: plan.number,
        tasks: input.tasks.length,
        sourceFilename: plan.sourceFilename,
      },
    });
    return plan.id;
  });
}

function planRow(input: CreatePlanInput, unit: { id: string; provinceId: string }, ctx: AuthedContext) {
  return {
    provinceId: unit.provinceId,
    unitId: unit.id,
    issuerAgencyId: input.issuerAgencyId ?? null,
    issuerName: input.issuerName,
    number: input.number ?? null,
    place: input.place ?? null,
    issuedDate: input.issuedDate ?? null,
    issuedMonth: input.issuedMonth ?? null,
    year: input.year,
    title: input.title,
    bases: input.bases,
    purpose: input.purpose ?? null,
    requirements: input.requirements,
    funding: input.funding ?? null,
    organisation: input.organisation.map((o) => ({
      agency: o.agency ?? null,
      responsibilities: o.responsibilities,
    })),
    reporting: input.reporting,
    recipients: input.recipients,
    parentPlanId: input.parentPlanId ?? null,
    sourceFilename: input.sourceFilename ?? null,
    createdBy: ctx.user.id || null,
  };
}

/** One task (or sub-task) and its lead and partner assignments, in the plan's written order. */
async function saveTask(
  s: { tx: Tx; provinceId: string; planId: string; resolver: Resolver; ord: number },
  t: TaskInput,
  parentId: string | null,
) {
  const row = await repo.insertTask(s.tx, {
    provinceId: s.provinceId,
    planId: s.planId,
    parentId,
    ord: s.ord++,
    number: t.number,
    content: t.content,
    timeframeText: t.timeframeText ?? null,
    timeframe: t.timeframe ?? null,
    dueDate: timeframeDue(t.timeframe),
    outputs: t.outputs ?? null,
    budget: t.budget ?? null,
  });
  const assignments = [];
  for (const [role, refs] of [
    ['lead', t.lead],
    ['partner', t.partners],
  ] as const) {
    for (const [i, ref] of refs.entries()) {
      const id = await s.resolver.resolve(ref, `Nhiệm vụ ${t.number}`);
      assignments.push({
        provinceId: s.provinceId,
        taskId: row.id,
        role,
        ord: i,
        writtenAs: ref.writtenAs,
        ...id,
      });
    }
  }
  await repo.insertAssignments(s.tx, assignments);
  return row;
}
