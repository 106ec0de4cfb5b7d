import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUserDirect } from '../apps/server/src/modules/identity';
import { LY_SON } from '../apps/server/src/modules/org';
import { useClock } from '../apps/server/src/modules/reports/clock';
import { acceptedReportsWorld } from '../apps/server/src/modules/reports/reports-test-kit';
import { PASSWORD } from '../apps/server/src/test/harness';
import { signInAs, startE2E, type E2E } from './browser';

// Issue 9 item 10: a leader's and the province's home shows charts of what exists today, each opening
// the list behind it, the indicators the right way round, at 1366 and 375 px, on one A4 page.
let e: E2E;
beforeAll(async () => {
  e = await startE2E({ width: 1366, height: 900 });
  // The six-month cycle of 2025 with Phòng GD&ĐT's report accepted (DP.0401 = 4); the reports clock
  // stays on 12/5/2025 so that period is the current one.
  await acceptedReportsWorld(e.t);
  await createUserDirect(e.t.db, {
    username: 'lanhdao.huyen',
    password: PASSWORD,
    role: 'leader',
    fullName: 'Phạm Văn Lãnh',
    scopeUnitId: LY_SON.districtId,
    agencyId: LY_SON.agency('ubnd'),
  });
  await createUserDirect(e.t.db, {
    username: 'tinh.xem',
    password: PASSWORD,
    role: 'province_viewer',
    fullName: 'Đỗ Thị Tỉnh',
    scopeUnitId: LY_SON.provinceId,
  });
});
afterAll(async () => {
  useClock(() => new Date());
  await e.close();
});

const chartDrawn = (testId: string) =>
  e.page.locator(`[data-testid="${testId}"] svg`).first().waitFor({ timeout: 30_000 });

describe('the leader’s home, in Chromium', () => {
  it('shows the plan’s tasks by state with the overdue ones, and the chart opens the plan’s dashboard', async () => {
    const { page, baseUrl } = e;
    await signInAs(page, baseUrl, 'lanhdao.huyen');
    await page.getByTestId('leader-home').waitFor();
    await chartDrawn('home-plan-chart');
    expect(await page.getByTestId('home-overdue').innerText()).toMatch(/\d+ nhiệm vụ quá hạn/);
    await page.getByTestId('home-plan').getByRole('link', { name: 'Mở bảng theo dõi kế hoạch' }).click();
    await page.waitForURL(/\/app\/plans\/[0-9a-f-]{36}\?tab=dashboard/);
  });

  it('shows reporting completeness and who is late; the link opens the period’s overview', async () => {
    const { page, baseUrl } = e;
    await page.goto(`${baseUrl}/app`);
    await chartDrawn('home-reports-chart');
    expect(await page.getByTestId('home-late').locator('li').count()).toBeGreaterThan(0);
    await page.getByTestId('home-reports').getByRole('link', { name: 'Mở tổng quan báo cáo' }).click();
    await page.waitForURL(/\/app\/reports\/dashboard\?period=/);
  });

  it('lists the indicators with their direction and opens one’s trend', async () => {
    const { page, baseUrl } = e;
    await page.goto(`${baseUrl}/app`);
    const rows = page.getByTestId('home-indicator');
    await rows.first().waitFor();
    expect(
      await page
        .locator('[data-testid="home-indicator"][data-code="DP.0401"]')
        .getAttribute('data-direction'),
    ).toBe('lower');
    await rows.first().getByRole('button').click();
    await page.getByTestId('home-indicator-trend').waitFor();
  });

  it('the catalogue states each indicator’s direction: stunting is lower-is-better', async () => {
    const { page, baseUrl } = e;
    await page.goto(`${baseUrl}/app/indicators`);
    await page.getByText('DP.0205', { exact: true }).click();
    const value = page.getByTestId('indicator-direction-value');
    await value.waitFor();
    expect(await value.innerText()).toBe('Càng thấp càng tốt');
    await page.keyboard.press('Escape');
  });

  it('prints on one A4 page (the dashboard alone, within 277 mm of height)', async () => {
    const { page, baseUrl } = e;
    await page.goto(`${baseUrl}/app`);
    await chartDrawn('home-plan-chart');
    await page.emulateMedia({ media: 'print' });
    // A4 at 96 dpi less 10 mm margins: 718 × 1047 px.
    await page.setViewportSize({ width: 718, height: 1047 });
    const height = (await page.evaluate('document.documentElement.scrollHeight')) as number;
    expect(await page.getByTestId('side-menu').isVisible()).toBe(false);
    expect(height).toBeLessThanOrEqual(1047);
    await page.emulateMedia({ media: 'screen' });
  });

  it('fits a 375 px phone for the province viewer: charts drawn, nothing wider than the screen', async () => {
    const { page, baseUrl } = e;
    await page.setViewportSize({ width: 375, height: 800 });
    await signInAs(page, baseUrl, 'tinh.xem');
    await page.getByTestId('leader-home').waitFor();
    await chartDrawn('home-plan-chart');
    await chartDrawn('home-reports-chart');
    expect((await page.evaluate('document.documentElement.scrollWidth')) as number).toBeLessThanOrEqual(375);
  });
});
