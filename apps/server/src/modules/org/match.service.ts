import type { AgencyMatch } from '@vte/contracts';
import type { Exec } from '../../platform/db/pool';
import * as repo from './org.repo';
import { matchName, type MatchTarget } from './org.match';
import { agenciesValidIn, unitsAround } from './timeline.repo';
import { unitFullName } from './org.dto';

const validOn = (from: string, to: string | null, at: string) => from <= at && (to === null || to >= at);

/**
 * Agencies and groups a document of `unitId` can name: its own and those of the units above it, plus
 * the agencies valid on `at` of its predecessor and successor units (and the units above those).
 */
export async function matchTargets(exec: Exec, unitId: string, at: string): Promise<MatchTarget[]> {
  const { own: units, around } = await unitsAround(exec, unitId);
  const agencies = [
    ...(await repo.agenciesOfUnits(exec, units)),
    ...(await repo.agenciesOfUnits(exec, around)).filter((a) => validOn(a.validFrom, a.validTo, at)),
  ];
  const groups = await repo.listGroups(exec, undefined, units);
  return [
    ...agencies.map((a) => ({
      kind: 'agency' as const,
      id: a.id,
      name: a.name,
      shortName: a.shortName,
      aliases: a.aliases,
      current: validOn(a.validFrom, a.validTo, at),
    })),
    ...groups.map((g) => ({
      kind: 'group' as const,
      id: g.id,
      name: g.name,
      shortName: null,
      aliases: g.aliases,
      current: true,
    })),
  ];
}

export async function matchAgencyNames(
  exec: Exec,
  unitId: string,
  at: string,
  names: string[],
): Promise<AgencyMatch[]> {
  const targets = await matchTargets(exec, unitId, at);
  return names.map((n) => matchName(n, targets));
}

/** Names the plan parser may use to split lists of agencies it would otherwise cut wrongly. */
export async function knownAgencyNames(exec: Exec, unitId: string, at: string): Promise<string[]> {
  return (await matchTargets(exec, unitId, at)).flatMap((t) => [
    t.name,
    ...t.aliases,
    ...(t.shortName ? [t.shortName] : []),
  ]);
}

/** The import review's register search: agencies valid on the plan's date around its unit over time. */
export async function searchAgenciesAround(exec: Exec, unitId: string, at: string, q: string | undefined) {
  const { own, around } = await unitsAround(exec, unitId);
  return (await agenciesValidIn(exec, [...own, ...around], at, q)).map((a) => ({
    id: a.id,
    name: a.name,
    shortName: a.short_name,
    unitName: unitFullName({ name: a.unit_name, type: a.unit_type }),
  }));
}
