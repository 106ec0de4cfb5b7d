import type { FastifyInstance } from 'fastify';
import {
  childImportDto,
  childImportIssueDto,
  childImportIssuesQuery,
  childImportListQuery,
  childImportMappingInput,
  childImportRunInput,
  childImportSummaryDto,
  childImportUploadFields,
  idParams,
  pageOf,
  z,
} from '@vte/contracts';
import type { Db } from '../../platform/db/pool';
import { AppError } from '../../platform/http/app-error';
import { MIME, sendFile, upload } from '../../platform/http/files';
import { route } from '../../platform/http/route';
import {
  getImportDto,
  importIssueList,
  listImportDtos,
  MAX_IMPORT_BYTES,
  rejectsFile,
  remapImport,
  requestRun,
  uploadImport,
} from './import.service';

const tags = ['children'];

/** The Excel import of children lists (docs/children-import.md, "Workflow"). */
export function importRoutes(app: FastifyInstance, db: Db): void {
  route(app, {
    method: 'POST',
    url: '/api/children/imports',
    access: 'children.import',
    tags,
    summary: 'Tải lên danh sách trẻ em (.xlsx, .xls, .csv) và xem trước (chưa lưu vào sổ)',
    response: childImportDto,
    handler: async (_i, ctx, reply) => {
      const f = await upload(reply.request, MAX_IMPORT_BYTES + 1);
      if (f.data.length > MAX_IMPORT_BYTES) throw new AppError('CHILD_IMPORT_TOO_LARGE');
      const fields = childImportUploadFields.safeParse(f.fields);
      if (!fields.success)
        throw new AppError('VALIDATION', {
          issues: fields.error.issues.map((i) => ({ path: `body.${i.path.join('.')}`, message: i.message })),
        });
      return uploadImport(db, ctx, { ...fields.data, data: f.data, fileName: f.filename });
    },
  });
  route(app, {
    method: 'GET',
    url: '/api/children/imports',
    access: 'children.import',
    tags,
    summary: 'Các lần nhập danh sách trẻ em',
    querystring: childImportListQuery,
    response: z.object({ items: z.array(childImportSummaryDto) }),
    handler: ({ query }, ctx) => listImportDtos(db, ctx, query.unitId),
  });
  route(app, {
    method: 'GET',
    url: '/api/children/imports/:id',
    access: 'children.import',
    tags,
    summary: 'Lần nhập: xem trước, tiến độ, kết quả',
    params: idParams,
    response: childImportDto,
    handler: ({ params }, ctx) => getImportDto(db, ctx, params.id),
  });
  importReviewRoutes(app, db);
}

function importReviewRoutes(app: FastifyInstance, db: Db): void {
  route(app, {
    method: 'GET',
    url: '/api/children/imports/:id/issues',
    access: 'children.import',
    tags,
    summary: 'Các vấn đề của lần nhập theo dòng và cột (lọc theo mã, mức độ)',
    params: idParams,
    querystring: childImportIssuesQuery,
    response: pageOf(childImportIssueDto),
    handler: ({ params, query }, ctx) => importIssueList(db, ctx, params.id, query),
  });
  route(app, {
    method: 'PUT',
    url: '/api/children/imports/:id/mapping',
    access: 'children.import',
    tags,
    summary: 'Đổi cách ghép cột rồi phân tích lại (đơn vị ghi nhớ cho lần sau)',
    params: idParams,
    body: childImportMappingInput,
    response: childImportDto,
    handler: ({ params, body }, ctx) => remapImport(db, ctx, params.id, body.mapping),
  });
  route(app, {
    method: 'POST',
    url: '/api/children/imports/:id/run',
    access: 'children.import',
    tags,
    summary: 'Xác nhận và chạy nhập (nền): mọi dòng hợp lệ trong một giao dịch',
    params: idParams,
    body: childImportRunInput,
    response: childImportDto,
    status: 202,
    handler: ({ params, body }, ctx) => requestRun(db, ctx, params.id, body.decisions),
  });
  route(app, {
    method: 'GET',
    url: '/api/children/imports/:id/rejects.xlsx',
    access: 'children.import',
    tags,
    summary: 'Tệp Excel các dòng bị loại kèm cột "Lỗi"',
    params: idParams,
    handler: async ({ params }, ctx, reply) => {
      const f = await rejectsFile(db, ctx, params.id);
      return sendFile(reply, { ...f, mime: MIME.xlsx });
    },
  });
}
