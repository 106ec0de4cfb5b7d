import type { FastifyInstance } from 'fastify';
import {
  boardDto,
  boardQuery,
  campaignDto,
  campaignExportInput,
  campaignItemDto,
  campaignItemParams,
  campaignParams,
  createCampaignInput,
  hamletDto,
  hamletsQuery,
  itemsQuery,
  pageOf,
  policeApplyDto,
  policeDiffDto,
  recheckInput,
  refreshResultDto,
  sampleInput,
  sampleResultDto,
  visitInput,
  visitUploadDto,
  z,
} from '@vte/contracts';
import type { Db } from '../../platform/db/pool';
import { MIME, sendFile } from '../../platform/http/files';
import { route } from '../../platform/http/route';
import { H } from './campaigns-excel';
import {
  checkSheet,
  policeApply,
  policeExport,
  policePreview,
  uploadVisits,
} from './campaigns-files.service';
import { readUploadedSheet } from './campaigns-upload';
import { board, hamlets, items, recordRecheck, recordVisit } from './campaigns-work.service';
import {
  closeCampaign,
  drawSample,
  getCampaign,
  listCampaigns,
  openCampaign,
  refreshCampaign,
} from './campaigns.service';

// Cleaning campaigns. Opening and steering (refresh, close, sample, re-check) is the focal officer's
// (children.campaigns); the lists, visits and the police step are the commune's work (children.manage);
// files that leave the system need children.export and a reason.

const tags = ['children'];
const base = '/api/children/campaigns';

export function campaignsRoutes(app: FastifyInstance, db: Db): void {
  steeringRoutes(app, db);
  workRoutes(app, db);
  fileRoutes(app, db);
}

function steeringRoutes(app: FastifyInstance, db: Db): void {
  route(app, {
    method: 'POST',
    url: base,
    access: 'children.campaigns',
    tags,
    summary: 'Mở đợt làm sạch dữ liệu trẻ em (lập danh sách hồ sơ cần làm sạch)',
    body: createCampaignInput,
    response: campaignDto,
    handler: ({ body }, ctx) => openCampaign(db, ctx, body),
  });
  route(app, {
    method: 'POST',
    url: `${base}/:id/refresh`,
    access: 'children.campaigns',
    tags,
    summary: 'Cập nhật danh sách: thêm hồ sơ mới có vấn đề, đánh dấu hồ sơ đã sửa',
    params: campaignParams,
    response: refreshResultDto,
    status: 200,
    handler: ({ params }, ctx) => refreshCampaign(db, ctx, params.id),
  });
  route(app, {
    method: 'POST',
    url: `${base}/:id/close`,
    access: 'children.campaigns',
    tags,
    summary: 'Kết thúc đợt làm sạch',
    params: campaignParams,
    response: campaignDto,
    status: 200,
    handler: ({ params }, ctx) => closeCampaign(db, ctx, params.id),
  });
  route(app, {
    method: 'POST',
    url: `${base}/:id/sample`,
    access: 'children.campaigns',
    tags,
    summary: 'Chọn mẫu phúc tra ngẫu nhiên theo từng đơn vị (lưu hạt giống để tái lập)',
    params: campaignParams,
    body: sampleInput,
    response: sampleResultDto,
    status: 200,
    handler: ({ params, body }, ctx) => drawSample(db, ctx, params.id, body),
  });
  route(app, {
    method: 'POST',
    url: `${base}/:id/items/:itemId/recheck`,
    access: 'children.campaigns',
    tags,
    summary: 'Ghi kết quả phúc tra một hồ sơ trong mẫu',
    params: campaignItemParams,
    body: recheckInput,
    response: campaignItemDto,
    status: 200,
    handler: ({ params, body }, ctx) => recordRecheck(db, ctx, params, body),
  });
}

