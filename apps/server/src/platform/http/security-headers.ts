import type { FastifyInstance } from 'fastify';
import fastifyHelmet from '@fastify/helmet';
import helmet from 'helmet';

/** One year, the usual HSTS lifetime; sub-domains too (the app owns its host name). */
const HSTS = 'max-age=31536000; includeSubDomains';

/**
 * Security headers (docs/architecture.md, "Security"):
 * - CSP without 'unsafe-inline': antd 6 injects its CSS-in-JS <style> elements at run time, so every
 *   answer carries a fresh nonce for style-src; the staff app's HTML hands it to antd (meta csp-nonce,
 *   ConfigProvider csp). Scripts come only from the app's own files.
 * - HSTS only on answers that went out over HTTPS (directly, or as a TRUST_PROXY proxy reports it):
 *   a plain-HTTP development server must not pin itself.
 * - Cache-Control: no-store on every /api answer (they carry personal data), unless a route
 *   explicitly marks its answer public.
 * - API routes answer JSON, which runs no script or style: they need no nonce, so their headers are
 *   computed once at start-up (the per-answer nonce rebuilt helmet's whole header set on every request).
 */
export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  const apiHeaders = staticHeaders(options);
  app.addHook('onRoute', (r) => {
    if (r.url.startsWith('/api/')) r.helmet = false;
  });
  await app.register(fastifyHelmet, { enableCSPNonces: true, ...options });
  app.addHook('onSend', async (req, reply) => {
    if (req.protocol === 'https') reply.header('strict-transport-security', HSTS);
    if (req.url.startsWith('/api/')) {
      reply.headers(apiHeaders);
      const set = reply.getHeader('cache-control');
      if (typeof set !== 'string' || !/\bpublic\b/.test(set)) reply.header('cache-control', 'no-store');
    }
  });
}

const options = {
  contentSecurityPolicy: {
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      fontSrc: ["'self'", 'data:'],
      frameAncestors: ["'none'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      upgradeInsecureRequests: null,
    },
  },
  strictTransportSecurity: false,
} as const;

/** The headers helmet sets with `opts` and no nonce, read once from a stand-in response. */
function staticHeaders(opts: Parameters<typeof helmet>[0]): Record<string, string> {
  const headers: Record<string, string> = {};
  const res = {
    setHeader: (name: string, value: unknown) => (headers[name.toLowerCase()] = String(value)),
    removeHeader: () => undefined,
    getHeader: () => undefined,
  };
  helmet(opts)({} as never, res as never, () => undefined);
  return headers;
}
