// Issue 9 item 18: content-hashed assets are long-cached and immutable (a repeat visit fetches none of
// them again); the pages are revalidated on every visit, so a new release is seen at once.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness';

let t: TestApp;
let web: string;
const JS = 'console.log("app");'.repeat(200);

beforeAll(async () => {
  // A built web app in miniature, laid out as Vite writes it.
  web = fs.mkdtempSync(path.join(os.tmpdir(), 'vte-web-cache-'));
  fs.mkdirSync(path.join(web, 'app'));
  fs.mkdirSync(path.join(web, 'assets'));
  fs.writeFileSync(
    path.join(web, 'index.html'),
    '<!doctype html><html><head></head><body>Cổng</body></html>',
  );
  fs.writeFileSync(
    path.join(web, 'app', 'index.html'),
    '<!doctype html><html><head><script type="module" src="/assets/app-DFBieIPN.js"></script></head><body></body></html>',
  );
  fs.writeFileSync(path.join(web, 'assets', 'app-DFBieIPN.js'), JS);
  fs.writeFileSync(path.join(web, 'assets', 'style-CfxJlcf8.css'), 'body{margin:0}');
  fs.writeFileSync(path.join(web, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  t = await createTestApp({ WEB_DIST: web });
});
afterAll(async () => {
  await t.close();
  fs.rmSync(web, { recursive: true, force: true });
});

const get = (url: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'GET', url, headers });
const IMMUTABLE = /^public, max-age=31536000, immutable$/;

describe('static files: caching', () => {
  it('serves hashed assets (found at start-up) immutable for a year, compressed or not', async () => {
    for (const [url, type] of [
      ['/assets/app-DFBieIPN.js', /javascript/],
      ['/assets/style-CfxJlcf8.css', /css/],
    ] as const) {
      const r = await get(url);
      expect(r.statusCode, url).toBe(200);
      expect(r.headers['content-type'], url).toMatch(type);
      expect(r.headers['cache-control'], url).toMatch(IMMUTABLE);
    }
    const br = await get('/assets/app-DFBieIPN.js', { 'accept-encoding': 'br, gzip' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['cache-control']).toMatch(IMMUTABLE);
  });

  it('serves an asset added after start-up immutable too', async () => {
    fs.writeFileSync(path.join(web, 'assets', 'late-B8PLUDFe.js'), 'export {}');
    const r = await get('/assets/late-B8PLUDFe.js');
    expect(r.statusCode).toBe(200);
    expect(r.headers['cache-control']).toMatch(IMMUTABLE);
  });

  it('revalidates the pages: the portal (304 when unchanged) and the staff app at every client route', async () => {
    const portal = await get('/');
    expect(portal.statusCode).toBe(200);
    expect(portal.headers['cache-control']).toBe('no-cache');
    const etag = String(portal.headers.etag);
    expect(etag).toBeTruthy();
    const again = await get('/', { 'if-none-match': etag });
    expect(again.statusCode).toBe(304);
    for (const url of ['/app', '/app/', '/app/reports/agency/123', '/app/index.html']) {
      const r = await get(url);
      expect(r.statusCode, url).toBe(200);
      expect(r.headers['content-type'], url).toMatch(/text\/html/);
      expect(r.headers['cache-control'], url).toBe('no-cache');
    }
  });

  it('keeps unhashed files a day only, and API answers never', async () => {
    const icon = await get('/favicon.svg');
    expect(icon.statusCode).toBe(200);
    expect(icon.headers['cache-control']).toBe('public, max-age=86400');
    expect((await get('/api/health')).headers['cache-control']).toBe('no-store');
  });
});
