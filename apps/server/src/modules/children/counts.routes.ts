import type { FastifyInstance } from 'fastify';
import { childrenCountsDto, childrenCountsInput } from '@vte/contracts';
import { route } from '../../platform/http/route';
import { childrenCounts } from './counts.service';

const tags = ['children'];
const summary = 'Số trẻ em, trẻ em có hoàn cảnh đặc biệt theo Sổ theo dõi trẻ em (tính trực tiếp)';

/** Aggregates only: GET for links and dashboards, POST for the same question in a body. */
export function countsRoutes(app: FastifyInstance): void {
  route(app, {
    method: 'GET',
    url: '/api/children/counts',
    access: 'children.counts',
    tags,
    summary,
    querystring: childrenCountsInput,
    response: childrenCountsDto,
    reads: 'replica',
    handler: ({ query }, ctx) => childrenCounts(ctx.readDb, ctx, query),
  });
  route(app, {
    method: 'POST',
    url: '/api/children/counts',
    access: 'children.counts',
    status: 200,
    tags,
    summary,
    body: childrenCountsInput,
    response: childrenCountsDto,
    reads: 'replica',
    handler: ({ body }, ctx) => childrenCounts(ctx.readDb, ctx, body),
  });
}
