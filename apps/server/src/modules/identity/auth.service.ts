import crypto from 'node:crypto';
import type { LoginInput, MeDto, Role } from '@vte/contracts';
import { rolePermissions } from '@vte/contracts';
import type { Config } from '../../config';
import type { AuthedContext, RequestContext } from '../../platform/auth/context';
import { burnVerify, hashPassword, verifyPassword } from '../../platform/auth/password';
import { assertStrongPassword } from '../../platform/auth/password-policy';
import type { Db } from '../../platform/db/pool';
import { AppError } from '../../platform/http/app-error';
import { recordAudit } from '../audit';
import * as repo from './identity.repo';
import { toUserDto } from './identity.dto';

export const SESSION_COOKIE = 'vte_session';
const sha256 = (s: string) => crypto.createHash('sha256').update(s).digest('hex');

export interface AuthDeps {
  db: Db;
  config: Config;
}

export async function login(d: AuthDeps, ctx: RequestContext, input: LoginInput) {
  const user = await repo.userByUsername(d.db, input.username);
  // Every failure costs one argon2 verify and gets the same 401: an attacker learns neither that the
  // username exists, nor that the account is locked or disabled, nor that the password was right.
  const passwordOk = user
    ? await verifyPassword(user.passwordHash, input.password)
    : await burnVerify(input.password);
  const locked = !!user?.lockedUntil && user.lockedUntil > new Date();
  if (!user || !passwordOk || locked || user.disabled) {
    // A wrong password counts towards the lockout even while locked out or disabled.
    if (user && !passwordOk)
      await repo.registerFailure(d.db, user.id, d.config.LOGIN_MAX_FAILURES, d.config.LOGIN_LOCK_MINUTES);
    const reason = !user ? 'unknown_user' : !passwordOk ? 'wrong_password' : locked ? 'locked' : 'disabled';
    await recordAudit(d.db, ctx, {
      action: 'login_failed',
      entity: 'app_user',
      entityId: user?.id ?? null,
      provinceId: user?.provinceId ?? null,
      unitId: user?.scopeUnitId ?? null,
      actor: { id: null, username: input.username.slice(0, 64) },
      after: { reason },
    });
    throw new AppError('AUTH_INVALID_CREDENTIALS');
  }

  const token = crypto.randomBytes(32).toString('base64url');
  const csrfToken = crypto.randomBytes(24).toString('base64url');
  const expiresAt = new Date(Date.now() + d.config.SESSION_TTL_HOURS * 3600_000);
  await d.db.transaction(async (tx) => {
    await repo.insertSession(tx, {
      tokenHash: sha256(token),
      userId: user.id,
      csrfToken,
      expiresAt,
      ip: ctx.ip,
      userAgent: ctx.userAgent,
    });
    await repo.updateUserRow(tx, user.id, { failedLogins: 0, lockedUntil: null, lastLoginAt: new Date() });
    await recordAudit(
      tx,
      { ...ctx, user: null },
      {
        action: 'login',
        entity: 'app_user',
        entityId: user.id,
        provinceId: user.provinceId,
        unitId: user.scopeUnitId,
        actor: { id: user.id, username: user.username },
      },
    );
  });
  const me = await meOf(d, user.id, csrfToken);
  return { token, expiresAt, me };
}

async function meOf(d: AuthDeps, userId: string, csrfToken: string): Promise<MeDto> {
  const view = await repo.userView(d.db, userId);
  if (!view) throw new AppError('UNAUTHENTICATED');
  return { user: toUserDto(view), permissions: [...rolePermissions[view.role as Role]], csrfToken };
}

export function me(d: AuthDeps, ctx: AuthedContext): Promise<MeDto> {
  return meOf(d, ctx.user.id, ctx.user.csrfToken);
}

export async function logout(d: AuthDeps, ctx: AuthedContext): Promise<void> {
  await d.db.transaction(async (tx) => {
    await repo.deleteSession(tx, ctx.user.sessionHash);
    await recordAudit(tx, ctx, { action: 'logout', entity: 'app_user', entityId: ctx.user.id });
  });
}

export async function changePassword(
  d: AuthDeps,
  ctx: AuthedContext,
  currentPassword: string,
  newPassword: string,
) {
  const user = await repo.userByUsername(d.db, ctx.user.username);
  if (!user || !(await verifyPassword(user.passwordHash, currentPassword)))
    throw new AppError('AUTH_WRONG_PASSWORD');
  if (currentPassword === newPassword) throw new AppError('AUTH_SAME_PASSWORD');
  await assertStrongPassword(newPassword, [user.username, user.fullName, user.email]);
  const hash = await hashPassword(newPassword);
  await d.db.transaction(async (tx) => {
    await repo.updateUserRow(tx, user.id, {
      passwordHash: hash,
      mustChangePassword: false,
      passwordChangedAt: new Date(),
    });
    // Other devices signed in with the old password are signed out.
    await repo.deleteSessionsOf(tx, user.id, ctx.user.sessionHash);
    await recordAudit(tx, ctx, { action: 'password_change', entity: 'app_user', entityId: user.id });
  });
}

export { repo as identityRepo };
