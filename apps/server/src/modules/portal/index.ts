import type { FastifyInstance } from 'fastify';
import { portalHomeDto } from '@vte/contracts';
import type { Db } from '../../platform/db/pool';
import { route } from '../../platform/http/route';
import { portalHome } from './portal.service';

export function registerPortal(app: FastifyInstance, db: Db): void {
  route(app, {
    method: 'GET',
    url: '/api/portal/home',
    access: 'public',
    tags: ['portal'],
    summary: 'Trang chủ cổng công khai',
    response: portalHomeDto,
    handler: () => portalHome(db),
  });
}
