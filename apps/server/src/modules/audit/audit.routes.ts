import type { FastifyInstance } from 'fastify';
import { auditEntryDto, auditQuery, pageOf } from '@vte/contracts';
import { route } from '../../platform/http/route';
import type { Db } from '../../platform/db/pool';
import { queryAudit } from './audit.service';

export function auditRoutes(app: FastifyInstance, db: Db): void {
  route(app, {
    method: 'GET',
    url: '/api/audit',
    access: 'audit.read',
    summary: 'Tra cứu nhật ký hệ thống',
    tags: ['audit'],
    querystring: auditQuery,
    response: pageOf(auditEntryDto),
    handler: ({ query }, ctx) => queryAudit(db, ctx, query),
  });
}
