import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { ErrorCode } from '@vte/contracts';
import { AppError } from './app-error';
import { errorSpec } from './errors';
import { routeOf, safeError } from '../logger';

function send(reply: FastifyReply, code: ErrorCode, details?: unknown): FastifyReply {
  const spec = errorSpec(code);
  if (!spec) {
    // A declared code whose module registered no catalogue entry: the user gets the generic 500,
    // the operator a warning naming the code (never the details: they may hold input).
    reply.log.warn({ code, route: routeOf(reply.request) }, 'error code without a catalogue entry');
    return send(reply, 'INTERNAL');
  }
  const body: { error: { code: string; message: string; details?: unknown } } = {
    error: { code, message: spec.message },
  };
  if (details !== undefined) body.error.details = details;
  return reply.status(spec.status).send(body);
}

function frameworkCode(err: FastifyError): ErrorCode | undefined {
  switch (err.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return 'PAYLOAD_TOO_LARGE';
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return 'UNSUPPORTED_MEDIA_TYPE';
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return 'BAD_REQUEST';
    default:
      if (err.statusCode === 429) return 'RATE_LIMITED';
      if (err instanceof SyntaxError || err.statusCode === 400) return 'BAD_REQUEST';
      if (err.statusCode === 413) return 'PAYLOAD_TOO_LARGE';
      if (err.statusCode === 415) return 'UNSUPPORTED_MEDIA_TYPE';
      return undefined;
  }
}

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    const raw: unknown = err;
    if (raw instanceof AppError) return send(reply, raw.code, raw.details);
    if (hasZodFastifySchemaValidationErrors(err)) {
      const issues = err.validation.map((v) => ({
        path: [err.validationContext, ...v.instancePath.split('/').filter(Boolean)].join('.'),
        message: v.message ?? 'Giá trị không hợp lệ',
      }));
      return send(reply, 'VALIDATION', { issues });
    }
    const code = frameworkCode(err);
    if (code) return send(reply, code);
    // Unknown: log what failed and where (route pattern, request id, error codes), never the
    // message, parameters or body: they may hold personal data (safeError). Answer generically.
    req.log.error({ code: 'INTERNAL', error: safeError(err), route: routeOf(req) }, 'unhandled error');
    return send(reply, 'INTERNAL');
  });
  app.setNotFoundHandler((_req, reply) => send(reply, 'ROUTE_NOT_FOUND'));
}
