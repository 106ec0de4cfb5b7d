import type { FastifyInstance } from 'fastify';
import { codeListsDto } from '@vte/contracts';
import { route } from '../../platform/http/route';
import type { Db } from '../../platform/db/pool';
import { codeLists } from './codes.service';

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
}
