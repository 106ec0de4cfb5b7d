import type {
  AgencyListQuery,
  CreateAgencyInput,
  CreateGroupInput,
  UpdateAgencyInput,
  UpdateGroupInput,
} from '@vte/contracts';
import type { AuthedContext } from '../../platform/auth/context';
import { inScope } from '../../platform/auth/context';
import type { Db, Exec } from '../../platform/db/pool';
import { AppError } from '../../platform/http/app-error';
import { recordAudit } from '../audit';
import * as repo from './org.repo';
import * as listRepo from './agencies-list.repo';
import { toAgencyDto, toGroupDto, unitFullName } from './org.dto';
import { orgReadScope, orgReadSet } from './org.scope';
import { isUniqueViolation } from './units.service';

async function agencyDtos(exec: Exec, rows: repo.AgencyRow[]) {
  const unitIds = [...new Set(rows.map((r) => r.unitId))];
  const successorIds = [...new Set(rows.flatMap((r) => (r.successorId ? [r.successorId] : [])))];
  // Sequential: inside a transaction all queries share one connection.
  const units = await repo.unitsByIds(exec, unitIds);
  const successors = await repo.agenciesByIds(exec, successorIds);
  const groups = await repo.groupIdsOfAgencies(
    exec,
    rows.map((r) => r.id),
  );
  const unit = new Map(units.map((u) => [u.id, u]));
  const succ = new Map(successors.map((a) => [a.id, a.name]));
  return rows.map((r) => {
    const u = unit.get(r.unitId);
    return toAgencyDto(r, {
      unitName: u ? unitFullName(u) : '',
      successorName: r.successorId ? (succ.get(r.successorId) ?? null) : null,
      groupIds: groups.get(r.id) ?? [],
    });
  });
}

async function readableAgency(exec: Exec, ctx: AuthedContext, id: string) {
  const row = await repo.getAgency(exec, id);
  const visible = await orgReadScope(exec, ctx.user);
  if (!row || (visible && !visible.includes(row.unitId))) throw new AppError('AGENCY_NOT_FOUND');
  return row;
}

export async function listAgencies(db: Db, ctx: AuthedContext, q: AgencyListQuery) {
  const { rows, total } = await listRepo.listAgencies(db, q, await orgReadSet(db, ctx.user));
  const items = rows.map((r) =>
    toAgencyDto(r, {
      unitName: unitFullName({ name: r.unitName, type: r.unitType }),
      successorName: r.successorName,
      groupIds: r.groupIds,
    }),
  );
  return { items, total, page: q.page, pageSize: q.pageSize };
}

export async function getAgency(db: Db, ctx: AuthedContext, id: string) {
  return (await agencyDtos(db, [await readableAgency(db, ctx, id)]))[0]!;
}

/** Linked agencies (parent, successor) must be ones the user manages, in the same province. */
async function checkLinks(
  exec: Exec,
  ctx: AuthedContext,
  provinceId: string,
  ids: (string | null | undefined)[],
) {
  for (const id of ids) {
    if (!id) continue;
    const a = await repo.getAgency(exec, id);
    if (!a || a.provinceId !== provinceId || !inScope(ctx.user, a.unitId))
      throw new AppError('AGENCY_NOT_FOUND');
  }
}

async function writableUnit(exec: Exec, ctx: AuthedContext, unitId: string) {
  const unit = await repo.getUnit(exec, unitId);
  if (!unit || !inScope(ctx.user, unit.id)) throw new AppError('UNIT_NOT_FOUND');
  return unit;
}

function checkDates(from: string, to: string | null | undefined) {
  if (to && to < from) throw new AppError('UNIT_DATES_INVALID');
}

function nameTaken<T>(p: Promise<T>): Promise<T> {
  return p.catch((e: unknown) => {
    throw isUniqueViolation(e) ? new AppError('AGENCY_NAME_TAKEN') : e;
  });
}

export function createAgency(db: Db, ctx: AuthedContext, input: CreateAgencyInput) {
  return nameTaken(db.transaction((tx) => createAgencyIn(tx, ctx, input)));
}

/**
 * Creates an agency inside the caller's transaction with every check of the API (unit in the
 * caller's scope, links, dates, unique name, audit): plan import creates the agencies a plan names.
 */
export function createAgencyIn(exec: Exec, ctx: AuthedContext, input: CreateAgencyInput) {
  checkDates(input.validFrom, input.validTo);
  return nameTaken(insertAgency(exec, ctx, input));
}

async function insertAgency(tx: Exec, ctx: AuthedContext, input: CreateAgencyInput) {
  const unit = await writableUnit(tx, ctx, input.unitId);
  await checkLinks(tx, ctx, unit.provinceId, [input.parentAgencyId, input.successorId]);
  const row = await repo.insertAgency(tx, {
    ...input,
    provinceId: unit.provinceId,
    shortName: input.shortName ?? null,
    parentAgencyId: input.parentAgencyId ?? null,
    successorId: input.successorId ?? null,
    validTo: input.validTo ?? null,
    phone: input.phone ?? null,
    email: input.email ?? null,
    address: input.address ?? null,
  });
  const dto = (await agencyDtos(tx, [row]))[0]!;
  await recordAudit(tx, ctx, {
    action: 'create',
    entity: 'agency',
    entityId: row.id,
    provinceId: row.provinceId,
    unitId: row.unitId,
    after: dto,
  });
  return dto;
}

