import type { FastifyInstance } from 'fastify';
import { registerErrors } from '../../platform/http/errors';
import type { Db } from '../../platform/db/pool';
import { auditErrors } from './audit.errors';
import { auditRoutes } from './audit.routes';

export { recordAudit, recordAuditMany, type AuditEntry } from './audit.service';

export function registerAudit(app: FastifyInstance, db: Db): void {
  registerErrors(auditErrors);
  auditRoutes(app, db);
}
