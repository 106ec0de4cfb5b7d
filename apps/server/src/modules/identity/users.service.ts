import type { CreateUserInput, Role, UpdateUserInput, UserListQuery } from '@vte/contracts';
import type { AuthedContext } from '../../platform/auth/context';
import { inScope } from '../../platform/auth/context';
import { hashPassword } from '../../platform/auth/password';
import { assertStrongPassword, generateStrongPassword } from '../../platform/auth/password-policy';
import type { Db, Exec } from '../../platform/db/pool';
import { AppError } from '../../platform/http/app-error';
import { recordAudit } from '../audit';
import { getAgency, getUnit } from '../org';
import * as repo from './identity.repo';
import * as listRepo from './users-list.repo';
import { toUserDto } from './identity.dto';

/** A user record the caller may see: its scope unit lies in the caller's scope. 404 otherwise. */
async function visibleUser(exec: Exec, ctx: AuthedContext, id: string) {
  const u = await repo.userView(exec, id);
  if (!u) throw new AppError('USER_NOT_FOUND');
  if (ctx.user.unitIds !== null && (u.scopeUnitId === null || !ctx.user.unitIds.has(u.scopeUnitId))) {
    throw new AppError('USER_NOT_FOUND');
  }
  return u;
}

export async function listUsers(db: Db, ctx: AuthedContext, q: UserListQuery) {
  // The scope set itself (cached per unit): its array text is built once, not on every request.
  const { rows, total } = await listRepo.listUsers(db, q, ctx.user.unitIds);
  return { items: rows.map(toUserDto), total, page: q.page, pageSize: q.pageSize };
}

export async function getUser(db: Db, ctx: AuthedContext, id: string) {
  return toUserDto(await visibleUser(db, ctx, id));
}

/** Scope and agency of a user being created or changed: inside the caller's scope and consistent. */
async function placement(
  exec: Exec,
  ctx: AuthedContext,
  role: Role,
  scopeUnitId: string | null,
  agencyId: string | null,
) {
  let provinceId: string | null = null;
  if (scopeUnitId === null) {
    if (ctx.user.unitIds !== null) throw new AppError('USER_SCOPE_OUTSIDE');
  } else {
    const unit = await getUnit(exec, scopeUnitId);
    if (!unit || !inScope(ctx.user, unit.id)) throw new AppError('USER_SCOPE_OUTSIDE');
    provinceId = unit.provinceId;
  }
  if (role === 'agency_reporter' && !agencyId) throw new AppError('USER_AGENCY_REQUIRED');
  if (agencyId) {
    const a = await getAgency(exec, agencyId);
    if (!a || !inScope(ctx.user, a.unitId)) throw new AppError('USER_AGENCY_OUTSIDE_SCOPE');
    if (provinceId !== null && a.provinceId !== provinceId) throw new AppError('USER_AGENCY_OUTSIDE_SCOPE');
  }
  return provinceId;
}

function taken(e: unknown): never {
  const code = (e as { code?: string }).code ?? (e as { cause?: { code?: string } }).cause?.code;
  throw code === '23505' ? new AppError('USER_USERNAME_TAKEN') : e;
}

export async function createUser(db: Db, ctx: AuthedContext, input: CreateUserInput) {
  const generated = input.password === undefined;
  const password = input.password ?? (await generateStrongPassword());
  await assertStrongPassword(password, [input.username, input.fullName, input.email]);
  const passwordHash = await hashPassword(password);
  const user = await db
    .transaction(async (tx) => {
      const provinceId = await placement(tx, ctx, input.role, input.scopeUnitId, input.agencyId ?? null);
      const row = await repo.insertUser(tx, {
        username: input.username,
        fullName: input.fullName,
        email: input.email ?? null,
        phone: input.phone ?? null,
        role: input.role,
        agencyId: input.agencyId ?? null,
        scopeUnitId: input.scopeUnitId,
        provinceId,
        passwordHash,
        mustChangePassword: true,
      });
      const dto = toUserDto((await repo.userView(tx, row.id))!);
      await recordAudit(tx, ctx, {
        action: 'create',
        entity: 'app_user',
        entityId: row.id,
        provinceId,
        unitId: input.scopeUnitId,
        after: dto,
      });
      return dto;
    })
    .catch(taken);
  // An administrator-chosen password is not echoed back; a generated one is shown once.
  return { user, temporaryPassword: generated ? password : null };
}

