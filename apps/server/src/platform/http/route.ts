import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import type { Permission } from '@vte/contracts';
import { AppError } from './app-error';
import type { ListCache } from './list-cache';
import type { CacheListener } from '../db/cache-listener';
import type { Db } from '../db/pool';
import { fenceAfterWrite, hasReadFence, readDbFor } from './read-fence';
import type { AuthedContext, AuthUser, RequestContext } from '../auth/context';

export type Access = Permission | 'authenticated' | 'public';
type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
type Schema = z.ZodType | undefined;
type Infer<S> = S extends z.ZodType ? z.output<S> : undefined;

export interface RouteSpec<
  B extends Schema,
  Q extends Schema,
  P extends Schema,
  R extends Schema,
  A extends Access,
> {
  method: Method;
  url: string;
  access: A;
  summary: string;
  tags: string[];
  body?: B;
  querystring?: Q;
  params?: P;
  response?: R;
  status?: number;
  /** Serve repeated GETs from the per-user list cache (catalogue lists only; see list-cache.ts). */
  cache?: boolean;
  /** Per-route rate limit (sign-in); others use the global limit. */
  rateLimit?: { max: number; timeWindow: string; keyGenerator?: (req: FastifyRequest) => string };
  /** Open to a user who must change the password first (me, password change, logout); all else is closed. */
  duringPasswordChange?: true;
  /** Reads may come from the replica (READ_DATABASE_URL) through `ctx.readDb`; see read-routing.ts. */
  reads?: 'replica';
  handler: (
    input: { body: Infer<B>; query: Infer<Q>; params: Infer<P> },
    ctx: (A extends 'public' ? RequestContext : AuthedContext) & { readDb: Db },
    reply: FastifyReply,
  ) => Promise<R extends z.ZodType ? z.input<R> : unknown>;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Resolves the session cookie to a user (identity module); null when absent or expired. */
    authenticate(req: FastifyRequest): Promise<AuthUser | null>;
    listCache: ListCache;
    /** Empties this process's caches when any process writes what they hold (platform/db/cache-listener.ts). */
    cacheListener: CacheListener;
  }
  interface FastifyContextConfig {
    access?: Access;
  }
}

const UNSAFE = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);

export function requestContext(req: FastifyRequest, user: AuthUser | null): RequestContext {
  const ua = req.headers['user-agent'];
  return { user, ip: req.ip, userAgent: typeof ua === 'string' ? ua.slice(0, 300) : null };
}

/**
 * The only way to add an API route: access declared, input parsed by zod contracts,
 * one handler call. Routes stay thin adapters (docs/architecture.md §5.2).
 */
export function route<
  B extends Schema,
  Q extends Schema,
  P extends Schema,
  R extends Schema,
  A extends Access,
>(app: FastifyInstance, spec: RouteSpec<B, Q, P, R, A>): void {
  const status = spec.status ?? (spec.method === 'POST' ? 201 : 200);
  app.withTypeProvider<ZodTypeProvider>().route({
    method: spec.method,
    url: spec.url,
    config: { access: spec.access, ...(spec.rateLimit ? { rateLimit: spec.rateLimit } : {}) },
    schema: {
      summary: spec.summary,
      tags: spec.tags,
      ...(spec.body ? { body: spec.body } : {}),
      ...(spec.querystring ? { querystring: spec.querystring } : {}),
      ...(spec.params ? { params: spec.params } : {}),
      ...(spec.response ? { response: { [status]: spec.response } } : {}),
    },
    // Auth runs before validation so an anonymous caller learns nothing about the input rules.
    onRequest: async (req) => {
      req.vteUser = null;
      if (spec.access === 'public') return;
      const user = await app.authenticate(req);
      if (!user)
        throw new AppError(
          req.headers.cookie?.includes('vte_session=') ? 'SESSION_EXPIRED' : 'UNAUTHENTICATED',
        );
      if (UNSAFE.has(spec.method) && req.headers['x-csrf-token'] !== user.csrfToken)
        throw new AppError('CSRF_INVALID');
      if (user.mustChangePassword && !spec.duringPasswordChange)
        throw new AppError('AUTH_PASSWORD_CHANGE_REQUIRED');
      if (spec.access !== 'authenticated' && !user.permissions.has(spec.access))
        throw new AppError('FORBIDDEN');
      req.vteUser = user;
    },
    handler: async (req, reply) => {
      // Right after the caller's own write, no answer kept from before it will do.
      const cacheKey =
        spec.cache && spec.response && req.vteUser && app.listCache.enabled && !hasReadFence(req)
          ? `${req.vteUser.id} ${req.url}`
          : null;
      if (cacheKey) {
        const hit = app.listCache.get(cacheKey);
        if (hit !== undefined) return reply.status(status).type('application/json; charset=utf-8').send(hit);
      }
      const generation = app.listCache.generation;
      const readDb = await readDbFor(app.reads, req, reply, spec.reads === 'replica');
      type Ctx = A extends 'public' ? RequestContext : AuthedContext;
      const ctx = Object.assign(requestContext(req, req.vteUser) as Ctx, { readDb });
      const result = await spec.handler(
        { body: req.body as Infer<B>, query: req.query as Infer<Q>, params: req.params as Infer<P> },
        ctx,
        reply,
      );
      // A write may change any cached list or session: drop them here now (every process, this one
      // included, also hears it from PostgreSQL at commit).
      if (UNSAFE.has(spec.method)) {
        app.cacheListener.changedHere();
        await fenceAfterWrite(app.reads, req, reply);
      }
      if (reply.sent) return reply;
      if (result === undefined) return reply.status(204).send();
      if (spec.cache && spec.response) {
        // Catalogue lists: their DTOs are mapped field by field (docs/architecture.md, house rules) and
        // checked against the contract in their tests, so the page is written as it is; zod's encode of
        // 20 rows cost ~50 µs of a request budget under 1 ms.
        const body = JSON.stringify(result);
        if (cacheKey) app.listCache.set(cacheKey, body, generation);
        return reply.status(status).type('application/json; charset=utf-8').send(body);
      }
      return reply.status(status).send(result);
    },
  });
}

declare module 'fastify' {
  interface FastifyRequest {
    vteUser: AuthUser | null;
  }
}
