import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import mammoth from 'mammoth';
import type { Locator, Page } from 'playwright-core';
import { createUserDirect } from '../apps/server/src/modules/identity';
import { seedIndicators } from '../apps/server/src/modules/indicators';
import { LY_SON } from '../apps/server/src/modules/org';
import { seedPlans } from '../apps/server/src/modules/plans';
import { ensurePeriods } from '../apps/server/src/modules/reports';
import { useClock } from '../apps/server/src/modules/reports/clock';
import { systemContext } from '../apps/server/src/platform/auth/context';
import { PASSWORD } from '../apps/server/src/test/harness';
import { signInAs, startE2E, type E2E } from './browser';

// The six-month cycle of the seeded Lý Sơn plan, as its people would go through it in Chromium.
// The server runs in this process, so its reports clock is set to early May 2025 (and keeps ticking):
// the period is open, submissions are on time, and the machine's 2026 clock does not lock it.
// The browser's clock is set to the same moment.
let e: E2E;
let periodId: string;
let expected: number;
const SIX = '6 tháng đầu năm 2025';
const SUBJECT = 'Kết quả thực hiện công tác trẻ em 6 tháng đầu năm 2025';
const MISSING = 'Trung tâm Y tế quân - dân y Lý Sơn';
const TEXT = {
  gddt: 'GD-E2E: Tổ chức 12 buổi sinh hoạt chuyên đề về kỹ năng sống cho học sinh.',
  police: 'CA-E2E: Tuần tra, bảo đảm an toàn cho trẻ em trong dịp hè.',
  youth: 'HD-E2E: Tổ chức 3 đợt sinh hoạt hè cho thiếu nhi.',
  youthFixed: 'HD-E2E-SUA: Tổ chức 3 đợt sinh hoạt hè cho 450 thiếu nhi tại 3 xã.',
};
const AGENCY = {
  gddt: 'Phòng Giáo dục và Đào tạo',
  police: 'Đồn Công an Lý Sơn',
  youth: 'Huyện đoàn Lý Sơn',
};
const RETURN_COMMENT = 'Đề nghị bổ sung số thiếu nhi tham gia và địa bàn tổ chức.';

beforeAll(async () => {
  const start = new Date('2025-05-05T02:00:00Z');
  const offset = start.getTime() - Date.now();
  useClock(() => new Date(Date.now() + offset));
  e = await startE2E();
  // The browser lives on the same day (deadlines read "còn 5 ngày", not "quá hạn"); its time flows on.
  await e.context.clock.install({ time: start });
  await seedPlans(e.t.db);
  await seedIndicators(e.t.db);
  await ensurePeriods(e.t.db, systemContext('e2e'));
  const user = (
    username: string,
    role: Parameters<typeof createUserDirect>[1]['role'],
    fullName: string,
    agency: string | null,
    scopeUnitId = LY_SON.districtId,
  ) =>
    createUserDirect(e.t.db, {
      username,
      password: PASSWORD,
      role,
      fullName,
      scopeUnitId,
      agencyId: agency ? LY_SON.agency(agency) : null,
    });
  await user('noivu', 'focal_officer', 'Lê Thị Nội Vụ', 'noi-vu');
  await user('gddt', 'agency_reporter', 'Phạm Văn Giáo', 'gddt');
  await user('congan', 'police', 'Võ Văn An', 'cong-an');
  await user('huyendoan', 'agency_reporter', 'Nguyễn Thị Đoàn', 'huyen-doan');
  await user('sotinh', 'province_viewer', 'Trần Văn Tỉnh', null, LY_SON.provinceId);
  const periods = await e.t.api('GET', '/api/reports/periods', {
    session: await e.t.login('noivu', PASSWORD),
  });
  periodId = (periods.body as { id: string; kind: string }[]).find((p) => p.kind === 'six_month')!.id;
});
afterAll(async () => {
  useClock(() => new Date());
  await e?.close();
});

const signIn = (page: Page, username: string) => signInAs(page, e.baseUrl, username);

/** The OK button of the antd confirm dialog that is open. */
const confirmButton = (page: Page, name: string) =>
  page.locator('.ant-modal-confirm').getByRole('button', { name, exact: true });

