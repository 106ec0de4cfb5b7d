import type { ChildSearchResultDto, childSearchInput, z } from '@vte/contracts';
import type { AuthedContext } from '../../platform/auth/context';
import type { Db } from '../../platform/db/pool';
import { recordAudit } from '../audit';

// A register search by name, personal ID or a parent's name is a sensitive read (Law 91/2025): it is
// audited with its purpose and kind — never the text typed. The list (browsing by filters) is not.
// The search reads the replica; the audit row goes to the primary.

type SearchInput = z.output<typeof childSearchInput>;

/** The list screen's purpose: the register is opened to manage children (access_purpose code). */
const SEARCH_PURPOSE = 'quan_ly';

/** 'personal_id' for digits (spaces and dots allowed, as the list service reads them), else a name. */
export const searchKind = (q: string) => (/^\d+$/.test(q.replace(/[\s.]/g, '')) ? 'personal_id' : 'name');

/** One audit row per search: its first page (later pages continue the same search). */
export async function auditSearch(
  db: Db,
  ctx: AuthedContext,
  input: SearchInput,
  page: ChildSearchResultDto,
): Promise<void> {
  if (!input.q || input.cursor) return;
  const filters = (Object.keys(input) as (keyof SearchInput)[]).filter(
    (k) => input[k] !== undefined && !['q', 'cursor', 'limit'].includes(k),
  );
  await recordAudit(db, ctx, {
    action: 'read',
    entity: 'child_search',
    unitId: input.unitId, // else the user's own unit
    after: {
      purpose: SEARCH_PURPOSE,
      // A name search also matches parents' and guardians' names (docs/children.md, q).
      kind: searchKind(input.q) === 'personal_id' ? 'personal_id' : 'name_or_parent',
      filters: filters.sort(),
      results: page.total,
    },
  });
}
