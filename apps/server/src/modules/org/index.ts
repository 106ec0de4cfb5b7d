import type { FastifyInstance } from 'fastify';
import type { Db } from '../../platform/db/pool';
import { registerErrors } from '../../platform/http/errors';
import { calendarErrors } from './calendar.errors';
import { calendarRoutes } from './calendar.routes';
import { orgErrors } from './org.errors';
import { orgRoutes } from './org.routes';
import { watchScopes } from './org.scope';

export { dataScope, invalidateScopes } from './org.scope';
export { seedOrg, LY_SON } from './org.seed';
export { getUnit, getAgency, unitsByIds, agenciesByIds, type UnitRow, type AgencyRow } from './org.repo';
export { unitFullName } from './org.dto';
export { matchAgencyNames, knownAgencyNames, searchAgenciesAround } from './match.service';
export { foldName } from './org.match';
export { groupsOfAgency, agenciesOfUnits, getGroup, groupMembers } from './org.repo';
export { orgReadScope } from './org.scope';
export { agenciesOnDate, unitOnDate, unitsOnDates, type AgencyOnDate } from './timeline.repo';
export { ancestors as unitAncestors, listGroups } from './org.repo';
export { listUnits as findUnits } from './org.repo';
export { createAgencyIn } from './agencies.service';
export { countingUnits, type CountingUnit } from './counting-units.repo';
export { workingCalendar } from './calendar.service';

export function registerOrg(app: FastifyInstance, db: Db): void {
  registerErrors(orgErrors);
  registerErrors(calendarErrors);
  const unwatch = watchScopes(app.cacheListener);
  app.addHook('onClose', async () => unwatch());
  orgRoutes(app, db);
  calendarRoutes(app, db);
}
