import type { FastifyInstance } from 'fastify';
import {
  childParams,
  childSubParams,
  circumstanceDto,
  circumstanceInput,
  circumstancePatch,
  consentDto,
  consentInput,
  consentPatch,
  guardianDto,
  guardianInput,
  guardianPatch,
  riskDto,
  riskInput,
  riskPatch,
} from '@vte/contracts';
import type { z } from 'zod';
import { route } from '../../platform/http/route';
import type { Db } from '../../platform/db/pool';
import type { SubKind } from './subrecords.repo';
import { addSubRecord, editSubRecord } from './subrecords.service';

const kinds = [
  {
    kind: 'guardian',
    path: 'guardians',
    label: 'cha, mẹ, người giám hộ',
    input: guardianInput,
    patch: guardianPatch,
    dto: guardianDto,
  },
  {
    kind: 'circumstance',
    path: 'circumstances',
    label: 'hoàn cảnh đặc biệt',
    input: circumstanceInput,
    patch: circumstancePatch,
    dto: circumstanceDto,
  },
  { kind: 'risk', path: 'risks', label: 'nguy cơ', input: riskInput, patch: riskPatch, dto: riskDto },
  {
    kind: 'consent',
    path: 'consents',
    label: 'sự đồng ý',
    input: consentInput,
    patch: consentPatch,
    dto: consentDto,
  },
] as const;

/** POST /api/children/:id/<kind>s adds one; PATCH …/:subId edits or ends it (end date). */
export function subRecordRoutes(app: FastifyInstance, db: Db): void {
  for (const k of kinds) {
    route(app, {
      method: 'POST',
      url: `/api/children/:id/${k.path}`,
      access: 'children.manage',
      summary: `Thêm ${k.label} vào hồ sơ trẻ em`,
      tags: ['children'],
      params: childParams,
      body: k.input as z.ZodType,
      response: k.dto as z.ZodType,
      handler: ({ params, body }, ctx) => addSubRecord(db, ctx, k.kind as SubKind, params.id, body as never),
    });
    route(app, {
      method: 'PATCH',
      url: `/api/children/:id/${k.path}/:subId`,
      access: 'children.manage',
      summary: `Sửa hoặc kết thúc ${k.label} trong hồ sơ trẻ em`,
      tags: ['children'],
      params: childSubParams,
      body: k.patch as z.ZodType,
      response: k.dto as z.ZodType,
      handler: ({ params, body }, ctx) =>
        editSubRecord(db, ctx, k.kind as SubKind, { childId: params.id, subId: params.subId }, body as never),
    });
  }
}
