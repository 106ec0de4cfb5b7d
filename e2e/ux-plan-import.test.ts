import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUserDirect } from '../apps/server/src/modules/identity';
import { LY_SON } from '../apps/server/src/modules/org';
import { PASSWORD } from '../apps/server/src/test/harness';
import { PLAN_SEED_DIR } from '../apps/server/src/paths';
import { signInAs, startE2E, type E2E } from './browser';

// Issue 9 items 5 and 12: the import review of the special zone's focal officer.
let e: E2E;
const seedTxt = path.join(PLAN_SEED_DIR, 'ke-hoach-ly-son-2025.txt');
beforeAll(async () => {
  e = await startE2E();
  await createUserDirect(e.t.db, {
    username: 'vhxh.dk',
    password: PASSWORD,
    role: 'focal_officer',
    fullName: 'Đỗ Thị Văn',
    scopeUnitId: LY_SON.specialZoneId,
    agencyId: LY_SON.agency('dk-vhxh'),
  });
});
afterAll(() => e.close());

const TTYT = /Trung tâm Y tế quân - dân y Lý Sơn/;

describe('the plan import review, in Chromium', () => {
  it('shows where Mục đích, Yêu cầu and Kinh phí were read from, and the whole year', async () => {
    const { page, baseUrl } = e;
    await signInAs(page, baseUrl, 'vhxh.dk');
    await page.goto(`${baseUrl}/app/plans/import`);
    await page.locator('input[type=file]').setInputFiles(seedTxt);
    await page.getByTestId('plan-task-row-13').waitFor({ timeout: 30_000 });
    for (const id of ['rv-purpose', 'rv-req', 'rv-funding']) {
      const row = page.locator('.review-row', { has: page.locator(`[id="${id}"]`) });
      expect(await row.locator('.source-none').count(), id).toBe(0);
      expect(await row.locator('.source-text').count(), id).toBeGreaterThan(0);
    }
    // antd puts the test id on the <input> itself.
    const year = page.locator('input[data-testid="review-year"]');
    expect(await year.inputValue()).toBe('2025');
    const fits = await year.evaluate((el) => el.scrollWidth <= el.clientWidth);
    expect(fits).toBe(true);
  });

  it("matches the former district's health centre, and finds it by search", async () => {
    const { page } = e;
    const chip = page.locator('.agency-chip', { hasText: /quân\s*-?\s*dân y/i }).first();
    expect(await chip.getAttribute('class')).toMatch(/agency-chip-matched/);
    await chip.getByTestId('agency-chip').click();
    await page.getByText('Chọn cơ quan, nhóm khác trong danh mục').click();
    await page.getByTestId('resolver-search').click();
    await page.keyboard.type('quan dan y', { delay: 20 });
    await page.locator('.ant-select-dropdown:visible').getByText(TTYT).first().waitFor();
    await page.keyboard.press('Escape');
    await page.locator('.ant-modal-wrap:visible .ant-modal-footer button').first().click();
    await page.locator('.ant-modal').waitFor({ state: 'hidden' });
  });

  it('"Tạo mới trong danh mục" is checked when chosen and applied', async () => {
    const { page } = e;
    const chip = page.getByTestId('plan-task-row-1').locator('.agency-chip').first();
    await chip.getByTestId('agency-chip').click();
    const create = page.getByTestId('resolver-create');
    await create.click();
    expect(await page.locator('.ant-modal input[type=radio][value="create"]').isChecked()).toBe(true);
    await page.getByTestId('resolver-apply').click();
    await page.locator('.ant-modal').waitFor({ state: 'hidden' });
    await expect.poll(() => chip.getAttribute('class'), { timeout: 20_000 }).toMatch(/agency-chip-created/);
  });
});
