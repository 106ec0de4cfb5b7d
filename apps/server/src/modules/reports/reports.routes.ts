import type { FastifyInstance } from 'fastify';
import {
  agencyReportDto,
  agencyReportSummaryDto,
  completenessDto,
  createPeriodInput,
  evidenceDto,
  generatePeriodsInput,
  idParams,
  myReportDto,
  periodDto,
  periodListQuery,
  remindMissingInput,
  remindResultDto,
  reportVersionDto,
  reviewInput,
  saveAgencyReportInput,
  updatePeriodInput,
  uuid,
  versionParams,
  z,
} from '@vte/contracts';
import type { Db } from '../../platform/db/pool';
import { AppError } from '../../platform/http/app-error';
import { MIME, sendFile, upload } from '../../platform/http/files';
import { route } from '../../platform/http/route';
import {
  getAgencyReport,
  openMyReport,
  reviewAgencyReport,
  saveAgencyReport,
  versionContent,
  versionList,
} from './agency-report.service';
import { getCompleteness, remindMissing } from './completeness.service';
import { agencyReportFile } from './export.service';
import {
  addAttachment,
  getAttachment,
  MAX_ATTACHMENT_BYTES,
  myReports,
  periodReports,
  removeAttachment,
} from './my-reports.service';
import { createPeriod, generatePeriods, getPeriod, listPeriods, updatePeriod } from './periods.service';

const tags = ['reports'];

export function periodRoutes(app: FastifyInstance, db: Db): void {
  periodEditRoutes(app, db);
  periodFollowUpRoutes(app, db);
}

function periodEditRoutes(app: FastifyInstance, db: Db): void {
  route(app, {
    method: 'GET',
    url: '/api/reports/periods',
    access: 'reports.read',
    tags,
    summary: 'Kỳ báo cáo',
    querystring: periodListQuery,
    response: z.array(periodDto),
    handler: ({ query }, ctx) => listPeriods(db, ctx, query),
  });
  route(app, {
    method: 'GET',
    url: '/api/reports/periods/:id',
    access: 'reports.read',
    tags,
    summary: 'Kỳ báo cáo',
    params: idParams,
    response: periodDto,
    handler: ({ params }, ctx) => getPeriod(db, ctx, params.id),
  });
  route(app, {
    method: 'POST',
    url: '/api/reports/periods',
    access: 'reports.review',
    tags,
    summary: 'Thêm kỳ báo cáo (chuyên đề, đột xuất…)',
    body: createPeriodInput,
    response: periodDto,
    handler: ({ body }, ctx) => createPeriod(db, ctx, body),
  });
  route(app, {
    method: 'POST',
    url: '/api/reports/periods/generate',
    access: 'reports.review',
    tags,
    summary: 'Tạo các kỳ báo cáo theo chế độ báo cáo của kế hoạch',
    body: generatePeriodsInput,
    response: z.array(periodDto),
    status: 200,
    handler: ({ body }, ctx) => generatePeriods(db, ctx, body.planId),
  });
  route(app, {
    method: 'PATCH',
    url: '/api/reports/periods/:id',
    access: 'reports.review',
    tags,
    summary: 'Sửa ngày của kỳ báo cáo, mở lại kỳ đã khóa',
    params: idParams,
    body: updatePeriodInput,
    response: periodDto,
    handler: ({ params, body }, ctx) => updatePeriod(db, ctx, params.id, body),
  });
}

/** Who has reported, reminders to those who have not, and the reports received. */
function periodFollowUpRoutes(app: FastifyInstance, db: Db): void {
  route(app, {
    method: 'GET',
    url: '/api/reports/periods/:id/completeness',
    access: 'reports.read',
    tags,
    summary: 'Tình hình nộp báo cáo (đủ, đúng hạn)',
    params: idParams,
    response: completenessDto,
    handler: ({ params }, ctx) => getCompleteness(db, ctx, params.id),
  });
  route(app, {
    method: 'POST',
    url: '/api/reports/periods/:id/remind',
    access: 'reports.remind',
    tags,
    summary: 'Nhắc các cơ quan chưa báo cáo',
    params: idParams,
    body: remindMissingInput,
    response: remindResultDto,
    status: 200,
    handler: ({ params, body }, ctx) => remindMissing(db, ctx, params.id, body),
  });
  route(app, {
    method: 'GET',
    url: '/api/reports/periods/:id/reports',
    access: 'reports.read',
    tags,
    summary: 'Báo cáo của các cơ quan trong kỳ',
    params: idParams,
    response: z.array(agencyReportSummaryDto),
    handler: ({ params }, ctx) => periodReports(db, ctx, params.id),
  });
}

export function agencyReportRoutes(app: FastifyInstance, db: Db, soffice: string | null): void {
  agencyReportEditRoutes(app, db);
  agencyReportFileRoutes(app, db, soffice);
}

