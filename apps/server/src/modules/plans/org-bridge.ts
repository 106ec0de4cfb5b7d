// What plans needs from org beyond its public API, kept in one place.
import type { AgencyKind } from '@vte/contracts';
import type { AuthedContext } from '../../platform/auth/context';
import type { Exec } from '../../platform/db/pool';
import { recordAudit } from '../audit';
import { orgImport } from '../org';

export const ancestorsOf = (exec: Exec, unitId: string) => orgImport.ancestors(exec, unitId);
export const listGroupsOfUnits = (exec: Exec, unitIds: string[]) =>
  orgImport.listGroups(exec, undefined, unitIds);

export async function createAgencyForImport(
  exec: Exec,
  ctx: AuthedContext,
  a: { unitId: string; provinceId: string; name: string; kind: AgencyKind; validFrom: string },
): Promise<string> {
  const row = await orgImport.insertAgency(exec, { ...a, aliases: [] });
  await recordAudit(exec, ctx, {
    action: 'create',
    entity: 'agency',
    entityId: row.id,
    provinceId: a.provinceId,
    after: { name: a.name, kind: a.kind, via: 'plan-import' },
  });
  return row.id;
}
