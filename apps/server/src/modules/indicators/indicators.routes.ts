import type { FastifyInstance } from 'fastify';
import {
  assignmentQuery,
  createIndicatorInput,
  idParams,
  indicatorAssignmentDto,
  indicatorDto,
  indicatorListQuery,
  indicatorTargetDto,
  setAssignmentsInput,
  setTargetsInput,
  targetQuery,
  updateIndicatorInput,
  z,
} from '@vte/contracts';
import type { Db } from '../../platform/db/pool';
import { route } from '../../platform/http/route';
import { createIndicator, indicatorDetail, listIndicators, updateIndicator } from './indicators.service';
import { listAssignments, listTargets, setAssignments, setTargets } from './setup.service';

const tags = ['indicators'];

export function indicatorsRoutes(app: FastifyInstance, db: Db): void {
  catalogueRoutes(app, db);
  unitSetupRoutes(app, db);
}

/** The national catalogue of indicators. */
function catalogueRoutes(app: FastifyInstance, db: Db): void {
  route(app, {
    method: 'GET',
    url: '/api/indicators',
    access: 'indicators.read',
    tags,
    summary: 'Danh mục chỉ tiêu thống kê',
    querystring: indicatorListQuery,
    response: z.array(indicatorDto),
    handler: ({ query }) => listIndicators(db, query),
  });
  route(app, {
    method: 'GET',
    url: '/api/indicators/:id',
    access: 'indicators.read',
    tags,
    summary: 'Chỉ tiêu (định nghĩa, nguồn, căn cứ)',
    params: idParams,
    response: indicatorDto,
    handler: ({ params }) => indicatorDetail(db, params.id),
  });
  route(app, {
    method: 'POST',
    url: '/api/indicators',
    access: 'indicators.manage',
    tags,
    summary: 'Thêm chỉ tiêu vào danh mục',
    body: createIndicatorInput,
    response: indicatorDto,
    handler: ({ body }, ctx) => createIndicator(db, ctx, body),
  });
  route(app, {
    method: 'PATCH',
    url: '/api/indicators/:id',
    access: 'indicators.manage',
    tags,
    summary: 'Sửa, ngừng sử dụng chỉ tiêu',
    params: idParams,
    body: updateIndicatorInput,
    response: indicatorDto,
    handler: ({ params, body }, ctx) => updateIndicator(db, ctx, params.id, body),
  });
}

/** A unit's assignments (which agency reports which indicator) and yearly targets. */
function unitSetupRoutes(app: FastifyInstance, db: Db): void {
  route(app, {
    method: 'GET',
    url: '/api/indicators/assignments',
    access: 'indicators.read',
    tags,
    summary: 'Phân công cơ quan báo cáo chỉ tiêu của một địa bàn',
    querystring: assignmentQuery,
    response: z.array(indicatorAssignmentDto),
    handler: ({ query }, ctx) => listAssignments(db, ctx, query.unitId),
  });
  route(app, {
    method: 'PUT',
    url: '/api/indicators/assignments',
    access: 'indicators.assign',
    tags,
    summary: 'Thay toàn bộ phân công chỉ tiêu của một địa bàn',
    body: setAssignmentsInput,
    response: z.array(indicatorAssignmentDto),
    handler: ({ body }, ctx) => setAssignments(db, ctx, body),
  });
  route(app, {
    method: 'GET',
    url: '/api/indicators/targets',
    access: 'indicators.read',
    tags,
    summary: 'Mục tiêu năm của một địa bàn',
    querystring: targetQuery,
    response: z.array(indicatorTargetDto),
    handler: ({ query }, ctx) => listTargets(db, ctx, query.unitId, query.year),
  });
  route(app, {
    method: 'PUT',
    url: '/api/indicators/targets',
    access: 'indicators.assign',
    tags,
    summary: 'Thay toàn bộ mục tiêu năm của một địa bàn',
    body: setTargetsInput,
    response: z.array(indicatorTargetDto),
    handler: ({ body }, ctx) => setTargets(db, ctx, body),
  });
}
