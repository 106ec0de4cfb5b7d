import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createUserDirect } from '../apps/server/src/modules/identity';
import { notify } from '../apps/server/src/modules/notifications';
import { LY_SON } from '../apps/server/src/modules/org';
import { PASSWORD } from '../apps/server/src/test/harness';
import { signInAs, startE2E, type E2E } from './browser';

// Issue 9 item 2: the bell opens (click and Enter), lists notices, marks read, links to the object.
let e: E2E;
let userId = '';
beforeAll(async () => {
  e = await startE2E();
  userId = await createUserDirect(e.t.db, {
    username: 'daumoi.chuong',
    password: PASSWORD,
    role: 'focal_officer',
    fullName: 'Lê Văn Chuông',
    scopeUnitId: LY_SON.districtId,
  });
  const to = [{ id: userId, email: null }];
  for (let i = 1; i <= 3; i++)
    await notify(e.t.db, {
      provinceId: LY_SON.provinceId,
      kind: 'reminder',
      title: `Nhắc việc số ${i}`,
      body: `Nội dung nhắc việc ${i}`,
      link: i === 3 ? '/app/audit' : null,
      to,
    });
});
afterAll(() => e.close());

const unread = async () =>
  (
    await e.t.db.execute<{ n: number }>(
      sql`select count(*)::int n from notification where user_id = ${userId} and read_at is null`,
    )
  ).rows[0]!.n;

describe('the notification bell, in Chromium', () => {
  it('opens on a click and lists the notices', async () => {
    const { page, baseUrl } = e;
    await signInAs(page, baseUrl, 'daumoi.chuong');
    const bell = page.getByTestId('notification-bell');
    await expect.poll(() => bell.getAttribute('aria-label'), { timeout: 20_000 }).toMatch(/3/);
    await bell.click();
    const panel = page.getByTestId('notification-panel');
    await panel.getByText('Nhắc việc số 1').waitFor();
    expect(await panel.getByRole('button', { name: /Nhắc việc số/ }).count()).toBe(3);
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'hidden' });
  });

  it('opens with the keyboard (Enter) and marks one notice read', async () => {
    const { page } = e;
    const bell = page.getByTestId('notification-bell');
    await bell.focus();
    await page.keyboard.press('Enter');
    const panel = page.getByTestId('notification-panel');
    await panel.getByText('Nhắc việc số 2').waitFor();
    await panel.getByRole('button', { name: /Nhắc việc số 2/ }).click();
    await expect.poll(unread, { timeout: 20_000 }).toBe(2);
  });

  it('follows a notice to its object and marks it read', async () => {
    const { page } = e;
    const bell = page.getByTestId('notification-bell');
    if (!(await page.getByTestId('notification-panel').isVisible())) await bell.click();
    await page
      .getByTestId('notification-panel')
      .getByRole('button', { name: /Nhắc việc số 3/ })
      .click();
    await page.waitForURL(/\/app\/audit/);
    await expect.poll(unread, { timeout: 20_000 }).toBe(1);
    await page.getByTestId('notification-panel').waitFor({ state: 'hidden' });
  });

  it('marks all read from the panel', async () => {
    const { page } = e;
    await page.getByTestId('notification-bell').click();
    await page.getByTestId('notification-read-all').click();
    await expect.poll(unread, { timeout: 20_000 }).toBe(0);
    await expect
      .poll(() => page.getByTestId('notification-bell').getAttribute('aria-label'), { timeout: 20_000 })
      .not.toMatch(/\d/);
  });
});
