import { sql } from 'drizzle-orm';
import type { Exec } from '../../platform/db/pool';
import { anyUuid } from '../../platform/db/sql';

// What else holds the child's personal data in the register: records merged into it (the same
// child), and the merge snapshots that keep both rows as they were for an undo.

/** Records merged into this child, directly or through earlier merges. */
export async function mergedInto(exec: Exec, provinceId: string, childId: string): Promise<string[]> {
  const r = await exec.execute<{ id: string }>(sql`
    with recursive m(id) as (
      select id from child where province_id = ${provinceId} and merged_into_id = ${childId}
      union
      select c.id from child c join m on c.merged_into_id = m.id where c.province_id = ${provinceId}
    ) select id from m`);
  return r.rows.map((x) => x.id);
}

/**
 * Merge snapshots naming one of these children lose the rows they kept: only the unit (for scope),
 * the versions (so an undo answers "changed since") and the moved row ids stay.
 */
export async function eraseMergeSnapshots(exec: Exec, provinceId: string, ids: string[]): Promise<void> {
  if (!ids.length) return;
  await exec.execute(sql`
    update child_merge set snapshot = jsonb_build_object(
        'erased', true,
        'pairId', snapshot->'pairId',
        'pairStatus', snapshot->'pairStatus',
        'fields', snapshot->'fields',
        'survivorVersion', snapshot->'survivorVersion',
        'mergedVersion', snapshot->'mergedVersion',
        'survivorBefore', jsonb_build_object('unit_id', snapshot->'survivorBefore'->'unit_id'),
        'mergedBefore', jsonb_build_object('unit_id', snapshot->'mergedBefore'->'unit_id'),
        'moved', snapshot->'moved',
        'hooks', snapshot->'hooks')
     where province_id = ${provinceId}
       and (${anyUuid(sql`survivor_id`, ids)} or ${anyUuid(sql`merged_id`, ids)})`);
}