export async function updateUser(db: Db, ctx: AuthedContext, id: string, input: UpdateUserInput) {
  return db.transaction(async (tx) => {
    const current = await visibleUser(tx, ctx, id);
    if (id === ctx.user.id && (input.disabled === true || (input.role && input.role !== current.role))) {
      throw new AppError('USER_SELF_DISABLE');
    }
    const role = (input.role ?? current.role) as Role;
    const scopeUnitId = input.scopeUnitId === undefined ? current.scopeUnitId : input.scopeUnitId;
    const agencyId = input.agencyId === undefined ? current.agencyId : (input.agencyId ?? null);
    const provinceId = await placement(tx, ctx, role, scopeUnitId, agencyId);
    const before = toUserDto(current);
    await repo.updateUserRow(tx, id, {
      ...(input.fullName !== undefined ? { fullName: input.fullName } : {}),
      ...(input.email !== undefined ? { email: input.email ?? null } : {}),
      ...(input.phone !== undefined ? { phone: input.phone ?? null } : {}),
      ...(input.disabled !== undefined ? { disabled: input.disabled } : {}),
      role,
      scopeUnitId,
      agencyId,
      provinceId,
    });
    // Losing access takes effect now, not at the session's expiry.
    if (input.disabled || role !== current.role || scopeUnitId !== current.scopeUnitId)
      await repo.deleteSessionsOf(tx, id);
    const after = toUserDto((await repo.userView(tx, id))!);
    await recordAudit(tx, ctx, {
      action: 'update',
      entity: 'app_user',
      entityId: id,
      provinceId,
      unitId: scopeUnitId,
      before,
      after,
    });
    return after;
  });
}

export async function resetPassword(db: Db, ctx: AuthedContext, id: string) {
  const temporaryPassword = await generateStrongPassword();
  const passwordHash = await hashPassword(temporaryPassword);
  await db.transaction(async (tx) => {
    const u = await visibleUser(tx, ctx, id);
    await repo.updateUserRow(tx, id, {
      passwordHash,
      mustChangePassword: true,
      failedLogins: 0,
      lockedUntil: null,
    });
    await repo.deleteSessionsOf(tx, id);
    await recordAudit(tx, ctx, {
      action: 'password_reset',
      entity: 'app_user',
      entityId: id,
      provinceId: u.provinceId,
      unitId: u.scopeUnitId,
    });
  });
  return { temporaryPassword };
}

export async function unlockUser(db: Db, ctx: AuthedContext, id: string) {
  return db.transaction(async (tx) => {
    const u = await visibleUser(tx, ctx, id);
    await repo.updateUserRow(tx, id, { failedLogins: 0, lockedUntil: null });
    const after = toUserDto((await repo.userView(tx, id))!);
    await recordAudit(tx, ctx, {
      action: 'update',
      entity: 'app_user',
      entityId: id,
      provinceId: u.provinceId,
      unitId: u.scopeUnitId,
      before: toUserDto(u),
      after,
    });
    return after;
  });
}

// Writes made at start-up or from the command line: no signed-in user, the origin says where.
const SYSTEM = { user: null, ip: 'cli', userAgent: 'vi-tre-em' } as const;

/** First start: one national administrator with a printed one-time password. */
export async function bootstrapAdmin(db: Db): Promise<{ username: string; password: string } | null> {
  if ((await repo.countUsers(db)) > 0) return null;
  const password = await generateStrongPassword();
  const row = await repo.insertUser(db, {
    username: 'admin',
    fullName: 'Quản trị hệ thống',
    role: 'admin',
    scopeUnitId: null,
    provinceId: null,
    passwordHash: await hashPassword(password),
    mustChangePassword: true,
  });
  await recordAudit(db, SYSTEM, {
    action: 'create',
    entity: 'app_user',
    entityId: row.id,
    after: toUserDto((await repo.userView(db, row.id))!),
  });
  return { username: 'admin', password };
}

/** CLI: create (or reset) a user without the HTTP layer. */
export async function createUserDirect(
  db: Exec,
  input: {
    username: string;
    password: string;
    role: Role;
    fullName?: string;
    scopeUnitId?: string | null;
    agencyId?: string | null;
  },
) {
  await assertStrongPassword(input.password, [input.username, input.fullName]);
  const scope = input.scopeUnitId ? await getUnit(db, input.scopeUnitId) : null;
  if (input.scopeUnitId && !scope) throw new AppError('USER_SCOPE_OUTSIDE');
  if (input.role === 'agency_reporter' && !input.agencyId) throw new AppError('USER_AGENCY_REQUIRED');
  const row = await repo
    .insertUser(db, {
      username: input.username,
      fullName: input.fullName ?? input.username,
      role: input.role,
      scopeUnitId: scope?.id ?? null,
      provinceId: scope?.provinceId ?? null,
      agencyId: input.agencyId ?? null,
      passwordHash: await hashPassword(input.password),
      mustChangePassword: false,
    })
    .catch(taken);
  await recordAudit(db, SYSTEM, {
    action: 'create',
    entity: 'app_user',
    entityId: row.id,
    provinceId: row.provinceId,
    unitId: row.scopeUnitId,
    after: toUserDto((await repo.userView(db, row.id))!),
  });
  return row.id;
}
