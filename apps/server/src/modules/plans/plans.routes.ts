import type { FastifyInstance } from 'fastify';
import {
  calendarEntryDto,
  calendarQuery,
  createPlanInput,
  dashboardDto,
  dashboardQuery,
  evidenceDto,
  idParams,
  importPreviewDto,
  matrixDto,
  myTaskDto,
  myTasksQuery,
  pageOf,
  parseTextInput,
  planDto,
  planListQuery,
  planSummaryDto,
  reminderDto,
  remindInput,
  progressDto,
  progressInput,
  setStatusInput,
  updatePlanInput,
  updateTaskInput,
  taskIdParams,
  uuid,
  z,
} from '@vte/contracts';
import type { Db } from '../../platform/db/pool';
import { AppError } from '../../platform/http/app-error';
import { route } from '../../platform/http/route';
import { MIME, sendFile, upload } from '../../platform/http/files';
import { createPlan, previewImport } from './import.service';
import { importRegisterRoute } from './import.routes';
import { listPlans, planDetail, setStatus } from './plans.service';
import { addEvidence, addProgress, getEvidence, listProgress, MAX_EVIDENCE_BYTES } from './progress.service';
import { calendar } from './calendar.service';
import { dashboard, matrix, myTasks } from './views.service';
import { MAX_PLAN_FILE_BYTES } from './parse';
import { matrixXlsx, planDocx } from './export.service';
import { remind, reminderLog } from './reminders.service';
import { updatePlan, updateTask } from './edit.service';

const tags = ['plans'];

export function plansRoutes(app: FastifyInstance, db: Db): void {
  planRoutes(app, db);
  planViewRoutes(app, db);
  progressRoutes(app, db);
  planEditRoutes(app, db);
  planFileRoutes(app, db);
}

/** Plans: list, read, import, create, change status. */
function planRoutes(app: FastifyInstance, db: Db): void {
  route(app, {
    method: 'GET',
    url: '/api/plans',
    access: 'plans.read',
    tags,
    summary: 'Danh sách kế hoạch',
    querystring: planListQuery,
    response: pageOf(planSummaryDto),
    handler: ({ query }, ctx) => listPlans(db, ctx, query),
  });
  route(app, {
    method: 'GET',
    url: '/api/plans/:id',
    access: 'plans.read',
    tags,
    summary: 'Kế hoạch (toàn văn, nhiệm vụ, phân công)',
    params: idParams,
    response: planDto,
    handler: ({ params }, ctx) => planDetail(db, ctx, params.id),
  });
  route(app, {
    method: 'POST',
    url: '/api/plans/import/preview',
    access: 'plans.manage',
    tags,
    summary: 'Trích xuất kế hoạch từ tệp .docx/.txt (không lưu)',
    response: importPreviewDto,
    status: 200,
    handler: async (_i, ctx, reply) => {
      const f = await upload(reply.request, MAX_PLAN_FILE_BYTES);
      const unitId = uuid.safeParse(f.fields.unitId);
      if (!unitId.success)
        throw new AppError('VALIDATION', {
          issues: [{ path: 'body.unitId', message: 'Mã định danh không hợp lệ' }],
        });
      return previewImport(db, ctx, unitId.data, { file: f.data, filename: f.filename });
    },
  });
  route(app, {
    method: 'POST',
    url: '/api/plans/import/preview-text',
    access: 'plans.manage',
    tags,
    summary: 'Trích xuất kế hoạch từ văn bản dán vào (không lưu)',
    body: parseTextInput,
    response: importPreviewDto,
    status: 200,
    handler: ({ body }, ctx) => previewImport(db, ctx, body.unitId, { text: body.text }),
  });
  importRegisterRoute(app, db);
  route(app, {
    method: 'POST',
    url: '/api/plans',
    access: 'plans.manage',
    tags,
    summary: 'Lưu kế hoạch đã soát xét (toàn bộ hoặc không gì cả)',
    body: createPlanInput,
    response: z.object({ id: uuid }),
    handler: async ({ body }, ctx) => ({ id: await createPlan(db, ctx, body) }),
  });
  route(app, {
    method: 'POST',
    url: '/api/plans/:id/status',
    access: 'plans.manage',
    tags,
    summary: 'Ban hành, kết thúc kế hoạch',
    params: idParams,
    body: setStatusInput,
    handler: ({ params, body }, ctx) => setStatus(db, ctx, params.id, body.status),
  });
}

