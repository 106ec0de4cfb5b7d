import type { FastifyInstance } from 'fastify';
import {
  agencyReportDto,
  idParams,
  reopenAnswerInput,
  reopenRequestDto,
  reopenRequestInput,
  uuid,
  z,
} from '@vte/contracts';
import type { Db } from '../../platform/db/pool';
import { route } from '../../platform/http/route';
import { moveProgressHere } from './progress-move.service';
import { answerReopen, listReopens, requestReopen } from './reopen.service';

const tags = ['reports'];

/** "Đề nghị mở lại" (ask, list, answer) and moving a progress update into a report's period. */
export function requestRoutes(app: FastifyInstance, db: Db): void {
  route(app, {
    method: 'POST',
    url: '/api/reports/periods/:id/reopen-requests',
    access: 'reports.submit',
    tags,
    summary: 'Đề nghị mở lại báo cáo của cơ quan mình trong kỳ',
    params: idParams,
    body: reopenRequestInput,
    response: reopenRequestDto,
    handler: ({ params, body }, ctx) => requestReopen(db, ctx, params.id, body),
  });
  route(app, {
    method: 'GET',
    url: '/api/reports/reopen-requests',
    access: 'reports.review',
    tags,
    summary: 'Các đề nghị mở lại trong phạm vi (chờ trả lời trước)',
    response: z.array(reopenRequestDto),
    handler: (_req, ctx) => listReopens(db, ctx),
  });
  route(app, {
    method: 'POST',
    url: '/api/reports/reopen-requests/:id/answer',
    access: 'reports.review',
    tags,
    summary: 'Trả lời đề nghị mở lại: mở lại đến một ngày, hoặc không (có lý do)',
    params: idParams,
    body: reopenAnswerInput,
    response: reopenRequestDto,
    handler: ({ params, body }, ctx) => answerReopen(db, ctx, params.id, body),
  });
  route(app, {
    method: 'POST',
    url: '/api/reports/agency/:id/progress/:progressId/move',
    access: 'reports.submit',
    tags,
    summary: 'Chuyển một cập nhật tiến độ vào kỳ của báo cáo này',
    params: z.strictObject({ id: uuid, progressId: uuid }),
    response: agencyReportDto,
    handler: ({ params }, ctx) => moveProgressHere(db, ctx, params.id, params.progressId),
  });
}
