import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { loadConfig } from '../apps/server/src/config';
import { createTestApp, PASSWORD, type TestApp } from '../apps/server/src/test/harness';
import { defaultWebDist } from '../apps/server/src/platform/http/static';

export interface E2E {
  t: TestApp;
  baseUrl: string;
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

// Flags proven on this kind of machine: headless, no sandbox as root, no background networking.
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A real listening server (own database, built web app) and a fresh Chromium profile. */
export async function startE2E(viewport = { width: 1280, height: 800 }): Promise<E2E> {
  const dist = defaultWebDist();
  if (!fs.existsSync(path.join(dist, 'app', 'index.html')))
    throw new Error('web app not built: run `npm run build:web`');
  const t = await createTestApp({ WEB_DIST: dist });
  await t.app.listen({ host: '127.0.0.1', port: 0 });
  const addr = t.app.server.address();
  const baseUrl = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'vte-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: loadConfig().CHROMIUM_PATH,
    args: ARGS,
    viewport,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return {
    t,
    baseUrl,
    context,
    page,
    async close() {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
      await t.close();
      if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
    },
  };
}

/** Signs in through the login form as a user created with the test password. */
export async function signInAs(page: Page, baseUrl: string, username: string): Promise<void> {
  await page.context().clearCookies();
  await page.goto(`${baseUrl}/app/login`);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.waitForURL((u) => !u.pathname.endsWith('/login'));
}
