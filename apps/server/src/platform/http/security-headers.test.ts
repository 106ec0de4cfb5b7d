import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../test/harness';

let t: TestApp;
let web: string;
let admin: Session;
beforeAll(async () => {
  // A built web app in miniature: the portal page and the staff app's page with its inline <style>.
  web = fs.mkdtempSync(path.join(os.tmpdir(), 'vte-web-'));
  fs.mkdirSync(path.join(web, 'app'));
  fs.writeFileSync(
    path.join(web, 'index.html'),
    '<!doctype html><html><head></head><body>Cổng</body></html>',
  );
  fs.writeFileSync(
    path.join(web, 'app', 'index.html'),
    '<!doctype html><html><head><style>.boot{color:red}</style></head><body><div id="root"></div></body></html>',
  );
  t = await createTestApp({ WEB_DIST: web, TRUST_PROXY: '10.0.0.1' });
  admin = await t.userSession('admin', { scopeUnitId: null });
});
afterAll(async () => {
  await t.close();
  fs.rmSync(web, { recursive: true, force: true });
});

const get = (url: string, extra: Record<string, unknown> = {}) =>
  t.app.inject({ method: 'GET', url, ...extra });

describe('security headers', () => {
  it('marks every API answer no-store: data, errors and unknown paths alike', async () => {
    const answers = [
      await t.app.inject({ method: 'GET', url: '/api/users', headers: { cookie: admin.cookie } }),
      await get('/api/users'),
      await get('/api/khong-co'),
      await get('/api/health'),
    ];
    expect(answers.map((r) => r.statusCode)).toEqual([200, 401, 404, 200]);
    for (const r of answers) expect(r.headers['cache-control']).toBe('no-store');
  });

  it('gives API answers the same helmet headers, without a nonce (computed once, not per answer)', async () => {
    const answers = [await get('/api/health'), await get('/api/health'), await get('/api/users')];
    for (const r of answers) {
      expect(r.headers['content-security-policy']).toMatch(/default-src 'self'.*frame-ancestors 'none'/);
      expect(r.headers['content-security-policy']).not.toMatch(/nonce/);
      expect(r.headers['x-content-type-options']).toBe('nosniff');
      expect(r.headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(r.headers['cross-origin-opener-policy']).toBe('same-origin');
    }
    expect(new Set(answers.map((r) => r.headers['content-security-policy'])).size).toBe(1);
  });

  it('sends HSTS only over HTTPS, as reported by a trusted proxy', async () => {
    expect((await get('/api/health')).headers['strict-transport-security']).toBeUndefined();
    const viaProxy = await get('/api/health', {
      remoteAddress: '10.0.0.1',
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(viaProxy.headers['strict-transport-security']).toMatch(/max-age=31536000/);
    const forged = await get('/api/health', {
      remoteAddress: '203.0.113.5',
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(forged.headers['strict-transport-security']).toBeUndefined();
  });

  it('has a CSP without unsafe-inline, and hands the style nonce to the staff app page', async () => {
    for (const url of ['/app/', '/app', '/app/plans/1', '/app/index.html']) {
      const r = await get(url);
      expect(r.statusCode, url).toBe(200);
      const csp = String(r.headers['content-security-policy']);
      expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
      expect(csp).toMatch(/script-src 'self'/);
      const nonce = /style-src 'self' 'nonce-([^']+)'/.exec(csp)?.[1];
      expect(nonce, url).toBeTruthy();
      expect(r.body).toContain(`<meta name="csp-nonce" content="${nonce}" />`);
      expect(r.body).toContain(`<style nonce="${nonce}">`);
    }
    const [a, b] = [await get('/app/'), await get('/app/')];
    expect(a.headers['content-security-policy']).not.toBe(b.headers['content-security-policy']);
    const portal = await get('/');
    expect(portal.statusCode).toBe(200);
    expect(portal.body).toContain('Cổng');
  });
});
