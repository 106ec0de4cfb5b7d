import type { Db } from '../../platform/db/pool';

/** What a request needs of its session and user: one indexed row, nothing secret beyond the CSRF token. */
export interface SessionRow {
  csrfToken: string;
  lastSeenAt: Date;
  expiresAt: Date;
  userId: string;
  username: string;
  fullName: string;
  role: string;
  agencyId: string | null;
  scopeUnitId: string | null;
  provinceId: string | null;
  mustChangePassword: boolean;
}

// A named prepared statement: parsed and planned once per connection, not on every request.
const SESSION_SQL = `
  select s.csrf_token as "csrfToken", s.last_seen_at as "lastSeenAt", s.expires_at as "expiresAt",
         u.id as "userId", u.username, u.full_name as "fullName", u.role, u.agency_id as "agencyId",
         u.scope_unit_id as "scopeUnitId", u.province_id as "provinceId",
         u.must_change_password as "mustChangePassword"
  from user_session s join app_user u on u.id = s.user_id
  where s.token_hash = $1 and s.expires_at > now() and not u.disabled`;

export const sessionQuery = (tokenHash: string) => ({
  name: 'vte_session',
  text: SESSION_SQL,
  values: [tokenHash],
});

/** The live session of this token hash with its (enabled) user, or undefined. */
export async function sessionByHash(db: Db, tokenHash: string): Promise<SessionRow | undefined> {
  return (await db.$client.query<SessionRow>(sessionQuery(tokenHash))).rows[0];
}
