import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from './app-error';

export const MIME = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
} as const;

/** One uploaded file plus its text fields, or a clear 4xx (no file, wrong content type). */
export async function upload(req: FastifyRequest, maxBytes: number) {
  if (!req.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE');
  const part = await req.file({ limits: { fileSize: maxBytes, files: 1 } });
  if (!part) throw new AppError('BAD_REQUEST');
  const data = await part.toBuffer();
  const fields = Object.fromEntries(
    Object.entries(part.fields).flatMap(([k, v]) =>
      v && !Array.isArray(v) && v.type === 'field' ? [[k, String(v.value)]] : [],
    ),
  );
  return { filename: part.filename, data, fields };
}

/** A download: stored type, the name encoded for any browser, never sniffed into something else. */
export function sendFile(reply: FastifyReply, f: { data: Buffer; filename: string; mime: string }) {
  return reply
    .header('content-type', f.mime)
    .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(f.filename)}`)
    .header('x-content-type-options', 'nosniff')
    .send(f.data);
}