export function updateAgency(db: Db, ctx: AuthedContext, id: string, input: UpdateAgencyInput) {
  return nameTaken(
    db.transaction(async (tx) => {
      const row = await repo.getAgency(tx, id);
      if (!row || !inScope(ctx.user, row.unitId)) throw new AppError('AGENCY_NOT_FOUND');
      const unit = input.unitId ? await writableUnit(tx, ctx, input.unitId) : undefined;
      if (unit && unit.provinceId !== row.provinceId) throw new AppError('UNIT_NOT_FOUND');
      if (input.successorId === id || input.parentAgencyId === id) throw new AppError('AGENCY_NOT_FOUND');
      await checkLinks(tx, ctx, row.provinceId, [input.parentAgencyId, input.successorId]);
      checkDates(input.validFrom ?? row.validFrom, input.validTo === undefined ? row.validTo : input.validTo);
      const before = (await agencyDtos(tx, [row]))[0]!;
      const patch = Object.fromEntries(Object.entries(input).map(([k, v]) => [k, v ?? null]));
      const updated = await repo.updateAgencyRow(tx, id, patch);
      const after = (await agencyDtos(tx, [updated]))[0]!;
      await recordAudit(tx, ctx, {
        action: 'update',
        entity: 'agency',
        entityId: id,
        provinceId: row.provinceId,
        unitId: row.unitId,
        before,
        after,
      });
      return after;
    }),
  );
}

async function groupDtos(exec: Exec, rows: repo.GroupRow[]) {
  const members = await repo.groupMembers(
    exec,
    rows.map((r) => r.id),
  );
  return rows.map((r) => toGroupDto(r, members.get(r.id) ?? []));
}

export async function listGroups(db: Db, ctx: AuthedContext, unitId: string | undefined) {
  return groupDtos(db, await repo.listGroups(db, unitId, await orgReadScope(db, ctx.user)));
}

export async function getGroup(db: Db, ctx: AuthedContext, id: string) {
  const row = await repo.getGroup(db, id);
  const visible = await orgReadScope(db, ctx.user);
  if (!row || (visible && !visible.includes(row.unitId))) throw new AppError('GROUP_NOT_FOUND');
  return (await groupDtos(db, [row]))[0]!;
}

async function checkMembers(exec: Exec, ctx: AuthedContext, provinceId: string, ids: string[]) {
  const found = await repo.agenciesByIds(exec, [...new Set(ids)]);
  if (
    found.length !== new Set(ids).size ||
    found.some((a) => a.provinceId !== provinceId || !inScope(ctx.user, a.unitId))
  ) {
    throw new AppError('GROUP_MEMBER_INVALID');
  }
}

export function createGroup(db: Db, ctx: AuthedContext, input: CreateGroupInput) {
  return nameTaken(
    db.transaction(async (tx) => {
      const unit = await writableUnit(tx, ctx, input.unitId);
      await checkMembers(tx, ctx, unit.provinceId, input.memberIds);
      const row = await repo.insertGroup(tx, {
        provinceId: unit.provinceId,
        unitId: unit.id,
        name: input.name,
        aliases: input.aliases,
        description: input.description ?? null,
      });
      await repo.setGroupMembers(tx, row.id, [...new Set(input.memberIds)]);
      const dto = (await groupDtos(tx, [row]))[0]!;
      await recordAudit(tx, ctx, {
        action: 'create',
        entity: 'agency_group',
        entityId: row.id,
        provinceId: row.provinceId,
        unitId: row.unitId,
        after: dto,
      });
      return dto;
    }),
  );
}

export function updateGroup(db: Db, ctx: AuthedContext, id: string, input: UpdateGroupInput) {
  return nameTaken(
    db.transaction(async (tx) => {
      const row = await repo.getGroup(tx, id);
      if (!row || !inScope(ctx.user, row.unitId)) throw new AppError('GROUP_NOT_FOUND');
      const before = (await groupDtos(tx, [row]))[0]!;
      const { memberIds, ...fields } = input;
      if (memberIds) {
        await checkMembers(tx, ctx, row.provinceId, memberIds);
        await repo.setGroupMembers(tx, id, [...new Set(memberIds)]);
      }
      const patch = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v ?? null]));
      const updated = await repo.updateGroupRow(tx, id, patch);
      const after = (await groupDtos(tx, [updated]))[0]!;
      await recordAudit(tx, ctx, {
        action: 'update',
        entity: 'agency_group',
        entityId: id,
        provinceId: row.provinceId,
        unitId: row.unitId,
        before,
        after,
      });
      return after;
    }),
  );
}
