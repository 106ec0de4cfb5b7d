import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { createUserDirect } from '../apps/server/src/modules/identity';
import { seedIndicators } from '../apps/server/src/modules/indicators';
import { LY_SON } from '../apps/server/src/modules/org';
import { PASSWORD } from '../apps/server/src/test/harness';
import { signInAs, startE2E, type E2E } from './browser';

// On a phone (375 px): the catalogue, its detail, the admin's form, and the focal officer's assignments.
let e: E2E;

beforeAll(async () => {
  e = await startE2E({ width: 375, height: 760 });
  await seedIndicators(e.t.db);
  await createUserDirect(e.t.db, {
    username: 'quantri',
    password: PASSWORD,
    role: 'admin',
    fullName: 'Quản Trị',
    // The indicator catalogue is national: only a national-scope admin edits it.
    scopeUnitId: null,
  });
  await createUserDirect(e.t.db, {
    username: 'noivu',
    password: PASSWORD,
    role: 'focal_officer',
    fullName: 'Lê Thị Nội Vụ',
    scopeUnitId: LY_SON.districtId,
    agencyId: LY_SON.agency('noi-vu'),
  });
});
afterAll(() => e.close());

const signIn = (page: Page, username: string) => signInAs(page, e.baseUrl, username);

const overflow = (page: Page) =>
  page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');

describe('indicators on a 375 px screen (Chromium)', () => {
  it('an admin finds an indicator, reads its legal basis and edits it', async () => {
    const { page } = e;
    await signIn(page, 'quantri');
    await page.goto(`${e.baseUrl}/app/indicators`);
    await page.getByRole('heading', { name: 'Xâm hại trẻ em' }).waitFor();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: '/tmp/vte-indicators-catalogue-375.png' });
    await page.getByPlaceholder('Tìm theo mã, tên, nhóm, phân tổ').fill('mang an toan');
    await page
      .getByText('Tỷ lệ trẻ em được tiếp cận kiến thức, kỹ năng tham gia môi trường mạng an toàn')
      .click();
    const detail = page.getByTestId('indicator-detail');
    await detail.getByText('mã 0605 (đã đối chiếu)', { exact: false }).waitFor();
    await detail.getByText('DP.0601 ÷ DP.0101 × 100').first().waitFor();
    await page.screenshot({ path: '/tmp/vte-indicators-detail-375.png' });
    await detail.getByRole('button', { name: /Sửa/ }).click();
    const form = page.getByTestId('indicator-form-drawer');
    await form.getByLabel('Nguồn số liệu').fill('Báo cáo của Phòng Văn hóa – Xã hội');
    await page.getByTestId('indicator-submit').click();
    await page.getByText('Đã lưu chỉ tiêu').waitFor();
    const r = await e.t.db.execute<{ source: string }>(sql`select source from indicator where code = '0605'`);
    expect(r.rows[0]!.source).toBe('Báo cáo của Phòng Văn hóa – Xã hội');
  });

  it('the focal officer sees no edit button and gives an indicator to another agency', async () => {
    const { page } = e;
    await signIn(page, 'noivu');
    await page.goto(`${e.baseUrl}/app/indicators`);
    await page.getByRole('heading', { name: 'I. Thông tin chung' }).waitFor();
    expect(await page.getByTestId('indicator-create').count()).toBe(0);
    await page.goto(`${e.baseUrl}/app/indicators?tab=assignments`);
    const select = page.getByLabel('Cơ quan báo cáo DP.0401');
    await select.waitFor();
    await page.getByText('Phòng Giáo dục và Đào tạo').first().waitFor();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await select.click();
    await page.keyboard.type('Huyện đoàn');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await page.screenshot({ path: '/tmp/vte-indicators-assign-375.png' });
    await page.getByTestId('assignments-save').click();
    await page.getByText('Đã lưu phân công báo cáo chỉ tiêu').waitFor();
    const r = await e.t.db.execute<{ n: number }>(
      sql`select count(*)::int n from indicator_assignment a join indicator i on i.id = a.indicator_id where i.code = 'DP.0401' and a.agency_id = ${LY_SON.agency('huyen-doan')}`,
    );
    expect(r.rows[0]!.n).toBe(1);
  });
});
