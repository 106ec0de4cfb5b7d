import type { FastifyInstance } from 'fastify';
import {
  childCreateInput,
  childDto,
  childEraseInput,
  childMoveInput,
  childParams,
  childReadQuery,
  childTombstoneDto,
  childUpdateInput,
  codeListsDto,
} from '@vte/contracts';
import { z } from 'zod';
import { route } from '../../platform/http/route';
import type { Db } from '../../platform/db/pool';
import { codeLists } from './codes.service';
import { createChild, readChild, updateChildRecord } from './children.service';
import { childTombstone, eraseChild } from './erasure.service';
import { moveChild } from './residence.service';
import { subRecordRoutes } from './subrecords.routes';

// Ids only in URLs: names and personal IDs travel in bodies (docs/children.md, Privacy).
export function childrenRoutes(app: FastifyInstance, db: Db): void {
  route(app, {
    method: 'GET',
    url: '/api/children/codes',
    access: 'children.counts',
    summary: 'Danh mục dùng cho sổ trẻ em (dân tộc, nhóm hoàn cảnh đặc biệt, nguy cơ, quan hệ…)',
    tags: ['children'],
    response: codeListsDto,
    handler: () => codeLists(db),
  });
  route(app, {
    method: 'POST',
    url: '/api/children',
    access: 'children.manage',
    summary: 'Thêm trẻ em vào sổ',
    tags: ['children'],
    body: childCreateInput,
    response: childDto,
    handler: ({ body }, ctx) => createChild(db, ctx, body),
  });
  route(app, {
    method: 'GET',
    url: '/api/children/:id',
    access: 'children.read',
    summary: 'Mở hồ sơ trẻ em (ghi nhật ký kèm mục đích)',
    tags: ['children'],
    params: childParams,
    querystring: childReadQuery,
    response: childDto,
    handler: ({ params, query }, ctx) => readChild(db, ctx, params.id, query.purpose),
  });
  route(app, {
    method: 'PATCH',
    url: '/api/children/:id',
    access: 'children.manage',
    summary: 'Sửa hồ sơ trẻ em',
    tags: ['children'],
    params: childParams,
    body: childUpdateInput,
    response: childDto,
    handler: ({ params, body }, ctx) => updateChildRecord(db, ctx, params.id, body),
  });
  route(app, {
    method: 'POST',
    url: '/api/children/:id/moves',
    access: 'children.manage',
    summary: 'Ghi nhận trẻ chuyển nơi ở',
    tags: ['children'],
    params: childParams,
    body: childMoveInput,
    response: childDto,
    handler: ({ params, body }, ctx) => moveChild(db, ctx, params.id, body),
  });
  route(app, {
    method: 'POST',
    url: '/api/children/:id/erase',
    access: 'children.manage',
    summary: 'Xoá dữ liệu cá nhân của trẻ theo yêu cầu hợp pháp',
    tags: ['children'],
    params: childParams,
    body: childEraseInput,
    status: 200,
    response: z.object({ id: z.uuid(), status: z.literal('erased') }),
    handler: ({ params, body }, ctx) => eraseChild(db, ctx, params.id, body),
  });
  route(app, {
    method: 'GET',
    url: '/api/children/:id/tombstone',
    access: 'audit.read',
    summary: 'Dấu vết hồ sơ đã xoá theo yêu cầu (cho kiểm tra viên)',
    tags: ['children'],
    params: childParams,
    response: childTombstoneDto,
    handler: ({ params }, ctx) => childTombstone(db, ctx, params.id),
  });
  subRecordRoutes(app, db);
}
