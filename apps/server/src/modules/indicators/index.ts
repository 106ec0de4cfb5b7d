import type { FastifyInstance } from 'fastify';
import type { Db } from '../../platform/db/pool';
import { registerErrors } from '../../platform/http/errors';
import { indicatorsErrors } from './indicators.errors';
import { indicatorsRoutes } from './indicators.routes';

export { seedIndicators } from './indicators.seed';
export { aggregateIndicators, indicatorEntries, saveIndicatorValues } from './values.service';
export { withRegisterFigures } from './register-figures';

export function registerIndicators(app: FastifyInstance, db: Db): void {
  registerErrors(indicatorsErrors);
  indicatorsRoutes(app, db);
}
