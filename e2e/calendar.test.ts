import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { createUserDirect } from '../apps/server/src/modules/identity';
import { LY_SON } from '../apps/server/src/modules/org';
import { PASSWORD } from '../apps/server/src/test/harness';
import { signInAs, startE2E, type E2E } from './browser';

// The working calendar on a phone (375 px): a national administrator adds and checks a day off; a
// provincial administrator reads it without edit controls.
let e: E2E;

beforeAll(async () => {
  e = await startE2E({ width: 375, height: 760 });
  await createUserDirect(e.t.db, {
    username: 'quantritw',
    password: PASSWORD,
    role: 'admin',
    fullName: 'Quản Trị Trung Ương',
    scopeUnitId: null,
  });
  await createUserDirect(e.t.db, {
    username: 'quantritinh',
    password: PASSWORD,
    role: 'admin',
    fullName: 'Quản Trị Tỉnh',
    scopeUnitId: LY_SON.provinceId,
  });
});
afterAll(() => e.close());

const overflow = (page: Page) =>
  page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');

describe('the working calendar (Chromium, 375 px)', () => {
  it('a national administrator sees the unchecked days, adds a day off and removes it', async () => {
    const { page } = e;
    await signInAs(page, e.baseUrl, 'quantritw');
    await page.goto(`${e.baseUrl}/app/org?tab=calendar`);
    const panel = page.getByTestId('calendar-panel');
    await panel.getByLabel('Năm').fill('2026');
    await panel.getByText('Thứ Ba, 17/02/2026').waitFor();
    await panel.getByText(/ngày chưa đối chiếu/).waitFor();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: '/tmp/vte-calendar-375.png' });

    await panel.getByRole('button', { name: 'Thêm ngày' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Ngày', { exact: true }).fill('2026-11-24');
    await dialog.getByLabel('Tên, lý do').fill('Ngày Văn hóa Việt Nam');
    await dialog.getByLabel('Đã đối chiếu với văn bản chính thức').check();
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Đã lưu ngày 24/11/2026.').waitFor();
    await panel.getByText('Thứ Ba, 24/11/2026').waitFor();
    const row = await e.t.db.execute<{ kind: string; confirmed: boolean }>(
      sql`select kind, confirmed from working_calendar_day where date = '2026-11-24'`,
    );
    expect(row.rows).toEqual([{ kind: 'holiday', confirmed: true }]);

    await panel.getByRole('button', { name: 'Xoá ngày 24/11/2026' }).click();
    await page.getByRole('button', { name: 'Xoá', exact: true }).click();
    await page.getByText('Đã xoá ngày 24/11/2026.').waitFor();
    const gone = await e.t.db.execute(sql`select 1 from working_calendar_day where date = '2026-11-24'`);
    expect(gone.rows).toHaveLength(0);
  });

  it('a provincial administrator reads the calendar with no edit controls', async () => {
    const { page } = e;
    await signInAs(page, e.baseUrl, 'quantritinh');
    await page.goto(`${e.baseUrl}/app/org?tab=calendar`);
    const panel = page.getByTestId('calendar-panel');
    await panel.getByText('chỉ quản trị viên cấp trung ương được sửa', { exact: false }).waitFor();
    await panel.getByLabel('Năm').fill('2025');
    await panel.getByText('Thứ Bảy, 08/02/2025').waitFor();
    expect(await panel.getByRole('button', { name: 'Thêm ngày' }).count()).toBe(0);
    expect(await panel.getByRole('button', { name: /^Sửa ngày/ }).count()).toBe(0);
  });
});
