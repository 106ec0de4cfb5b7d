import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createUserDirect } from '../apps/server/src/modules/identity';
import { seedIndicators } from '../apps/server/src/modules/indicators';
import { LY_SON } from '../apps/server/src/modules/org';
import { seedPlans } from '../apps/server/src/modules/plans';
import { ensurePeriods } from '../apps/server/src/modules/reports';
import { useClock } from '../apps/server/src/modules/reports/clock';
import { systemContext } from '../apps/server/src/platform/auth/context';
import { PASSWORD } from '../apps/server/src/test/harness';
import { signInAs, startE2E, type E2E } from './browser';

// Issue 9 items 1, 3, 4, 8, 9 in Chromium: a draft keeps what was typed and the side menu asks
// before leaving; the submit dialog names what does not add up, empty tasks and days late; an
// accepted report says "accepted"; a locked agency asks to reopen and the focal officer reopens
// in one click; a progress update written for the annual period is moved into the six-month one.
let e: E2E;
let periodId: string;
const SIX = '6 tháng đầu năm 2025';
const GDDT_TEXT = 'E2E-9: Tổ chức 12 buổi sinh hoạt chuyên đề về kỹ năng sống.';
const DIFFICULTY = 'E2E-9: Thiếu kinh phí tổ chức hoạt động hè.';
const PROGRESS = 'E2E-9: Tuần tra 6 đợt bảo đảm an toàn cho trẻ em dịp hè.';

/** Server (reports clock) and browser on the same day; both keep ticking. */
async function setDay(iso: string) {
  const at = new Date(iso);
  const offset = at.getTime() - Date.now();
  useClock(() => new Date(Date.now() + offset));
  await e.context.clock.setSystemTime(at);
}

beforeAll(async () => {
  e = await startE2E();
  await e.context.clock.install({ time: new Date('2025-05-20T02:00:00Z') });
  await setDay('2025-05-20T02:00:00Z'); // ten days after the 10/5 deadline, before the 9/6 lock
  await seedPlans(e.t.db);
  await seedIndicators(e.t.db);
  await ensurePeriods(e.t.db, systemContext('e2e'));
  const user = (username: string, role: 'focal_officer' | 'agency_reporter' | 'police', agency: string) =>
    createUserDirect(e.t.db, {
      username,
      password: PASSWORD,
      role,
      fullName: `Người dùng ${username}`,
      scopeUnitId: LY_SON.districtId,
      agencyId: LY_SON.agency(agency),
    });
  await user('noivu9', 'focal_officer', 'noi-vu');
  await user('gddt9', 'agency_reporter', 'gddt');
  await user('congan9', 'police', 'cong-an');
  const periods = await e.t.api('GET', '/api/reports/periods', {
    session: await e.t.login('noivu9', PASSWORD),
  });
  periodId = (periods.body as { id: string; kind: string }[]).find((p) => p.kind === 'six_month')!.id;
});
afterAll(async () => {
  useClock(() => new Date());
  await e?.close();
});

const signIn = (page: Page, username: string) => signInAs(page, e.baseUrl, username);
const confirmButton = (page: Page, name: string) =>
  page.locator('.ant-modal-confirm').getByRole('button', { name, exact: true });
const sixRow = (page: Page) => page.getByTestId('my-reports').locator('li', { hasText: SIX });
const savedNow = (page: Page) =>
  page
    .getByTestId('save-indicator')
    .getByText(/Đã lưu lúc/)
    .waitFor({ timeout: 20_000 });

async function openSix(page: Page, action: string) {
  await page.getByTestId('nav-reports').click();
  await page.getByRole('heading', { name: 'Báo cáo của đơn vị tôi' }).waitFor();
  await sixRow(page).getByRole('button', { name: action }).click();
  await page.waitForURL(/\/app\/reports\/agency\/[0-9a-f-]{36}/);
  await page.getByTestId('save-indicator').waitFor();
}

