import type { FastifyInstance } from 'fastify';
import { idParams, pdfStatusDto } from '@vte/contracts';
import type { Db } from '../../platform/db/pool';
import { route } from '../../platform/http/route';
import { pdfStatus } from './export.service';

/** Where each kind of report's PDF stands, for the download button's progress (issue 9 item 17). */
export function reportPdfRoutes(app: FastifyInstance, db: Db, soffice: string | null): void {
  for (const [kind, entity] of [
    ['agency', 'agency_report'],
    ['consolidated', 'consolidated_report'],
  ] as const) {
    route(app, {
      method: 'GET',
      url: `/api/reports/${kind}/:id/document.pdf/status`,
      access: 'reports.read',
      tags: ['reports'],
      summary: 'Tình trạng bản PDF (sẵn sàng, đang chuyển đổi…)',
      params: idParams,
      response: pdfStatusDto,
      handler: ({ params }, ctx) => pdfStatus(db, ctx, entity, params.id, soffice),
    });
  }
}
