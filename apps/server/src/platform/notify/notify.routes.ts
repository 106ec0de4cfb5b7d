import type { FastifyInstance } from 'fastify';
import { idParams, notificationDto, notificationQuery, outboxPageDto, pageQuery, type OutboxItemDto } from '@vte/contracts';
import type { Db } from '../db/pool';
import { route } from '../http/route';
import * as repo from './notify.repo';

export function notifyRoutes(app: FastifyInstance, db: Db): void {
  const tags = ['notifications'];
  route(app, {
    method: 'GET', url: '/api/notifications', access: 'authenticated', tags, summary: 'Thông báo của tôi',
    querystring: notificationQuery, response: notificationDto.array(),
    handler: async ({ query }, ctx) =>
      (await repo.notificationsOf(db, ctx.user.id, query.unread === 'true')).map((n) => ({
        id: n.id, kind: n.kind, title: n.title, body: n.body, link: n.link, createdAt: n.createdAt.toISOString(), readAt: n.readAt?.toISOString() ?? null,
      })),
  });
  route(app, {
    method: 'POST', url: '/api/notifications/:id/read', access: 'authenticated', tags, summary: 'Đánh dấu đã đọc',
    params: idParams,
    handler: async ({ params }, ctx) => void (await repo.markRead(db, ctx.user.id, params.id)),
  });
  route(app, {
    method: 'POST', url: '/api/notifications/read-all', access: 'authenticated', tags, summary: 'Đánh dấu tất cả đã đọc',
    handler: async (_i, ctx) => void (await repo.markRead(db, ctx.user.id)),
  });
  route(app, {
    method: 'GET', url: '/api/mail/outbox', access: 'mail.read', tags, summary: 'Hộp thư đi',
    querystring: pageQuery,
    response: outboxPageDto,
    handler: async ({ query }, ctx) => {
      const { rows, total } = await repo.listOutbox(db, ctx.user.unitIds === null ? null : [ctx.user.provinceId ?? ''], query.page, query.pageSize);
      return {
        items: rows.map((r) => ({ ...r, status: r.status as OutboxItemDto['status'], createdAt: r.createdAt.toISOString(), sentAt: r.sentAt?.toISOString() ?? null })),
        total, page: query.page, pageSize: query.pageSize,
      };
    },
  });
}
