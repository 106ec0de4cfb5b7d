import type { FastifyInstance } from 'fastify';
import {
  consolidatedDto,
  consolidatedSummaryDto,
  generateConsolidatedInput,
  generateResultDto,
  idParams,
  provinceCompletenessDto,
  provinceConsolidateInput,
  provinceQuery,
  reportsDashboardDto,
  reportsDashboardQuery,
  reviewInput,
  updateConsolidatedInput,
  z,
} from '@vte/contracts';
import type { Db } from '../../platform/db/pool';
import { MIME, sendFile } from '../../platform/http/files';
import { route } from '../../platform/http/route';
import {
  generateConsolidated,
  getConsolidated,
  periodConsolidated,
  reviewConsolidated,
  submitConsolidated,
  updateConsolidated,
} from './consolidation.service';
import { reportsDashboard } from './dashboard.service';
import { consolidatedFile } from './export.service';
import { provinceConsolidate, provinceView, received } from './province.service';

const tags = ['reports'];

export function consolidatedRoutes(app: FastifyInstance, db: Db, soffice: string | null): void {
  consolidatedReportRoutes(app, db);
  consolidatedFileRoutes(app, db, soffice);
  provinceRoutes(app, db);
}

/** A unit's consolidated report: generate, read, edit, submit upward, review. */
function consolidatedReportRoutes(app: FastifyInstance, db: Db): void {
  route(app, {
    method: 'POST',
    url: '/api/reports/periods/:id/consolidated',
    access: 'reports.review',
    tags,
    summary: 'Tạo hoặc cập nhật báo cáo tổng hợp từ các báo cáo đã tiếp nhận',
    params: idParams,
    body: generateConsolidatedInput,
    response: generateResultDto,
    status: 200,
    handler: ({ params, body }, ctx) => generateConsolidated(db, ctx, params.id, body.mode),
  });
  route(app, {
    method: 'GET',
    url: '/api/reports/periods/:id/consolidated',
    access: 'reports.read',
    tags,
    summary: 'Báo cáo tổng hợp của kỳ',
    params: idParams,
    response: consolidatedDto,
    handler: ({ params }, ctx) => periodConsolidated(db, ctx, params.id),
  });
  route(app, {
    method: 'GET',
    url: '/api/reports/consolidated/:id',
    access: 'reports.read',
    tags,
    summary: 'Báo cáo tổng hợp',
    params: idParams,
    response: consolidatedDto,
    handler: ({ params }, ctx) => getConsolidated(db, ctx, params.id),
  });
  route(app, {
    method: 'PUT',
    url: '/api/reports/consolidated/:id',
    access: 'reports.review',
    tags,
    summary: 'Sửa báo cáo tổng hợp',
    params: idParams,
    body: updateConsolidatedInput,
    response: consolidatedDto,
    handler: ({ params, body }, ctx) => updateConsolidated(db, ctx, params.id, body),
  });
  route(app, {
    method: 'POST',
    url: '/api/reports/consolidated/:id/submit',
    access: 'reports.review',
    tags,
    summary: 'Gửi báo cáo tổng hợp lên cấp trên',
    params: idParams,
    response: consolidatedDto,
    status: 200,
    handler: ({ params }, ctx) => submitConsolidated(db, ctx, params.id),
  });
  route(app, {
    method: 'POST',
    url: '/api/reports/consolidated/:id/review',
    access: 'reports.review',
    tags,
    summary: 'Cấp trên tiếp nhận hoặc trả lại báo cáo tổng hợp',
    params: idParams,
    body: reviewInput,
    response: consolidatedDto,
    status: 200,
    handler: ({ params, body }, ctx) => reviewConsolidated(db, ctx, params.id, body),
  });
}

/** The consolidated report as Word, PDF and its Excel annex. */
function consolidatedFileRoutes(app: FastifyInstance, db: Db, soffice: string | null): void {
  for (const [name, format] of [
    ['document.docx', 'docx'],
    ['annex.xlsx', 'xlsx'],
    ['document.pdf', 'pdf'],
  ] as const) {
    route(app, {
      method: 'GET',
      url: `/api/reports/consolidated/:id/${name}`,
      access: 'reports.read',
      tags,
      summary: `Tải báo cáo tổng hợp (${name})`,
      params: idParams,
      handler: async ({ params }, ctx, reply) => {
        const f = await consolidatedFile(db, ctx, params.id, format, soffice);
        return sendFile(reply, { ...f, mime: MIME[format] });
      },
    });
  }
}

/** What the level above receives, the province round and the dashboard. */
function provinceRoutes(app: FastifyInstance, db: Db): void {
  route(app, {
    method: 'GET',
    url: '/api/reports/received',
    access: 'reports.read',
    tags,
    summary: 'Báo cáo tổng hợp cấp dưới gửi lên',
    response: z.array(consolidatedSummaryDto),
    handler: (_i, ctx) => received(db, ctx),
  });
  route(app, {
    method: 'GET',
    url: '/api/reports/province',
    access: 'reports.read',
    tags,
    summary: 'Tình hình báo cáo của các đơn vị trong tỉnh',
    querystring: provinceQuery,
    response: provinceCompletenessDto,
    handler: ({ query }, ctx) => provinceView(db, ctx, query.kind, query.year),
  });
  route(app, {
    method: 'POST',
    url: '/api/reports/province/consolidated',
    access: 'reports.review',
    tags,
    summary: 'Tổng hợp báo cáo cấp tỉnh',
    body: provinceConsolidateInput,
    response: generateResultDto,
    status: 200,
    handler: ({ body }, ctx) => provinceConsolidate(db, ctx, body.kind, body.year, body.mode),
  });
  route(app, {
    method: 'GET',
    url: '/api/reports/dashboard',
    access: 'reports.read',
    reads: 'replica',
    tags,
    summary: 'Tổng quan báo cáo',
    querystring: reportsDashboardQuery,
    response: reportsDashboardDto,
    handler: ({ query }, ctx) => reportsDashboard(ctx.readDb, ctx, query.periodId),
  });
}
