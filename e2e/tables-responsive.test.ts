import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { createUserDirect } from '../apps/server/src/modules/identity';
import { LY_SON } from '../apps/server/src/modules/org';
import { seedPlans } from '../apps/server/src/modules/plans';
import { PASSWORD } from '../apps/server/src/test/harness';
import { signInAs, startE2E, type E2E } from './browser';

// Issue 9 item 13: at 1366 px the key columns are on screen (users: status, last sign-in; agencies:
// validity, contact); at 375 px the lists are cards, every field labelled, no table to scroll sideways.
let e: E2E;
beforeAll(async () => {
  e = await startE2E({ width: 1366, height: 768 });
  await seedPlans(e.t.db);
  await createUserDirect(e.t.db, {
    username: 'quantri.bang',
    password: PASSWORD,
    role: 'admin',
    fullName: 'Nguyễn Thị Bảng',
    scopeUnitId: LY_SON.districtId,
    agencyId: LY_SON.agency('noi-vu'),
  });
  // Rows as a district has them: long agency names, several status tags at once.
  for (const [i, agency] of ['ttyt', 'vhkhtt', 'gddt', 'cong-an'].entries())
    await createUserDirect(e.t.db, {
      username: `canbo.${agency}`,
      password: PASSWORD,
      role: 'agency_reporter',
      fullName: `Trần Nguyễn Hoàng Phương Thảo ${i + 1}`,
      scopeUnitId: LY_SON.districtId,
      agencyId: LY_SON.agency(agency),
    });
  await e.t.db.execute(
    sql`update app_user set must_change_password = true, locked_until = now() + interval '1 hour' where username like 'canbo.%'`,
  );
});
afterAll(() => e.close());

/** Whether a column header is wholly inside the table's visible box (not cut, not scrolled away). */
async function headerShown(page: Page, table: string, header: string): Promise<boolean> {
  return page.evaluate(
    `(() => {
      const root = document.querySelector('[data-testid="${table}"]');
      const box = root && root.querySelector('.ant-table-content, .ant-table-body, .ant-table-container');
      const th = root && [...root.querySelectorAll('th')].find((c) => c.textContent.trim() === ${JSON.stringify(header)});
      if (!box || !th) return false;
      const b = box.getBoundingClientRect();
      const r = th.getBoundingClientRect();
      return r.width > 0 && r.left >= b.left - 1 && r.right <= b.right + 1 && r.right <= window.innerWidth;
    })()`,
  ) as Promise<boolean>;
}

describe('tables at 1366 px keep their key columns', () => {
  it('users: status and last sign-in are on screen', async () => {
    const { page, baseUrl } = e;
    await signInAs(page, baseUrl, 'quantri.bang');
    await page.goto(`${baseUrl}/app/users`);
    await page.getByTestId('users-table').locator('tr.ant-table-row').first().waitFor();
    await page.screenshot({ path: '/tmp/u3-users-1366.png' });
    expect(await headerShown(page, 'users-table', 'Trạng thái')).toBe(true);
    expect(await headerShown(page, 'users-table', 'Đăng nhập gần nhất')).toBe(true);
  });

  it('agencies: validity and contact are on screen', async () => {
    const { page, baseUrl } = e;
    await page.goto(`${baseUrl}/app/org?tab=agencies`);
    await page.getByTestId('agencies-table').locator('tr.ant-table-row').first().waitFor();
    await page.screenshot({ path: '/tmp/u3-agencies-1366.png' });
    expect(await headerShown(page, 'agencies-table', 'Hiệu lực')).toBe(true);
    expect(await headerShown(page, 'agencies-table', 'Liên hệ')).toBe(true);
  });
});

describe('tables at 375 px become cards', () => {
  const cards = async (testId: string, path: string) => {
    const { page, baseUrl } = e;
    await page.goto(`${baseUrl}${path}`);
    const root = page.getByTestId(testId);
    await page.screenshot({ path: `/tmp/u3-${testId}-375.png` });
    await root.locator('[data-testid="table-card"]').first().waitFor();
    expect(await root.locator('table').count()).toBe(0);
    const width = (await page.evaluate('document.documentElement.scrollWidth')) as number;
    expect(width).toBeLessThanOrEqual(375);
    return root.locator('[data-testid="table-card"]');
  };

  it('users, agencies, plans and the audit log', async () => {
    await e.page.setViewportSize({ width: 375, height: 800 });
    await signInAs(e.page, e.baseUrl, 'quantri.bang');
    const users = await cards('users-table', '/app/users');
    await expect.poll(() => users.first().innerText()).toMatch(/Trạng thái/);
    expect(await users.first().innerText()).toMatch(/Đăng nhập gần nhất/);
    const agencies = await cards('agencies-table', '/app/org?tab=agencies');
    expect(await agencies.first().innerText()).toMatch(/Hiệu lực/);
    const plans = await cards('plans-table', '/app/plans');
    expect(await plans.first().innerText()).toMatch(/Số nhiệm vụ/);
    const audit = await cards('audit-table', '/app/audit');
    expect(await audit.count()).toBeGreaterThan(0);
  });
});