/** What each reader sees: my tasks, the calendar, the matrix, the dashboard. */
function planViewRoutes(app: FastifyInstance, db: Db): void {
  route(app, {
    method: 'GET',
    url: '/api/plans/my-tasks',
    access: 'plans.read',
    tags,
    summary: 'Nhiệm vụ của cơ quan tôi',
    querystring: myTasksQuery,
    response: z.array(myTaskDto),
    handler: ({ query }, ctx) => myTasks(db, ctx, query),
  });
  route(app, {
    method: 'GET',
    url: '/api/plans/calendar',
    access: 'plans.read',
    tags,
    summary: 'Lịch hạn nhiệm vụ và báo cáo',
    querystring: calendarQuery,
    response: z.array(calendarEntryDto),
    handler: ({ query }, ctx) => calendar(db, ctx, query.from, query.to),
  });
  route(app, {
    method: 'GET',
    url: '/api/plans/:id/matrix',
    access: 'plans.read',
    tags,
    summary: 'Ma trận phân công',
    params: idParams,
    response: matrixDto,
    handler: ({ params }, ctx) => matrix(db, ctx, params.id),
  });
  route(app, {
    method: 'GET',
    url: '/api/plans/:id/dashboard',
    access: 'plans.read',
    reads: 'replica',
    tags,
    summary: 'Tình hình thực hiện theo cơ quan',
    params: idParams,
    querystring: dashboardQuery,
    response: dashboardDto,
    handler: ({ params, query }, ctx) => dashboard(ctx.readDb, ctx, params.id, query.at),
  });
}

/** Progress reports on a task and their evidence files. */
function progressRoutes(app: FastifyInstance, db: Db): void {
  route(app, {
    method: 'GET',
    url: '/api/plans/tasks/:taskId/progress',
    access: 'plans.read',
    tags,
    summary: 'Tiến độ của nhiệm vụ',
    params: taskIdParams,
    response: z.array(progressDto),
    handler: ({ params }, ctx) => listProgress(db, ctx, params.taskId),
  });
  route(app, {
    method: 'POST',
    url: '/api/plans/tasks/:taskId/progress',
    access: 'plans.progress',
    tags,
    summary: 'Cập nhật tiến độ nhiệm vụ được giao',
    params: taskIdParams,
    body: progressInput,
    response: progressDto,
    handler: ({ params, body }, ctx) => addProgress(db, ctx, params.taskId, body),
  });
  route(app, {
    method: 'POST',
    url: '/api/plans/progress/:id/evidence',
    access: 'plans.progress',
    tags,
    summary: 'Đính kèm minh chứng',
    params: idParams,
    response: evidenceDto,
    handler: async ({ params }, ctx, reply) => {
      const f = await upload(reply.request, MAX_EVIDENCE_BYTES);
      return addEvidence(db, ctx, params.id, f);
    },
  });
  route(app, {
    method: 'GET',
    url: '/api/plans/evidence/:id',
    access: 'plans.read',
    tags,
    summary: 'Tải minh chứng',
    params: idParams,
    handler: async ({ params }, ctx, reply) => {
      const e = await getEvidence(db, ctx, params.id);
      return sendFile(reply, { data: e.content, filename: e.filename, mime: e.mime });
    },
  });
}

/** Edits to a plan and its tasks; reminders to the agencies. */
function planEditRoutes(app: FastifyInstance, db: Db): void {
  route(app, {
    method: 'PATCH',
    url: '/api/plans/:id',
    access: 'plans.manage',
    tags,
    summary: 'Sửa thông tin kế hoạch',
    params: idParams,
    body: updatePlanInput,
    handler: ({ params, body }, ctx) => updatePlan(db, ctx, params.id, body),
  });
  route(app, {
    method: 'PATCH',
    url: '/api/plans/tasks/:taskId',
    access: 'plans.manage',
    tags,
    summary: 'Sửa nhiệm vụ và phân công',
    params: taskIdParams,
    body: updateTaskInput,
    handler: ({ params, body }, ctx) => updateTask(db, ctx, params.taskId, body),
  });
  route(app, {
    method: 'POST',
    url: '/api/plans/:id/remind',
    access: 'plans.remind',
    tags,
    summary: 'Đôn đốc cơ quan thực hiện',
    params: idParams,
    response: z.object({ recipients: z.number().int() }),
    status: 200,
    body: remindInput,
    handler: ({ params, body }, ctx) => remind(db, ctx, params.id, body),
  });
  route(app, {
    method: 'GET',
    url: '/api/plans/:id/reminders',
    access: 'plans.read',
    tags,
    summary: 'Nhật ký nhắc việc',
    params: idParams,
    response: z.array(reminderDto),
    handler: ({ params }, ctx) => reminderLog(db, ctx, params.id),
  });
}

/** The plan as Word (NĐ 30/2020) and the assignment matrix as Excel. */
function planFileRoutes(app: FastifyInstance, db: Db): void {
  for (const [suffix, build, type] of [
    ['export.docx', planDocx, MIME.docx],
    ['matrix.xlsx', matrixXlsx, MIME.xlsx],
  ] as const) {
    route(app, {
      method: 'GET',
      url: `/api/plans/:id/${suffix}`,
      access: 'plans.read',
      tags,
      summary: suffix === 'export.docx' ? 'Tải kế hoạch (Word, NĐ 30/2020)' : 'Tải ma trận phân công (Excel)',
      params: idParams,
      handler: async ({ params }, ctx, reply) => {
        const f = await build(db, ctx, params.id);
        return sendFile(reply, { ...f, mime: type });
      },
    });
  }
}
