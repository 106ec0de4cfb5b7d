import type { Db } from './pool';

// Where a read runs when a streaming replica is configured (READ_DATABASE_URL; docs/architecture.md §3).
// Routes opt in one by one (route spec `reads: 'replica'`, handlers pass `ctx.readDb`); everything else,
// every write and every session check stays on the primary. Read-your-writes: after a write the caller
// carries the primary's WAL position (pg_current_wal_lsn(), in a cookie, so any app process sees it);
// their replica-eligible reads go to the primary until the replica has replayed past that position.

/** 'X/Y' (hex halves) → a comparable number; null when malformed (a forged cookie is simply ignored). */
export function parseLsn(text: string | undefined | null): bigint | null {
  const m = /^([0-9A-F]{1,8})\/([0-9A-F]{1,8})$/i.exec(text ?? '');
  return m ? (BigInt(`0x${m[1]}`) << 32n) | BigInt(`0x${m[2]}`) : null;
}

export type ReadChoice = {
  db: Db;
  /** 'replica' or 'primary'; `fenceDone` = the caller's last write has reached the replica. */
  source: 'replica' | 'primary';
  fenceDone: boolean;
};

export interface ReadRouting {
  primary: Db;
  replica: Db | null;
  /** After a successful write: the WAL position the writer must see next (null without a replica). */
  writeFence(): Promise<string | null>;
  /** The handle for a replica-eligible read by a caller holding `fence` (or none). */
  choose(fence: string | undefined): Promise<ReadChoice>;
  /** Replica-eligible reads answered by each side since start (health and tests). */
  counts: { replica: number; primary: number };
}

/** After an error on the replica, reads stay on the primary this long before it is tried again. */
const REPLICA_BACKOFF_MS = 5000;

export function createReadRouting(primary: Db, replica: Db | null): ReadRouting {
  const counts = { replica: 0, primary: 0 };
  // Highest replay position seen: it only grows, so it is a safe lower bound between checks.
  let replayed = -1n;
  let asking: Promise<void> | null = null;
  let downUntil = 0;
  let checkedAt = 0;

  const refresh = (db: Db) => {
    checkedAt = Date.now();
    return (asking ??= db.$client
      .query<{ lsn: string | null }>('select pg_last_wal_replay_lsn()::text as lsn')
      .then((r) => {
        const lsn = parseLsn(r.rows[0]?.lsn);
        if (lsn !== null && lsn > replayed) replayed = lsn;
      })
      .catch(() => {
        downUntil = Date.now() + REPLICA_BACKOFF_MS;
      })
      .finally(() => {
        asking = null;
      }));
  };

  const pick = (source: 'replica' | 'primary', fenceDone: boolean): ReadChoice => {
    counts[source]++;
    return { db: source === 'replica' ? replica! : primary, source, fenceDone };
  };

  return {
    primary,
    replica,
    counts,
    async writeFence() {
      if (!replica) return null;
      const r = await primary.$client.query<{ lsn: string }>('select pg_current_wal_lsn()::text as lsn');
      return r.rows[0]!.lsn;
    },
    async choose(fence) {
      if (!replica || Date.now() < downUntil) return pick('primary', false);
      const want = parseLsn(fence);
      if (want === null) {
        // A background check each second notices a replica that stopped answering.
        if (Date.now() - checkedAt > 1000) void refresh(replica);
        return pick('replica', fence !== undefined);
      }
      if (want > replayed) await refresh(replica);
      if (Date.now() < downUntil) return pick('primary', false);
      return want <= replayed ? pick('replica', true) : pick('primary', false);
    },
  };
}
