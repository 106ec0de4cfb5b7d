import fs from 'node:fs';
import path from 'node:path';
import { WEB_DIST_DIR } from '../../paths';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';

export function defaultWebDist(): string {
  return WEB_DIST_DIR;
}

/** Serves the built portal at / and the staff app at /app/ (history fallback to its index.html). */
export async function serveWeb(app: FastifyInstance, dist: string): Promise<boolean> {
  if (!fs.existsSync(path.join(dist, 'index.html'))) return false;
  await app.register(fastifyStatic, { root: dist, prefix: '/', wildcard: false, index: ['index.html'] });
  const appIndex = path.join(dist, 'app', 'index.html');
  const spa = (_req: unknown, reply: { type(t: string): { send(b: unknown): unknown } }) =>
    reply.type('text/html; charset=utf-8').send(fs.createReadStream(appIndex));
  app.get('/app', { config: { access: 'public' } }, spa as never);
  app.get('/app/*', { config: { access: 'public' } }, async (req, reply) => {
    const rel = (req.params as { '*': string })['*'];
    const file = path.join(dist, 'app', rel);
    // Real asset files are served by the static handler's wildcard; everything else is a client route.
    if (rel && file.startsWith(path.join(dist, 'app')) && fs.existsSync(file) && fs.statSync(file).isFile()) {
      return reply.sendFile(path.join('app', rel));
    }
    return spa(req, reply);
  });
  app.get('/assets/*', { config: { access: 'public' } }, (req, reply) =>
    reply
      .header('cache-control', 'public, max-age=31536000, immutable')
      .sendFile(path.join('assets', (req.params as { '*': string })['*'])),
  );
  return true;
}
