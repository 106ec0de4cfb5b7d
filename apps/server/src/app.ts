import Fastify, { type FastifyInstance } from 'fastify';
import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { ListCache } from './platform/http/list-cache';
import { startCacheListener } from './platform/db/cache-listener';
import { healthDto } from '@vte/contracts';
import type { Config } from './config';
import type { Database } from './platform/db/database';
import { installErrorHandler } from './platform/http/error-handler';
import { registerSecurityHeaders } from './platform/http/security-headers';
import { route, type Access } from './platform/http/route';
import { defaultWebDist, serveWeb } from './platform/http/static';
import { loggerOptions, type LogStream } from './platform/logger';
import { createReadRouting } from './platform/db/read-routing';
import { registerAudit } from './modules/audit';
import { registerIdentity } from './modules/identity';
import { registerOrg } from './modules/org';
import { registerPortal } from './modules/portal';
import { registerPlans } from './modules/plans';
import { registerReports } from './modules/reports';
import { registerIndicators } from './modules/indicators';
import { registerNotifications } from './modules/notifications';
import { registerChildren } from './modules/children';

export const VERSION = '0.1.0';

export interface RouteInfo {
  method: string;
  url: string;
  access: Access | undefined;
  /** The route's input contracts (body, querystring, params), for the tests that walk every route. */
  schema?: { body?: unknown; querystring?: unknown; params?: unknown };
}

declare module 'fastify' {
  interface FastifyInstance {
    routeTable: RouteInfo[];
  }
}

export async function buildApp(
  config: Config,
  database: Pick<Database, 'db' | 'mode' | 'readDb'>,
  /** Tests read the log lines from here (the logging rule's test); default: stdout. */
  logStream?: LogStream,
): Promise<FastifyInstance> {
  const app = Fastify({
    logger: loggerOptions(config, logStream),
    bodyLimit: 1024 * 1024,
    // Forwarded headers only from the configured proxies: req.ip (rate limits, audit) is otherwise the socket's peer.
    trustProxy: config.TRUST_PROXY.length > 0 ? config.TRUST_PROXY : false,
    ajv: { customOptions: { removeAdditional: false } },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // LISTENs on the pool's server, the primary (a replica cannot LISTEN).
  const cacheListener = startCacheListener(database.db.$client.options, (m) => app.log.warn(m));
  app.addHook('onClose', () => cacheListener.close());
  await cacheListener.ready;
  app.decorate('cacheListener', cacheListener);
  app.decorate('listCache', new ListCache(config.LIST_CACHE_MS, cacheListener));
  app.decorate('reads', createReadRouting(database.db, database.readDb ?? null));
  installErrorHandler(app);
  // The API speaks JSON (and multipart where a route uploads files): anything else is a 415.
  app.removeContentTypeParser('text/plain');
  requireDeclaredAccess(app);
  await registerPlugins(app, config);
  platformRoutes(app, database);

  registerAudit(app, database.db);
  registerOrg(app, database.db);
  registerIdentity(app, database.db, config);
  registerPortal(app, database.db);
  registerPlans(app, database.db);
  registerIndicators(app, database.db);
  registerReports(app, database.db, config.SOFFICE_PATH ?? null);
  registerNotifications(app, database.db);
  registerChildren(app, database.db);

  await serveWeb(app, config.WEB_DIST ?? defaultWebDist());
  return app;
}

/** Every API route must declare who may call it (docs/architecture.md §5.8): refuse to start otherwise. */
function requireDeclaredAccess(app: FastifyInstance): void {
  const routeTable: RouteInfo[] = [];
  app.decorate('routeTable', routeTable);
  app.addHook('onRoute', (r) => {
    const methods = Array.isArray(r.method) ? r.method : [r.method];
    for (const method of methods) {
      if (method === 'HEAD') continue;
      const access = r.config?.access;
      if (r.url.startsWith('/api') && !access) throw new Error(`route ${method} ${r.url} declares no access`);
      routeTable.push({ method, url: r.url, access, schema: r.schema });
    }
  });
}

async function registerPlugins(app: FastifyInstance, config: Config): Promise<void> {
  // Officers are often on slow connections: compress JSON and pages (a plan dashboard is ~600 KB raw).
  await app.register(compress, { global: true, threshold: 2048, encodings: ['br', 'gzip'] });
  await app.register(cookie);
  await registerSecurityHeaders(app);
  // Keyed on the client address (req.ip honours X-Forwarded-For only from TRUST_PROXY peers). A cookie
  // is never the key: anyone can send a fresh one per request. Offices behind one NAT address share the
  // allowance, so RATE_LIMIT_PER_MINUTE is generous and configurable.
  await app.register(rateLimit, {
    global: true,
    max: config.RATE_LIMIT_PER_MINUTE,
    timeWindow: '1 minute',
    keyGenerator: (req) => req.ip,
  });
  // Uploads (plan documents, evidence): one file per request; each route sets its own size limit.
  await app.register(multipart, {
    limits: { files: 1, fields: 10, fieldSize: 1000, fileSize: 20 * 1024 * 1024 },
  });
  await app.register(swagger, {
    openapi: { info: { title: 'Vì Trẻ Em API', version: VERSION }, components: {} },
    transform: jsonSchemaTransform,
  });
}

/** Health and the OpenAPI document. */
function platformRoutes(app: FastifyInstance, database: Pick<Database, 'db' | 'mode'>): void {
  route(app, {
    method: 'GET',
    url: '/api/health',
    access: 'public',
    tags: ['platform'],
    summary: 'Tình trạng hệ thống',
    response: healthDto,
    handler: async () => {
      await database.db.$client.query('select 1');
      return {
        status: 'ok' as const,
        database: database.mode,
        version: VERSION,
        time: new Date().toISOString(),
      };
    },
  });
  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, () => app.swagger());
}
