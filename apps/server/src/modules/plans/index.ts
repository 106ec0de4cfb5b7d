import type { FastifyInstance } from 'fastify';
import type { Db } from '../../platform/db/pool';
import { registerErrors } from '../../platform/http/errors';
import { plansErrors } from './plans.errors';
import { plansRoutes } from './plans.routes';

export { autoReminders } from './reminders.service';
export { seedPlans } from './plans.seed';
export { readablePlan } from './plans.service';
export * from './reporting';

export function registerPlans(app: FastifyInstance, db: Db): void {
  registerErrors(plansErrors);
  plansRoutes(app, db);
}
