import type { FastifyInstance } from 'fastify';
import {
  childMatchDraft,
  childMatchResultDto,
  duplicatePairDetailDto,
  duplicatePairDto,
  duplicatePairListDto,
  duplicateScanInput,
  duplicateScanResultDto,
  idParams,
  mergeInput,
  mergeResultDto,
  undoResultDto,
} from '@vte/contracts';
import type { Db } from '../../platform/db/pool';
import { route } from '../../platform/http/route';
import { listPairs, markNotSame, matchDraft, readPair, scanUnit } from './duplicates.service';
import { mergePair, undoMerge } from './merge.service';

// Duplicates (docs/children.md, "Duplicates"). Ids only in URLs; the draft of the forced search
// (a name, a personal ID) travels in the POST body.
export function duplicatesRoutes(app: FastifyInstance, db: Db): void {
  route(app, {
    method: 'POST',
    url: '/api/children/match',
    access: 'children.manage',
    summary: 'Tìm hồ sơ có thể trùng trước khi thêm trẻ (bắt buộc tìm trước khi tạo)',
    tags: ['children'],
    body: childMatchDraft,
    status: 200,
    response: childMatchResultDto,
    handler: ({ body }, ctx) => matchDraft(db, ctx, body),
  });
  route(app, {
    method: 'POST',
    url: '/api/children/duplicates/scan',
    access: 'children.merge',
    summary: 'Rà soát hồ sơ nghi trùng của một đơn vị',
    tags: ['children'],
    body: duplicateScanInput,
    status: 200,
    response: duplicateScanResultDto,
    handler: ({ body }, ctx) => scanUnit(db, ctx, body.unitId),
  });
  route(app, {
    method: 'GET',
    url: '/api/children/duplicates',
    access: 'children.merge',
    summary: 'Danh sách cặp hồ sơ nghi trùng chờ xử lý',
    tags: ['children'],
    response: duplicatePairListDto,
    handler: (_req, ctx) => listPairs(db, ctx),
  });
  route(app, {
    method: 'GET',
    url: '/api/children/duplicates/:id',
    access: 'children.merge',
    summary: 'Xem hai hồ sơ nghi trùng cạnh nhau (ghi nhật ký, mục đích làm sạch dữ liệu)',
    tags: ['children'],
    params: idParams,
    response: duplicatePairDetailDto,
    handler: ({ params }, ctx) => readPair(db, ctx, params.id),
  });
  route(app, {
    method: 'POST',
    url: '/api/children/duplicates/:id/merge',
    access: 'children.merge',
    summary: 'Gộp hai hồ sơ trùng (chọn từng trường; có thể hoàn tác)',
    tags: ['children'],
    params: idParams,
    body: mergeInput,
    status: 200,
    response: mergeResultDto,
    handler: ({ params, body }, ctx) => mergePair(db, ctx, params.id, body),
  });
  route(app, {
    method: 'POST',
    url: '/api/children/duplicates/:id/not-same',
    access: 'children.merge',
    summary: 'Xác nhận không phải cùng một trẻ (không đề xuất lại)',
    tags: ['children'],
    params: idParams,
    status: 200,
    response: duplicatePairDto,
    handler: ({ params }, ctx) => markNotSame(db, ctx, params.id),
  });
  route(app, {
    method: 'POST',
    url: '/api/children/merges/:id/undo',
    access: 'children.merge',
    summary: 'Hoàn tác một lần gộp hồ sơ',
    tags: ['children'],
    params: idParams,
    status: 200,
    response: undoResultDto,
    handler: ({ params }, ctx) => undoMerge(db, ctx, params.id),
  });
}
