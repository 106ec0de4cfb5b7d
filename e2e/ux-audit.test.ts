import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUserDirect } from '../apps/server/src/modules/identity';
import { LY_SON } from '../apps/server/src/modules/org';
import { PASSWORD } from '../apps/server/src/test/harness';
import { signInAs, startE2E, type E2E } from './browser';

// Issue 9 item 11: labels, the object's name, field labels and Vietnamese dates; raw detail one click away.
let e: E2E;
let userId = '';
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;
beforeAll(async () => {
  e = await startE2E();
  await createUserDirect(e.t.db, {
    username: 'quantri.ls',
    password: PASSWORD,
    role: 'admin',
    fullName: 'Trần Quản Trị',
    scopeUnitId: LY_SON.districtId,
  });
  userId = await createUserDirect(e.t.db, {
    username: 'hoa.gddt',
    password: PASSWORD,
    role: 'agency_reporter',
    fullName: 'Nguyễn Thị Hoa',
    scopeUnitId: LY_SON.districtId,
    agencyId: LY_SON.agency('gddt'),
  });
});
afterAll(() => e.close());

describe('the audit log, in Chromium', () => {
  it('reads in words: object and its name, actor, Vietnamese date, no raw ids in the row', async () => {
    const { page, baseUrl } = e;
    await signInAs(page, baseUrl, 'quantri.ls');
    await page.goto(`${baseUrl}/app/audit`);
    const row = page.locator('tr', { hasText: 'Nguyễn Thị Hoa' }).filter({ hasText: 'Tạo mới' }).first();
    await row.waitFor();
    const text = (await row.textContent()) ?? '';
    expect(text).toMatch(/Người dùng/);
    expect(text).toMatch(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
    expect(text).not.toMatch(UUID);
    expect(text).not.toMatch(/app_user/);
    // A signed-in user's action is shown with the person's name.
    const login = page.locator('tr', { hasText: 'Đăng nhập' }).first();
    expect(await login.textContent()).toMatch(/Trần Quản Trị/);
  });

  it('shows field labels and named values; the raw entry is one click away', async () => {
    const { page } = e;
    const row = page.locator('tr', { hasText: 'Nguyễn Thị Hoa' }).filter({ hasText: 'Tạo mới' }).first();
    await row.locator('.ant-table-row-expand-icon').click();
    const diff = page.getByTestId('audit-diff').first();
    await diff.waitFor();
    const shown = (await diff.textContent()) ?? '';
    expect(shown).toMatch(/Cơ quan/);
    expect(shown).toMatch(/Phòng Giáo dục và Đào tạo/);
    expect(shown).toMatch(/Phải đổi mật khẩu/);
    expect(shown).not.toMatch(/mustChangePassword|agencyId/);
    const raw = page.getByTestId('audit-raw').first();
    await raw.getByText('Chi tiết gốc (cho kiểm toán)').click();
    await raw.getByText(userId).first().waitFor();
    expect(await raw.textContent()).toMatch(/app_user/);
  });
});
