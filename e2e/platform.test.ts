import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { createUserDirect } from '../apps/server/src/modules/identity';
import { PASSWORD } from '../apps/server/src/test/harness';
import { startE2E, type E2E } from './browser';

let e: E2E;
/** What Chromium refused under the server's CSP (no 'unsafe-inline'; antd styles carry the page's nonce). */
const cspViolations: string[] = [];
beforeAll(async () => {
  e = await startE2E();
  e.page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
  });
  await createUserDirect(e.t.db, {
    username: 'quantri',
    password: PASSWORD,
    role: 'admin',
    fullName: 'Trần Quản Trị',
  });
});
afterAll(() => e.close());

/** Opens an antd Select/TreeSelect, types to search, and picks the option with that text. */
async function pick(page: Page, testId: string, search: string, option: string | RegExp) {
  await page.locator(`[data-testid="${testId}"]`).click();
  await page.keyboard.type(search, { delay: 20 });
  await page
    .locator('.ant-select-dropdown:visible')
    .getByText(option, typeof option === 'string' ? { exact: true } : {})
    .first()
    .click();
}

export async function signIn(page: Page, base: string, username: string, password: string) {
  await page.goto(`${base}/app/`);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
}

describe('a new administrator, in Chromium', () => {
  it('signs in, creates a user for Phòng Giáo dục và Đào tạo, and sees it in the audit log', async () => {
    const { page, baseUrl } = e;
    await signIn(page, baseUrl, 'quantri', PASSWORD);
    await page.getByTestId('welcome-card').waitFor();
    expect(await page.getByTestId('welcome-card').textContent()).toMatch(/Trần Quản Trị/);

    await page.getByTestId('nav-users').click();
    await page.getByTestId('user-create').click();
    await page.getByTestId('user-username').fill('gddt.hoa');
    await page.getByTestId('user-fullName').fill('Nguyễn Thị Hoa');
    await pick(page, 'user-role', 'báo cáo', 'Cán bộ báo cáo của cơ quan, đơn vị');
    // Today (after 1/7/2025) Lý Sơn is a special zone; its scope still covers the district's offices.
    await pick(page, 'user-scopeUnitId', 'Lý Sơn', 'Đặc khu Lý Sơn');
    await pick(page, 'user-agencyId', 'Giáo dục', /^Phòng Giáo dục và Đào tạo/);
    await page.getByTestId('user-create-submit').click();
    const temp = page.getByTestId('temporary-password');
    await temp.waitFor();
    expect((await temp.textContent())!.trim()).toMatch(/[A-Za-z2-9]{14}/);
    // Under a loaded CI machine a click during the modal's opening animation can be lost: close
    // until it is gone, so the next click does not land on the modal's mask.
    for (let tries = 0; tries < 3 && (await temp.isVisible()); tries++) {
      await page.getByTestId('temporary-password-close').click();
      await temp.waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => undefined);
    }
    await temp.waitFor({ state: 'hidden' });

    const created = await e.t.db.execute<{ id: string; agency_id: string }>(
      sql`select id, agency_id from app_user where username = 'gddt.hoa'`,
    );
    expect(created.rows).toHaveLength(1);

    await page.getByTestId('nav-audit').click();
    await page.waitForURL(/\/app\/audit/);
    // The new user's creation is in the log, by this administrator.
    // The log names the object (issue 9 item 11); its raw id is in the row's "Chi tiết gốc".
    const row = page.locator('tr', { hasText: 'Nguyễn Thị Hoa' }).filter({ hasText: 'Tạo mới' });
    await row.first().waitFor();
    expect(await row.first().textContent()).toMatch(/quantri/);
    const audit = await e.t.db.execute<{ n: number }>(
      sql`select count(*)::int n from audit_log where entity = 'app_user' and action = 'create' and entity_id = ${created.rows[0]!.id}`,
    );
    expect(audit.rows[0]!.n).toBe(1);
  });

  it('is usable at phone width: the menu opens as a drawer', async () => {
    const { page } = e;
    await page.setViewportSize({ width: 375, height: 740 });
    await page.reload();
    await page.getByTestId('menu-open').click();
    await page.getByTestId('menu-drawer').getByTestId('nav-org').click();
    await page.getByText('Lý Sơn').first().waitFor();
    // The drawer closes after choosing; then, for a person to look at: the org page on a phone,
    // styled under the nonce-only CSP.
    await page.getByTestId('menu-drawer').waitFor({ state: 'hidden' });
    await page.screenshot({ path: '/tmp/vte-platform-org-375.png' });
  });

  it('serves the public portal with the hotline and no personal data', async () => {
    const { page, baseUrl } = e;
    await page.goto(`${baseUrl}/`);
    const body = await page.locator('body').textContent();
    expect(body).toMatch(/111/);
    expect(await page.locator('a[href="tel:111"]').count()).toBeGreaterThan(0);
    expect(body).not.toMatch(/gddt\.hoa|Nguyễn Thị Hoa/);
  });

  it('keeps antd styled under a CSP without unsafe-inline, and Chromium refuses nothing', async () => {
    const { page, baseUrl } = e;
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${baseUrl}/app/users`);
    await page.getByTestId('user-create').click();
    // A modal: antd's own styles (primary button colour) and the rc scroll locker's <style> both apply.
    const submit = page.getByTestId('user-create-submit');
    await submit.waitFor();
    type View = { getComputedStyle(e: unknown): { backgroundColor: string } };
    const colour = await submit.evaluate(
      (b) => (globalThis as unknown as View).getComputedStyle(b).backgroundColor,
    );
    expect(colour).toBe('rgb(11, 92, 173)');
    expect(cspViolations).toEqual([]);
  });
});
