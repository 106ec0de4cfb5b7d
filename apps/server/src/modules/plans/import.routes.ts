import type { FastifyInstance } from 'fastify';
import { importAgencyOptionDto, importAgencySearchQuery } from '@vte/contracts';
import type { Db } from '../../platform/db/pool';
import { route } from '../../platform/http/route';
import { searchImportAgencies } from './import.service';

/** The import review's register search (a POST: the typed name stays out of URLs and logs). */
export function importRegisterRoute(app: FastifyInstance, db: Db): void {
  route(app, {
    method: 'POST',
    url: '/api/plans/import/agencies',
    access: 'plans.manage',
    tags: ['plans'],
    summary: 'Tìm cơ quan trong danh mục cho văn bản đang soát xét (hiệu lực theo ngày kế hoạch)',
    body: importAgencySearchQuery,
    response: importAgencyOptionDto.array(),
    status: 200,
    handler: ({ body }, ctx) => searchImportAgencies(db, ctx, body),
  });
}