/** Open, save, submit and review an agency's report; its versions as sent. */
function agencyReportEditRoutes(app: FastifyInstance, db: Db): void {
  route(app, {
    method: 'GET',
    url: '/api/reports/mine',
    access: 'reports.submit',
    tags,
    summary: 'Các kỳ cơ quan tôi phải báo cáo',
    response: z.array(myReportDto),
    handler: (_i, ctx) => myReports(db, ctx),
  });
  route(app, {
    method: 'POST',
    url: '/api/reports/periods/:id/my-report',
    access: 'reports.submit',
    tags,
    summary: 'Lập (hoặc mở) báo cáo của cơ quan tôi',
    params: idParams,
    response: agencyReportDto,
    status: 200,
    handler: ({ params }, ctx) => openMyReport(db, ctx, params.id),
  });
  route(app, {
    method: 'GET',
    url: '/api/reports/agency/:id',
    access: 'reports.read',
    tags,
    summary: 'Báo cáo của cơ quan',
    params: idParams,
    response: agencyReportDto,
    handler: ({ params }, ctx) => getAgencyReport(db, ctx, params.id),
  });
  route(app, {
    method: 'PUT',
    url: '/api/reports/agency/:id',
    access: 'reports.submit',
    tags,
    summary: 'Lưu báo cáo (tự động lưu)',
    params: idParams,
    body: saveAgencyReportInput,
    response: agencyReportDto,
    handler: ({ params, body }, ctx) => saveAgencyReport(db, ctx, params.id, body, false),
  });
  route(app, {
    method: 'POST',
    url: '/api/reports/agency/:id/submit',
    access: 'reports.submit',
    tags,
    summary: 'Gửi báo cáo',
    params: idParams,
    body: saveAgencyReportInput,
    response: agencyReportDto,
    status: 200,
    handler: ({ params, body }, ctx) => saveAgencyReport(db, ctx, params.id, body, true),
  });
  route(app, {
    method: 'POST',
    url: '/api/reports/agency/:id/review',
    access: 'reports.review',
    tags,
    summary: 'Tiếp nhận hoặc trả lại báo cáo',
    params: idParams,
    body: reviewInput,
    response: agencyReportDto,
    status: 200,
    handler: ({ params, body }, ctx) => reviewAgencyReport(db, ctx, params.id, body),
  });
  agencyReportVersionRoutes(app, db);
}

function agencyReportVersionRoutes(app: FastifyInstance, db: Db): void {
  route(app, {
    method: 'GET',
    url: '/api/reports/agency/:id/versions',
    access: 'reports.read',
    tags,
    summary: 'Lịch sử phiên bản',
    params: idParams,
    response: z.array(reportVersionDto),
    handler: ({ params }, ctx) => versionList(db, ctx, params.id),
  });
  route(app, {
    method: 'GET',
    url: '/api/reports/agency/:id/versions/:version',
    access: 'reports.read',
    tags,
    summary: 'Báo cáo như đã gửi ở một phiên bản',
    params: versionParams,
    response: agencyReportDto,
    handler: ({ params }, ctx) => versionContent(db, ctx, params.id, params.version),
  });
}

/** Attachments, and the report as Word, PDF and its Excel annex. */
function agencyReportFileRoutes(app: FastifyInstance, db: Db, soffice: string | null): void {
  route(app, {
    method: 'POST',
    url: '/api/reports/agency/:id/attachments',
    access: 'reports.submit',
    tags,
    summary: 'Đính kèm tệp (Word, Excel, PDF, ảnh ≤ 10 MB)',
    params: idParams,
    response: evidenceDto,
    handler: async ({ params }, ctx, reply) => {
      const f = await upload(reply.request, MAX_ATTACHMENT_BYTES);
      const taskId = f.fields.taskId ? uuid.safeParse(f.fields.taskId) : null;
      if (taskId && !taskId.success)
        throw new AppError('VALIDATION', {
          issues: [{ path: 'body.taskId', message: 'Mã định danh không hợp lệ' }],
        });
      const row = await addAttachment(db, ctx, params.id, {
        filename: f.filename,
        data: f.data,
        taskId: taskId?.data ?? null,
      });
      return row;
    },
  });
  route(app, {
    method: 'GET',
    url: '/api/reports/attachments/:id',
    access: 'reports.read',
    tags,
    summary: 'Tải tệp đính kèm',
    params: idParams,
    handler: async ({ params }, ctx, reply) => {
      const a = await getAttachment(db, ctx, params.id);
      return sendFile(reply, { data: a.content, filename: a.filename, mime: a.mime });
    },
  });
  route(app, {
    method: 'DELETE',
    url: '/api/reports/attachments/:id',
    access: 'reports.submit',
    tags,
    summary: 'Xoá tệp đính kèm chưa gửi',
    params: idParams,
    handler: async ({ params }, ctx) => removeAttachment(db, ctx, params.id),
  });
  for (const [name, format] of [
    ['document.docx', 'docx'],
    ['document.pdf', 'pdf'],
    ['annex.xlsx', 'xlsx'],
  ] as const) {
    route(app, {
      method: 'GET',
      url: `/api/reports/agency/:id/${name}`,
      access: 'reports.read',
      tags,
      summary: `Tải báo cáo của cơ quan (${name})`,
      params: idParams,
      handler: async ({ params }, ctx, reply) => {
        const f = await agencyReportFile(db, ctx, params.id, format, soffice);
        return sendFile(reply, { ...f, mime: MIME[format] });
      },
    });
  }
}