/** "Báo cáo" in the menu lands a reporter on their own reports; the six-month row's button opens it. */
async function openMySixMonthReport(page: Page, action: 'Lập báo cáo' | 'Tiếp tục') {
  await page.getByTestId('nav-reports').click();
  await page.getByRole('heading', { name: 'Báo cáo của đơn vị tôi' }).waitFor();
  const row = page.getByTestId('my-reports').locator('li', { hasText: SIX });
  await row.getByText('Hạn nộp 10/05/2025').waitFor();
  if (action === 'Lập báo cáo') await row.getByText('còn 5 ngày').waitFor();
  else await row.getByText('Bị trả lại để bổ sung').waitFor();
  await row.getByRole('button', { name: action }).click();
  await page.waitForURL(/\/app\/reports\/agency\/[0-9a-f-]{36}/);
  await page.getByTestId('save-indicator').waitFor();
}

const task = (page: Page, number: string): Locator =>
  page.getByRole('region', { name: `Nhiệm vụ ${number}`, exact: true });

/** Waits for the autosave of what was just typed, then sends the report through its confirm dialog. */
async function saveAndSubmit(page: Page) {
  await page
    .getByTestId('save-indicator')
    .getByText(/Đã lưu lúc/)
    .waitFor({ timeout: 15_000 });
  await page.getByTestId('report-submit').click();
  await confirmButton(page, 'Gửi báo cáo').click();
  await page.getByTestId('report-status').filter({ hasText: 'Đã gửi, chờ xem xét' }).first().waitFor();
  await page.getByText('Đã gửi báo cáo.').first().waitFor();
  expect(await page.getByTestId('report-submit').count()).toBe(0);
}

/** The focal officer's period page, on one of its tabs. */
async function openPeriod(
  page: Page,
  tab: 'Tình hình nộp báo cáo' | 'Báo cáo của các cơ quan' | 'Báo cáo tổng hợp',
) {
  await page.getByTestId('nav-reports').click();
  await page.getByTestId('periods-table').getByRole('link', { name: SIX }).click();
  await page.waitForURL(new RegExp(`/app/reports/periods/${periodId}`));
  await page.getByRole('tab', { name: tab }).click();
}

async function openAgencyReport(page: Page, agency: string) {
  await openPeriod(page, 'Báo cáo của các cơ quan');
  await page.getByTestId('period-reports').getByRole('link', { name: agency, exact: true }).click();
  await page.getByRole('heading', { name: `Báo cáo của ${agency}` }).waitFor();
}

