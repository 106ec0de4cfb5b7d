import type { FastifyInstance } from 'fastify';
import { childExportInput, childSearchInput, childSearchResultDto } from '@vte/contracts';
import type { Db } from '../../platform/db/pool';
import { MIME, sendFile } from '../../platform/http/files';
import { route } from '../../platform/http/route';
import { exportChildren } from './export.service';
import { searchChildren } from './list.service';
import { auditSearch } from './search-audit';

// POST, not GET: the body may hold a name or a personal ID, which must never sit in a URL.
export function listRoutes(app: FastifyInstance, db: Db): void {
  route(app, {
    method: 'POST',
    url: '/api/children/search',
    access: 'children.list',
    summary: 'Tìm và lọc sổ trẻ em (tên che với vai trò chỉ xem danh sách)',
    tags: ['children'],
    status: 200,
    body: childSearchInput,
    response: childSearchResultDto,
    reads: 'replica',
    handler: async ({ body }, ctx) => {
      const page = await searchChildren(ctx.readDb, ctx, body);
      await auditSearch(db, ctx, body, page);
      return page;
    },
  });
  route(app, {
    method: 'POST',
    url: '/api/children/export',
    access: 'children.export',
    summary: 'Xuất danh sách trẻ em ra Excel (cần lý do; ghi nhật ký)',
    tags: ['children'],
    status: 200,
    body: childExportInput,
    handler: async ({ body }, ctx, reply) => {
      const f = await exportChildren(db, ctx, body);
      return sendFile(reply, { data: f.data, filename: f.filename, mime: MIME.xlsx });
    },
  });
}
