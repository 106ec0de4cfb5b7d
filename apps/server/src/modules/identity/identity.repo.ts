import { and, count, eq, inArray, lt, sql } from 'drizzle-orm';
import type { Exec } from '../../platform/db/pool';
import { agencyLabel, unitLabel } from '../org/org.views';
import { appUser, userSession } from './identity.tables';

export type UserRow = typeof appUser.$inferSelect;
export type UserView = UserRow & {
  agencyName: string | null;
  unitName: string | null;
  unitType: string | null;
};

const view = {
  user: appUser,
  agencyName: agencyLabel.name,
  unitName: unitLabel.name,
  unitType: unitLabel.type,
};

function flatten(r: {
  user: UserRow;
  agencyName: string | null;
  unitName: string | null;
  unitType: string | null;
}): UserView {
  return { ...r.user, agencyName: r.agencyName, unitName: r.unitName, unitType: r.unitType };
}

function baseQuery(exec: Exec) {
  return exec
    .select(view)
    .from(appUser)
    .leftJoin(agencyLabel, eq(agencyLabel.id, appUser.agencyId))
    .leftJoin(unitLabel, eq(unitLabel.id, appUser.scopeUnitId));
}

export async function userByUsername(exec: Exec, username: string): Promise<UserRow | undefined> {
  return (await exec.select().from(appUser).where(eq(appUser.username, username)))[0];
}

export async function userView(exec: Exec, id: string): Promise<UserView | undefined> {
  const r = (await baseQuery(exec).where(eq(appUser.id, id)))[0];
  return r && flatten(r);
}

export async function insertUser(exec: Exec, row: typeof appUser.$inferInsert): Promise<UserRow> {
  return (await exec.insert(appUser).values(row).returning())[0]!;
}

export async function updateUserRow(
  exec: Exec,
  id: string,
  patch: Partial<typeof appUser.$inferInsert>,
): Promise<void> {
  await exec
    .update(appUser)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(appUser.id, id));
}

export async function countUsers(exec: Exec): Promise<number> {
  return (await exec.select({ n: count() }).from(appUser))[0]?.n ?? 0;
}

/** Counts a failed sign-in; locks the account once the limit is reached. Returns the lock end if locked. */
export async function registerFailure(
  exec: Exec,
  id: string,
  max: number,
  lockMinutes: number,
): Promise<Date | null> {
  const r = await exec
    .update(appUser)
    .set({
      failedLogins: sql`case when ${appUser.failedLogins} + 1 >= ${max} then 0 else ${appUser.failedLogins} + 1 end`,
      lockedUntil: sql`case when ${appUser.failedLogins} + 1 >= ${max} then now() + make_interval(mins => ${lockMinutes}) else ${appUser.lockedUntil} end`,
    })
    .where(eq(appUser.id, id))
    .returning({ lockedUntil: appUser.lockedUntil });
  const until = r[0]?.lockedUntil ?? null;
  return until && until > new Date() ? until : null;
}

export async function insertSession(exec: Exec, row: typeof userSession.$inferInsert): Promise<void> {
  await exec.insert(userSession).values(row);
}

export async function touchSession(exec: Exec, tokenHash: string, expiresAt: Date): Promise<void> {
  await exec
    .update(userSession)
    .set({ lastSeenAt: new Date(), expiresAt })
    .where(eq(userSession.tokenHash, tokenHash));
}

export async function deleteSession(exec: Exec, tokenHash: string): Promise<void> {
  await exec.delete(userSession).where(eq(userSession.tokenHash, tokenHash));
}

export async function deleteSessionsOf(exec: Exec, userId: string, exceptHash?: string): Promise<void> {
  await exec
    .delete(userSession)
    .where(
      and(
        eq(userSession.userId, userId),
        exceptHash ? sql`${userSession.tokenHash} <> ${exceptHash}` : undefined,
      ),
    );
}

export async function purgeExpiredSessions(exec: Exec): Promise<number> {
  const r = await exec
    .delete(userSession)
    .where(lt(userSession.expiresAt, sql`now()`))
    .returning({ h: userSession.tokenHash });
  return r.length;
}

/** Who receives an agency's reminders: its active users. */
export async function activeUsersOfAgencies(exec: Exec, agencyIds: string[]) {
  if (!agencyIds.length) return [];
  return exec
    .select({ id: appUser.id, agencyId: appUser.agencyId, email: appUser.email, fullName: appUser.fullName })
    .from(appUser)
    .where(and(inArray(appUser.agencyId, agencyIds), eq(appUser.disabled, false)));
}

/** Active users of a role scoped exactly at one of these units (e.g. the focal department's officers). */
export async function activeUsersWithRole(exec: Exec, role: string, unitIds: string[]) {
  if (!unitIds.length) return [];
  return exec
    .select({ id: appUser.id, agencyId: appUser.agencyId, email: appUser.email, fullName: appUser.fullName })
    .from(appUser)
    .where(and(eq(appUser.role, role), inArray(appUser.scopeUnitId, unitIds), eq(appUser.disabled, false)));
}
