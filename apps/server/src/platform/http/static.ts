import fs from 'node:fs';
import path from 'node:path';
import { WEB_DIST_DIR } from '../../paths';
import type { FastifyInstance, FastifyReply } from 'fastify';
import fastifyStatic from '@fastify/static';

/**
 * The page with this answer's style nonce: on its own <style> block, and in a meta tag from which
 * the app hands it to antd, whose CSS-in-JS adds <style> elements at run time (CSP without 'unsafe-inline').
 */
export function withNonce(html: string, nonce: string): string {
  return html
    .replace('<head>', `<head>\n    <meta name="csp-nonce" content="${nonce}" />`)
    .replaceAll('<style>', `<style nonce="${nonce}">`);
}

export function defaultWebDist(): string {
  return WEB_DIST_DIR;
}

/**
 * Caching (issue 9 item 18): Vite names every file under assets/ by its content hash, so a browser may
 * keep it for a year without asking again; pages are revalidated on every visit (a new release names
 * new assets). Other files (the icon) are not hashed: kept a day.
 */
export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';
export const CACHE_REVALIDATE = 'no-cache';
const CACHE_UNHASHED = 'public, max-age=86400';

export function cacheControlFor(dist: string, file: string): string {
  const rel = path.relative(dist, file).split(path.sep);
  if (rel[0] === 'assets' && rel.length > 1) return CACHE_IMMUTABLE;
  return file.endsWith('.html') ? CACHE_REVALIDATE : CACHE_UNHASHED;
}

/** Serves the built portal at / and the staff app at /app/ (history fallback to its index.html). */
export async function serveWeb(app: FastifyInstance, dist: string): Promise<boolean> {
  if (!fs.existsSync(path.join(dist, 'index.html'))) return false;
  // The staff app's page is served below with this answer's CSP nonce, never as a plain file.
  await app.register(fastifyStatic, {
    root: dist,
    prefix: '/',
    wildcard: false,
    index: ['index.html'],
    globIgnore: ['app/index.html'],
    setHeaders: (reply, file) => void reply.header('cache-control', cacheControlFor(dist, file)),
  });
  const appIndex = fs.readFileSync(path.join(dist, 'app', 'index.html'), 'utf8');
  const spa = (_req: unknown, reply: FastifyReply) =>
    reply
      .type('text/html; charset=utf-8')
      .header('cache-control', CACHE_REVALIDATE)
      .send(withNonce(appIndex, reply.cspNonce.style));
  app.get('/app', { config: { access: 'public' } }, spa);
  app.get('/app/*', { config: { access: 'public' } }, async (req, reply) => {
    const rel = (req.params as { '*': string })['*'];
    const file = path.join(dist, 'app', rel);
    // Real asset files are served by the static handler's wildcard; everything else is a client route.
    if (
      rel &&
      rel !== 'index.html' &&
      file.startsWith(path.join(dist, 'app')) &&
      fs.existsSync(file) &&
      fs.statSync(file).isFile()
    ) {
      return reply.sendFile(path.join('app', rel));
    }
    return spa(req, reply);
  });
  app.get('/assets/*', { config: { access: 'public' } }, (req, reply) =>
    reply
      .header('cache-control', CACHE_IMMUTABLE)
      .sendFile(path.join('assets', (req.params as { '*': string })['*'])),
  );
  return true;
}
