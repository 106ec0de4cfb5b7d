import type { FastifyInstance } from 'fastify';
import { idParams, notificationDto, notificationQuery, outboxPageDto, pageQuery } from '@vte/contracts';
import type { Db } from '../../platform/db/pool';
import { route } from '../../platform/http/route';
import { markRead, myNotifications, outbox } from './inbox.service';

export function notificationsRoutes(app: FastifyInstance, db: Db): void {
  const tags = ['notifications'];
  route(app, {
    method: 'GET',
    url: '/api/notifications',
    access: 'authenticated',
    tags,
    summary: 'Thông báo của tôi',
    querystring: notificationQuery,
    response: notificationDto.array(),
    handler: ({ query }, ctx) => myNotifications(db, ctx, query.unread === 'true'),
  });
  route(app, {
    method: 'POST',
    url: '/api/notifications/:id/read',
    access: 'authenticated',
    tags,
    summary: 'Đánh dấu đã đọc',
    params: idParams,
    handler: ({ params }, ctx) => markRead(db, ctx, params.id),
  });
  route(app, {
    method: 'POST',
    url: '/api/notifications/read-all',
    access: 'authenticated',
    tags,
    summary: 'Đánh dấu tất cả đã đọc',
    handler: (_i, ctx) => markRead(db, ctx),
  });
  route(app, {
    method: 'GET',
    url: '/api/mail/outbox',
    access: 'mail.read',
    tags,
    summary: 'Hộp thư đi',
    querystring: pageQuery,
    response: outboxPageDto,
    handler: ({ query }, ctx) => outbox(db, ctx, query.page, query.pageSize),
  });
}
