import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../db/pool';
import type { ReadRouting } from '../db/read-routing';

// The HTTP side of read-your-writes (platform/db/read-routing.ts decides): the writer's WAL position
// travels in a cookie, so whichever app process answers the next request knows it. The cookie grants
// nothing: a forged value can only send the caller's own reads to the primary, or to a replica that
// shows them older data they may see anyway.

export const READ_FENCE_COOKIE = 'vte_read_after';
const cookieOptions = (req: FastifyRequest) =>
  ({ path: '/api', httpOnly: true, sameSite: 'lax', secure: req.protocol === 'https' }) as const;

declare module 'fastify' {
  interface FastifyInstance {
    reads: ReadRouting;
  }
}

export const hasReadFence = (req: FastifyRequest): boolean => req.cookies?.[READ_FENCE_COOKIE] !== undefined;

/** The database a route's reads use: the replica for `reads: 'replica'` routes when safe, else the primary. */
export async function readDbFor(
  reads: ReadRouting,
  req: FastifyRequest,
  reply: FastifyReply,
  replicaAllowed: boolean,
): Promise<Db> {
  if (!replicaAllowed || !reads.replica) return reads.primary;
  const choice = await reads.choose(req.cookies?.[READ_FENCE_COOKIE]);
  if (choice.fenceDone) reply.clearCookie(READ_FENCE_COOKIE, cookieOptions(req));
  return choice.db;
}

/** After a successful write: remember where the primary's WAL was, for the writer's next reads. */
export async function fenceAfterWrite(
  reads: ReadRouting,
  req: FastifyRequest,
  reply: FastifyReply,
): Promise<void> {
  if (!reads.replica || reply.sent) return;
  // The write has committed: a failed position read must not turn its answer into an error.
  const lsn = await reads.writeFence().catch(() => null);
  if (lsn) reply.setCookie(READ_FENCE_COOKIE, lsn, cookieOptions(req));
}
