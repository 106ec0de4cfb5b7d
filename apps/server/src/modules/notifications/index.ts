import type { FastifyInstance } from 'fastify';
import type { Db } from '../../platform/db/pool';
import { notificationsRoutes } from './notifications.routes';

export { notify, mailSender, type Recipient } from './notifications.service';

export function registerNotifications(app: FastifyInstance, db: Db): void {
  notificationsRoutes(app, db);
}