function workRoutes(app: FastifyInstance, db: Db): void {
  route(app, {
    method: 'GET',
    url: base,
    access: 'children.manage',
    tags,
    summary: 'Các đợt làm sạch dữ liệu có đơn vị thuộc phạm vi của tôi',
    response: z.array(campaignDto),
    handler: (_i, ctx) => listCampaigns(db, ctx),
  });
  route(app, {
    method: 'GET',
    url: `${base}/:id`,
    access: 'children.manage',
    tags,
    summary: 'Đợt làm sạch dữ liệu',
    params: campaignParams,
    response: campaignDto,
    handler: ({ params }, ctx) => getCampaign(db, ctx, params.id),
  });
  route(app, {
    method: 'GET',
    url: `${base}/:id/board`,
    access: 'children.manage',
    tags,
    summary: 'Tiến độ làm sạch theo đơn vị (tính tại ngày xem)',
    params: campaignParams,
    querystring: boardQuery,
    response: boardDto,
    handler: ({ params, query }, ctx) => board(db, ctx, params.id, query.asOf),
  });
  route(app, {
    method: 'GET',
    url: `${base}/:id/hamlets`,
    access: 'children.manage',
    tags,
    summary: 'Số hồ sơ cần làm sạch theo đơn vị và thôn/tổ dân phố',
    params: campaignParams,
    querystring: hamletsQuery,
    response: z.array(hamletDto),
    handler: ({ params, query }, ctx) => hamlets(db, ctx, params.id, query),
  });
  route(app, {
    method: 'GET',
    url: `${base}/:id/items`,
    access: 'children.manage',
    tags,
    summary: 'Danh sách hồ sơ của đợt (theo đơn vị, thôn, trạng thái)',
    params: campaignParams,
    querystring: itemsQuery,
    response: pageOf(campaignItemDto),
    handler: ({ params, query }, ctx) => items(db, ctx, params.id, query),
  });
  route(app, {
    method: 'POST',
    url: `${base}/:id/items/:itemId/visit`,
    access: 'children.manage',
    tags,
    summary: 'Ghi kết quả rà soát tại hộ gia đình',
    params: campaignItemParams,
    body: visitInput,
    response: campaignItemDto,
    status: 200,
    handler: ({ params, body }, ctx) => recordVisit(db, ctx, params, body),
  });
}

const visitHeaders = [H.visit];
const policeHeaders = [H.newId, H.police];

function fileRoutes(app: FastifyInstance, db: Db): void {
  route(app, {
    method: 'POST',
    url: `${base}/:id/check-sheet.xlsx`,
    access: 'children.export',
    tags,
    summary: 'Xuất phiếu rà soát tại hộ gia đình theo thôn (Excel, in được)',
    params: campaignParams,
    body: campaignExportInput,
    status: 200,
    handler: async ({ params, body }, ctx, reply) =>
      sendFile(reply, { ...(await checkSheet(db, ctx, params.id, body)), mime: MIME.xlsx }),
  });
  route(app, {
    method: 'POST',
    url: `${base}/:id/police-list.xlsx`,
    access: 'children.export',
    tags,
    summary: 'Xuất danh sách bàn giao Công an xác thực số định danh (Excel)',
    params: campaignParams,
    body: campaignExportInput,
    status: 200,
    handler: async ({ params, body }, ctx, reply) =>
      sendFile(reply, { ...(await policeExport(db, ctx, params.id, body)), mime: MIME.xlsx }),
  });
  route(app, {
    method: 'POST',
    url: `${base}/:id/visits/upload`,
    access: 'children.manage',
    tags,
    summary: 'Tải lên phiếu rà soát đã điền kết quả (tất cả hoặc không dòng nào)',
    params: campaignParams,
    response: visitUploadDto,
    status: 200,
    handler: async ({ params }, ctx, reply) =>
      uploadVisits(db, ctx, params.id, await readUploadedSheet(reply.request, visitHeaders)),
  });
  route(app, {
    method: 'POST',
    url: `${base}/:id/police/preview`,
    access: 'children.manage',
    tags,
    summary: 'Đối chiếu tệp Công an trả về: số định danh cũ và mới (không lưu)',
    params: campaignParams,
    response: policeDiffDto,
    status: 200,
    handler: async ({ params }, ctx, reply) =>
      policePreview(db, ctx, params.id, await readUploadedSheet(reply.request, policeHeaders)),
  });
  route(app, {
    method: 'POST',
    url: `${base}/:id/police/apply`,
    access: 'children.manage',
    tags,
    summary: 'Cập nhật số định danh theo tệp Công an trả về (một giao dịch, có nhật ký)',
    params: campaignParams,
    response: policeApplyDto,
    status: 200,
    handler: async ({ params }, ctx, reply) =>
      policeApply(db, ctx, params.id, await readUploadedSheet(reply.request, policeHeaders)),
  });
}