describe('issue 9 in the browser', { timeout: 240_000 }, () => {
  it('a draft keeps an invalid figure (named), the side menu asks before leaving, the submit dialog warns', async () => {
    const { page } = e;
    await signIn(page, 'gddt9');
    await openSix(page, 'Lập báo cáo');
    await page
      .getByRole('region', { name: 'Nhiệm vụ 4', exact: true })
      .getByLabel('Kết quả thực hiện')
      .fill(GDDT_TEXT);
    const grid = page.getByTestId('indicator-DP.0401');
    await grid.getByLabel(/— Tổng số$/).fill('3');
    await grid.getByLabel(/— Nam$/).fill('5');
    await savedNow(page);
    const kept = page.getByTestId('report-draft-issues');
    await kept.getByText(/DP\.0401 – Nam: không được lớn hơn tổng số \(3\)/).waitFor();

    // Typed, then straight to the side menu before the autosave: it asks, saves, then leaves.
    await page.getByTestId('report-difficulties').fill(DIFFICULTY);
    await page.getByTestId('nav-plans').click();
    await confirmButton(page, 'Lưu và rời trang').click();
    await page.waitForURL(/\/app\/plans/);

    await openSix(page, 'Tiếp tục');
    expect(await page.getByTestId('report-difficulties').inputValue()).toBe(DIFFICULTY);
    expect(await grid.getByLabel(/— Nam$/).inputValue()).toBe('5');

    // Fixed to 3 + 3 of 7: allowed, but the confirmation says so, with the empty tasks and the delay.
    await grid.getByLabel(/— Tổng số$/).fill('7');
    await grid.getByLabel(/— Nam$/).fill('3');
    await grid.getByLabel(/— Nữ$/).fill('3');
    await savedNow(page);
    await page.getByTestId('report-draft-issues').waitFor({ state: 'detached' });
    await page.getByTestId('report-submit').click();
    const checks = page.getByTestId('submit-checks');
    await checks.getByText('DP.0401 – Giới tính: cộng các nhóm 6 ≠ tổng số 7.').waitFor();
    await checks.getByText('Báo cáo gửi muộn 10 ngày so với hạn 10/05/2025.').waitFor();
    expect(await checks.getByTestId('submit-check-empty').textContent()).toMatch(
      /^\d+\/\d+ nhiệm vụ chưa có nội dung/,
    );
    await confirmButton(page, 'Gửi báo cáo').click();
    await page.getByText('Đã gửi báo cáo.').first().waitFor();
  });

  it('after acceptance the report says accepted, not expired', async () => {
    const { page } = e;
    const focal = await e.t.login('noivu9', PASSWORD);
    const reports = (await e.t.api('GET', `/api/reports/periods/${periodId}/reports`, { session: focal }))
      .body;
    await e.t.api('POST', `/api/reports/agency/${reports[0].id}/review`, {
      session: focal,
      body: { decision: 'accept' },
    });
    await setDay('2025-07-01T02:00:00Z'); // past the 9/6 lock
    await signIn(page, 'gddt9');
    await page.getByTestId('nav-reports').click();
    await sixRow(page).getByText('Báo cáo đã được tiếp nhận ngày 20/05/2025: không sửa được nữa.').waitFor();
    await sixRow(page).getByRole('button', { name: 'Xem' }).click();
    await page.getByText(/Báo cáo đã được tiếp nhận \(/).waitFor();
    expect(await page.getByTestId('report-locked').count()).toBe(0);
  });

  it('a locked agency asks to reopen; the focal officer reopens in one click; a progress update is moved in', async () => {
    const { page } = e;
    await signIn(page, 'congan9');
    await page.getByTestId('nav-reports').click();
    await sixRow(page).getByText('Kỳ báo cáo đã khoá từ ngày 09/06/2025 (quá hạn nhận báo cáo).').waitFor();
    await sixRow(page).getByTestId('my-report-reopen').click();
    await page.getByTestId('reopen-reason').fill('Cần bổ sung số vụ việc tháng 5.');
    await page.getByRole('button', { name: 'Gửi đề nghị' }).click();
    await page.getByText('Đã gửi đề nghị mở lại cho cơ quan đầu mối.').waitFor();
    await sixRow(page)
      .getByText(/Đã gửi đề nghị mở lại ngày .*, đang chờ trả lời\./)
      .waitFor();

    await signIn(page, 'noivu9');
    await page.getByTestId('nav-reports').click();
    const request = page.getByTestId('reopen-requests').getByTestId('reopen-request');
    await request.getByText('Cần bổ sung số vụ việc tháng 5.').waitFor();
    await request.getByTestId('reopen-grant').click();
    await page.getByText('Đã mở lại báo cáo của Đồn Công an Lý Sơn đến hết ngày 15/07/2025.').waitFor();

    // A progress update written for the annual period (today is outside the six-month window).
    const police = await e.t.login('congan9', PASSWORD);
    const opened = (await e.t.api('POST', `/api/reports/periods/${periodId}/my-report`, { session: police }))
      .body;
    const annualDue = '2025-11-10';
    const added = await e.t.api('POST', `/api/plans/tasks/${opened.tasks[0].taskId}/progress`, {
      session: police,
      body: { status: 'in_progress', narrative: PROGRESS, periodDue: annualDue },
    });
    expect(added.status).toBe(201);

    await signIn(page, 'congan9');
    await page.getByTestId('nav-reports').click();
    await sixRow(page).getByText('Đã được mở lại đến hết ngày 15/07/2025.').waitFor();
    await sixRow(page).getByRole('button', { name: 'Tiếp tục' }).click();
    await page.waitForURL(/\/app\/reports\/agency\//);
    const first = page.getByTestId('report-task').first();
    await first.getByText(PROGRESS).waitFor();
    await first.getByTestId('report-progress-move').click();
    await page.getByText(/Đã chuyển cập nhật vào kỳ này/).waitFor();
    await first.getByText('Dùng trong kỳ này').waitFor();
    await first.getByTestId('report-prefill').click();
    const replace = confirmButton(page, 'Thay nội dung');
    if (await replace.count()) await replace.click();
    await expect.poll(() => first.getByTestId('report-narrative').inputValue()).toContain(PROGRESS);
  });
});
