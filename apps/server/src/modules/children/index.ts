import type { FastifyInstance } from 'fastify';
import { registerErrors } from '../../platform/http/errors';
import type { Db } from '../../platform/db/pool';
import { childrenErrors } from './children.errors';

/** The register of children: records, list and search, import, duplicates, cleaning campaigns, counts. */
export function registerChildren(app: FastifyInstance, db: Db): void {
  registerErrors(childrenErrors);
  void app;
  void db;
}
