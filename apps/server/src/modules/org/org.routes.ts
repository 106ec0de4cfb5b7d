import type { FastifyInstance } from 'fastify';
import {
  agencyDto,
  agencyListQuery,
  createAgencyInput,
  createGroupInput,
  createSuccessionInput,
  createUnitInput,
  groupDto,
  groupListQuery,
  idParams,
  pageOf,
  successionDto,
  unitDetailDto,
  unitDto,
  unitListQuery,
  updateAgencyInput,
  updateGroupInput,
  updateUnitInput,
  z,
} from '@vte/contracts';
import type { Db } from '../../platform/db/pool';
import { route } from '../../platform/http/route';
import * as units from './units.service';
import * as agencies from './agencies.service';

const tags = ['org'];

export function orgRoutes(app: FastifyInstance, db: Db): void {
  unitRoutes(app, db);
  agencyRoutes(app, db);
  groupRoutes(app, db);
}

/** Administrative units over time and their successions. */
function unitRoutes(app: FastifyInstance, db: Db): void {
  route(app, {
    method: 'GET',
    url: '/api/org/units',
    access: 'org.read',
    tags,
    summary: 'Danh sách đơn vị hành chính',
    querystring: unitListQuery,
    response: z.array(unitDto),
    handler: ({ query }, ctx) => units.listUnits(db, ctx, query),
  });
  route(app, {
    method: 'GET',
    url: '/api/org/units/:id',
    access: 'org.read',
    tags,
    summary: 'Chi tiết đơn vị hành chính',
    params: idParams,
    response: unitDetailDto,
    handler: ({ params }, ctx) => units.getUnitDetail(db, ctx, params.id),
  });
  route(app, {
    method: 'POST',
    url: '/api/org/units',
    access: 'org.manage',
    tags,
    summary: 'Thêm đơn vị hành chính',
    body: createUnitInput,
    response: unitDto,
    handler: ({ body }, ctx) => units.createUnit(db, ctx, body),
  });
  route(app, {
    method: 'PATCH',
    url: '/api/org/units/:id',
    access: 'org.manage',
    tags,
    summary: 'Sửa đơn vị hành chính',
    params: idParams,
    body: updateUnitInput,
    response: unitDto,
    handler: ({ params, body }, ctx) => units.updateUnit(db, ctx, params.id, body),
  });
  route(app, {
    method: 'POST',
    url: '/api/org/successions',
    access: 'org.manage',
    tags,
    summary: 'Ghi nhận sáp nhập, chia tách, đổi tên',
    body: createSuccessionInput,
    response: successionDto,
    handler: ({ body }, ctx) => units.createSuccession(db, ctx, body),
  });
}

/** Agencies: list, read, create, edit. */
function agencyRoutes(app: FastifyInstance, db: Db): void {
  route(app, {
    method: 'GET',
    url: '/api/org/agencies',
    access: 'org.read',
    cache: true,
    reads: 'replica',
    tags,
    summary: 'Danh sách cơ quan, đơn vị',
    querystring: agencyListQuery,
    response: pageOf(agencyDto),
    handler: ({ query }, ctx) => agencies.listAgencies(ctx.readDb, ctx, query),
  });
  route(app, {
    method: 'GET',
    url: '/api/org/agencies/:id',
    access: 'org.read',
    tags,
    summary: 'Chi tiết cơ quan, đơn vị',
    params: idParams,
    response: agencyDto,
    handler: ({ params }, ctx) => agencies.getAgency(db, ctx, params.id),
  });
  route(app, {
    method: 'POST',
    url: '/api/org/agencies',
    access: 'org.manage',
    tags,
    summary: 'Thêm cơ quan, đơn vị',
    body: createAgencyInput,
    response: agencyDto,
    handler: ({ body }, ctx) => agencies.createAgency(db, ctx, body),
  });
  route(app, {
    method: 'PATCH',
    url: '/api/org/agencies/:id',
    access: 'org.manage',
    tags,
    summary: 'Sửa cơ quan, đơn vị',
    params: idParams,
    body: updateAgencyInput,
    response: agencyDto,
    handler: ({ params, body }, ctx) => agencies.updateAgency(db, ctx, params.id, body),
  });
}

/** Agency groups ("các cơ quan, đơn vị liên quan") and their members. */
function groupRoutes(app: FastifyInstance, db: Db): void {
  route(app, {
    method: 'GET',
    url: '/api/org/groups',
    access: 'org.read',
    tags,
    summary: 'Danh sách nhóm cơ quan',
    querystring: groupListQuery,
    response: z.array(groupDto),
    handler: ({ query }, ctx) => agencies.listGroups(db, ctx, query.unitId),
  });
  route(app, {
    method: 'GET',
    url: '/api/org/groups/:id',
    access: 'org.read',
    tags,
    summary: 'Chi tiết nhóm cơ quan',
    params: idParams,
    response: groupDto,
    handler: ({ params }, ctx) => agencies.getGroup(db, ctx, params.id),
  });
  route(app, {
    method: 'POST',
    url: '/api/org/groups',
    access: 'org.manage',
    tags,
    summary: 'Thêm nhóm cơ quan',
    body: createGroupInput,
    response: groupDto,
    handler: ({ body }, ctx) => agencies.createGroup(db, ctx, body),
  });
  route(app, {
    method: 'PATCH',
    url: '/api/org/groups/:id',
    access: 'org.manage',
    tags,
    summary: 'Sửa nhóm cơ quan',
    params: idParams,
    body: updateGroupInput,
    response: groupDto,
    handler: ({ params, body }, ctx) => agencies.updateGroup(db, ctx, params.id, body),
  });
}
