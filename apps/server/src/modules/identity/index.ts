import type { FastifyInstance } from 'fastify';
import type { Config } from '../../config';
import type { Db } from '../../platform/db/pool';
import { registerErrors } from '../../platform/http/errors';
import { identityErrors } from './identity.errors';
import { identityRoutes } from './identity.routes';

export { bootstrapAdmin, createUserDirect } from './users.service';
export { purgeExpiredSessions, activeUsersOfAgencies, activeUsersWithRole } from './identity.repo';

export function registerIdentity(app: FastifyInstance, db: Db, config: Config): void {
  registerErrors(identityErrors);
  identityRoutes(app, db, config);
}