// One story in steps; generous limits because this 2-core machine is often shared with other test runs.
describe('the six-month report of Lý Sơn, as its people would do it (Chromium)', { timeout: 180_000 }, () => {
  it('three agencies write and send their reports', async () => {
    const { page } = e;

    // Phòng GD&ĐT: task 4 (lead) and its one indicator, drop-outs by sex and level.
    await signIn(page, 'gddt');
    await openMySixMonthReport(page, 'Lập báo cáo');
    await task(page, '4').getByLabel('Kết quả thực hiện').fill(TEXT.gddt);
    const grid = page.getByTestId('indicator-DP.0401');
    await grid.getByLabel(/— Tổng số$/).fill('4');
    await grid.getByLabel(/— Nam$/).fill('3');
    await grid.getByLabel(/— Nữ$/).fill('1');
    await saveAndSubmit(page);

    // Đồn Công an: every task gets a line; the indicators without figures yet get their reason.
    await signIn(page, 'congan');
    await openMySixMonthReport(page, 'Lập báo cáo');
    const tasks = page.getByTestId('report-task');
    expect(await tasks.count()).toBeGreaterThan(0);
    await tasks.first().getByLabel('Kết quả thực hiện').fill(TEXT.police);
    const codes = await page
      .locator('[data-testid^="indicator-"]:not([data-testid="indicator-grid"])')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-testid')!.replace('indicator-', '')));
    expect(codes).toEqual(expect.arrayContaining(['DP.0701', 'XH.0101', 'DP.0801', 'DP.0208']));
    // Submitting with empty totals and no reason is stopped in the page, before any request.
    await page
      .getByTestId('save-indicator')
      .getByText(/Đã lưu lúc/)
      .waitFor({ timeout: 15_000 });
    await page.getByTestId('report-submit').click();
    await page.getByText(`Còn ${codes.length} chỉ tiêu chưa có tổng số mà chưa ghi lý do.`).waitFor();
    for (const [i, code] of codes.entries()) {
      if (i === 0)
        await page
          .getByTestId(`indicator-${code}`)
          .getByLabel(/— Tổng số$/)
          .fill('0');
      else
        await page
          .getByLabel(`Ghi chú cho chỉ tiêu ${code}`)
          .fill('Đang rà soát hồ sơ, sẽ bổ sung ở báo cáo năm.');
    }
    await saveAndSubmit(page);

    // Huyện đoàn: its tasks come through the coordinating groups it belongs to.
    await signIn(page, 'huyendoan');
    await openMySixMonthReport(page, 'Lập báo cáo');
    await page.getByTestId('report-task').first().getByLabel('Kết quả thực hiện').fill(TEXT.youth);
    await saveAndSubmit(page);
  });

  it('the focal department returns Huyện đoàn’s report with a comment; it is corrected and sent again', async () => {
    const { page } = e;
    await signIn(page, 'noivu');
    await openAgencyReport(page, AGENCY.youth);
    await page.getByText(TEXT.youth).waitFor();
    await page.getByTestId('review-return').click();
    await page.getByLabel('Nội dung cần bổ sung, chỉnh sửa (bắt buộc)').fill(RETURN_COMMENT);
    await page.getByTestId('review-return-send').click();
    await page.getByText('Đã trả lại báo cáo.').waitFor();
    await page.getByTestId('report-status').filter({ hasText: 'Bị trả lại để bổ sung' }).first().waitFor();

    await signIn(page, 'huyendoan');
    await openMySixMonthReport(page, 'Tiếp tục');
    const comment = page.getByTestId('report-review-comment');
    await comment.waitFor();
    expect(await comment.textContent()).toContain(RETURN_COMMENT);
    await page.getByTestId('report-task').first().getByLabel('Kết quả thực hiện').fill(TEXT.youthFixed);
    await saveAndSubmit(page);
    await page.getByText('Phiên bản 2').waitFor();
  });

  it('the focal department accepts the three reports, and completeness shows the right counts', async () => {
    const { page } = e;
    await signIn(page, 'noivu');
    for (const [agency, text] of [
      [AGENCY.gddt, TEXT.gddt],
      [AGENCY.police, TEXT.police],
      [AGENCY.youth, TEXT.youthFixed],
    ] as const) {
      await openAgencyReport(page, agency);
      await page.getByText(text).waitFor();
      await page.getByTestId('review-accept').click();
      await confirmButton(page, 'Tiếp nhận').click();
      // The report's own state is the signal (the previous report's toast may still be showing).
      await page.getByTestId('report-status').filter({ hasText: 'Đã tiếp nhận' }).first().waitFor();
      await page.getByText('Đã tiếp nhận báo cáo.').first().waitFor();
    }

    const api = (
      await e.t.api('GET', `/api/reports/periods/${periodId}/completeness`, {
        session: await e.t.login('noivu', PASSWORD),
      })
    ).body as {
      counts: { expected: number; submitted: number; missing: number };
    };
    expected = api.counts.expected;
    expect(api.counts).toMatchObject({ submitted: 3, missing: expected - 3 });
    expect(expected).toBeGreaterThan(3);

    await openPeriod(page, 'Tình hình nộp báo cáo');
    // The page may first show what it had cached, then its fresh answer: wait for the counts to settle.
    const count = async (key: string) =>
      (await page.getByTestId(`count-${key}`).locator('dd').textContent())?.trim();
    await expect.poll(() => count('accepted'), { timeout: 10_000 }).toBe('3');
    expect(await count('expected')).toBe(String(expected));
    expect(await count('submitted')).toBe('3');
    expect(await count('onTime')).toBe('3');
    expect(await count('late')).toBe('0');
    expect(await count('missing')).toBe(String(expected - 3));
    await page.getByRole('heading', { name: `Các cơ quan phải báo cáo (${expected})` }).waitFor();
    await page.screenshot({ path: '/tmp/vte-e2e-reports-completeness.png', fullPage: true });
    const table = page.getByTestId('completeness-table');
    await table
      .getByRole('row', { name: new RegExp(MISSING) })
      .getByText('Chưa báo cáo')
      .waitFor();
    await table
      .getByRole('row', { name: new RegExp(AGENCY.youth) })
      .getByText('Đã tiếp nhận')
      .waitFor();
  });

  it('the consolidated report is generated and its Word file reads back complete', async () => {
    const { page } = e;
    await openPeriod(page, 'Báo cáo tổng hợp');
    await page.getByRole('button', { name: 'Tạo báo cáo tổng hợp' }).click();
    await page.getByText('Đã tổng hợp từ báo cáo của các cơ quan.').waitFor();
    const editor = page.getByTestId('consolidated-editor');
    await editor.waitFor();
    await editor.getByText(MISSING).first().waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      editor.getByTestId('download-docx').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const file = await download.path();
    const text = (await mammoth.extractRawText({ buffer: fs.readFileSync(file) })).value;
    for (const s of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'BÁO CÁO',
      SUBJECT,
      TEXT.police,
      TEXT.youthFixed,
      MISSING,
    ]) {
      expect(text, s).toContain(s);
    }
    expect(text, 'the returned first version is not what was consolidated').not.toContain(TEXT.youth);
    // Sections are headed "I. …", "II. …" in capitals (NĐ 30); task 4's carries the GD&ĐT text.
    const lines = text
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    const heading = /^[IVXLC]+\. \S/;
    const section = (title: RegExp) => {
      const at = lines.findIndex((l) => heading.test(l) && title.test(l));
      expect(at, String(title)).toBeGreaterThanOrEqual(0);
      const end = lines.findIndex((l, i) => i > at && (heading.test(l) || l.startsWith('Nơi nhận')));
      return lines.slice(at + 1, end < 0 ? undefined : end).join('\n');
    };
    expect(section(/^[IVXLC]+\. NHIỆM VỤ 4 – /)).toContain(`${AGENCY.gddt} (chủ trì): ${TEXT.gddt}`);
    // The agencies that did not report, in their own section; those that did are not listed there.
    const missing = section(/CHƯA GỬI BÁO CÁO$/);
    expect(missing).toContain(MISSING);
    for (const agency of Object.values(AGENCY)) expect(missing).not.toContain(agency);
  });

  it('goes up to the province, which sees Huyện Lý Sơn’s report as submitted', async () => {
    const { page } = e;
    const editor = page.getByTestId('consolidated-editor');
    await editor.getByTestId('cons-submit').click();
    await confirmButton(page, 'Gửi lên cấp trên').click();
    await page.getByText(/Đã gửi báo cáo tổng hợp tới/).waitFor();
    await editor.getByTestId('consolidated-status').filter({ hasText: 'Đã gửi cấp trên' }).waitFor();

    await signIn(page, 'sotinh');
    await page.getByTestId('nav-reports').click();
    await page.getByTestId('reports-nav-province').click();
    await page.waitForURL(/\/app\/reports\/province/);
    const row = page.getByTestId('province-units').getByRole('row', { name: /Huyện Lý Sơn/ });
    await row.getByTestId('consolidated-status').filter({ hasText: 'Đã gửi cấp trên' }).waitFor();
    expect(await row.textContent()).toContain(`3/${expected}`);
    await row.getByTestId('province-open-unit').click();
    await page.getByRole('heading', { name: SUBJECT }).waitFor();
    await page.getByText('Huyện Lý Sơn · 6 tháng đầu năm 2025').waitFor();
    await page.getByTestId('consolidated-status').filter({ hasText: 'Đã gửi cấp trên' }).waitFor();
    await page.getByText(TEXT.gddt).first().waitFor();

    // And in "Báo cáo nhận được".
    await page.getByRole('link', { name: 'Cấp tỉnh' }).click();
    await page.getByRole('tab', { name: 'Báo cáo nhận được' }).click();
    const received = page.getByTestId('received-list').getByRole('row', { name: new RegExp(SUBJECT) });
    await received.getByText('Đã gửi cấp trên').waitFor();
    expect(await received.textContent()).toContain('Huyện Lý Sơn');
  });
});
