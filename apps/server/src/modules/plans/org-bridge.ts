// What plans needs from org beyond the names it matches, kept in one place; all through org's index.ts.
import type { AgencyKind } from '@vte/contracts';
import type { AuthedContext } from '../../platform/auth/context';
import type { Exec } from '../../platform/db/pool';
import { createAgencyIn, listGroups, searchAgenciesAround, unitAncestors } from '../org';

export const ancestorsOf = (exec: Exec, unitId: string) => unitAncestors(exec, unitId);
export const listGroupsOfUnits = (exec: Exec, unitIds: string[]) => listGroups(exec, undefined, unitIds);

/** An agency a plan names and the user chose to create: org's own checks and audit apply. */
export async function createAgencyForImport(
  exec: Exec,
  ctx: AuthedContext,
  a: { unitId: string; provinceId: string; name: string; kind: AgencyKind; validFrom: string },
): Promise<string> {
  // The province comes from the unit, as org decides it.
  const { provinceId: _province, ...input } = a;
  return (await createAgencyIn(exec, ctx, { ...input, aliases: [] })).id;
}

/** Agencies valid on the plan's date around its unit, across predecessor and successor units. */
export const registerAgencies = (exec: Exec, unitId: string, at: string, q: string | undefined) =>
  searchAgenciesAround(exec, unitId, at, q);
