import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUserDirect } from '../apps/server/src/modules/identity';
import { LY_SON } from '../apps/server/src/modules/org';
import { seedPlans } from '../apps/server/src/modules/plans';
import { PASSWORD } from '../apps/server/src/test/harness';
import { signInAs, startE2E, type E2E } from './browser';

// Issue 9 item 14: the deadline calendar marks today and carries the 2025 plan's overdue tasks into
// the current month, in the month grid (1366 px) and in the list (375 px).
let e: E2E;
beforeAll(async () => {
  e = await startE2E({ width: 1366, height: 900 });
  await seedPlans(e.t.db);
  await createUserDirect(e.t.db, {
    username: 'noivu.lich',
    password: PASSWORD,
    role: 'focal_officer',
    fullName: 'Lê Thị Lịch',
    scopeUnitId: LY_SON.districtId,
    agencyId: LY_SON.agency('noi-vu'),
  });
});
afterAll(() => e.close());

async function checkMonth(view: 'grid' | 'list') {
  const { page, baseUrl } = e;
  await page.goto(`${baseUrl}/app/plans/calendar?view=${view}`);
  await page.getByTestId('calendar-carried').waitFor();
  await page.screenshot({ path: `/tmp/u3-cal-${view}.png` });
  await page.getByTestId('calendar-today').first().waitFor();
  expect(await page.getByTestId('calendar-today').count()).toBe(1);
  const carried = page.getByTestId('calendar-carried');
  await carried.waitFor();
  expect(await carried.innerText()).toMatch(/Quá hạn từ các tháng trước \(\d+\)/);
  const entries = carried.getByTestId('calendar-entry');
  expect(await entries.count()).toBeGreaterThan(0);
  expect(await entries.first().getAttribute('data-overdue')).toBe('true');
  expect((await page.evaluate('document.documentElement.scrollWidth')) as number).toBeLessThanOrEqual(
    page.viewportSize()!.width,
  );
}

describe('the deadline calendar (Chromium)', () => {
  it('at 1366 px the month grid marks today and lists the overdue tasks carried in', async () => {
    await signInAs(e.page, e.baseUrl, 'noivu.lich');
    await checkMonth('grid');
  });

  it('at 375 px the list has a line for today and the carried tasks on top', async () => {
    await e.page.setViewportSize({ width: 375, height: 800 });
    await checkMonth('list');
  });

  it('an earlier month shows its own deadlines, nothing carried, no today', async () => {
    const { page, baseUrl } = e;
    await page.goto(`${baseUrl}/app/plans/calendar?view=list&month=2025-05`);
    await page.getByTestId('calendar-entry').first().waitFor();
    expect(await page.getByTestId('calendar-carried').count()).toBe(0);
    expect(await page.getByTestId('calendar-today').count()).toBe(0);
  });
});
