import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMPORT_JOB, runImportJob } from '../apps/server/src/modules/children';
import { createUserDirect } from '../apps/server/src/modules/identity';
import { seedIndicators } from '../apps/server/src/modules/indicators';
import { LY_SON } from '../apps/server/src/modules/org';
import { seedPlans } from '../apps/server/src/modules/plans';
import { ensurePeriods } from '../apps/server/src/modules/reports';
import { useClock } from '../apps/server/src/modules/reports/clock';
import { systemContext } from '../apps/server/src/platform/auth/context';
import { createScheduler, type Scheduler } from '../apps/server/src/platform/jobs/scheduler';
import { PASSWORD } from '../apps/server/src/test/harness';
import { signInAs, startE2E, type E2E } from './browser';
import { messyRows, messyWorkbook, SPECIAL } from './children-file';

// The register's "done when" (issue 11), as a commune worker and the focal officer of Lý Sơn would
// go through it in Chromium: import a messy list, fix a rejected row through the rejects workbook,
// merge a duplicate and undo it, open a child's page (audited), see the count in the report.
let e: E2E;
let scheduler: Scheduler;
let dir: string;
let listFile: string;
const ORDINARY = 300;

// The server's reports clock and the browser live on 5 May 2025, as in the reports story: the list is
// as of that day, the six-month period is open, and its cut-off (9 May) sees the imported children.
const START = new Date('2025-05-05T02:00:00Z');

beforeAll(async () => {
  const offset = START.getTime() - Date.now();
  useClock(() => new Date(Date.now() + offset));
  e = await startE2E();
  await e.context.clock.install({ time: START });
  // The import runs as a background job, as in `npm start` (main.ts registers the same handler).
  scheduler = createScheduler(e.t.db, () => {});
  scheduler.register(IMPORT_JOB, runImportJob);
  scheduler.start(500);
  await seedPlans(e.t.db);
  await seedIndicators(e.t.db);
  await ensurePeriods(e.t.db, systemContext('e2e'));
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vte-e2e-children-'));
  listFile = path.join(dir, 'danh-sach-tre-em-ly-son.xlsx');
  fs.writeFileSync(listFile, await messyWorkbook(messyRows(ORDINARY)));
  const user = (username: string, role: Parameters<typeof createUserDirect>[1]['role'], fullName: string) =>
    createUserDirect(e.t.db, {
      username,
      password: PASSWORD,
      role,
      fullName,
      scopeUnitId: LY_SON.districtId,
      agencyId: role === 'focal_officer' ? LY_SON.agency('noi-vu') : null,
    });
  await user('canbo.xa', 'commune_worker', 'Huỳnh Thị Bảo Vệ');
  await user('noivu', 'focal_officer', 'Lê Thị Nội Vụ');
  await user('kiemtoan', 'auditor', 'Đỗ Văn Kiểm');
  await user('lanhdao', 'leader', 'Nguyễn Văn Lãnh');
});
afterAll(async () => {
  await scheduler?.stop();
  useClock(() => new Date());
  await e?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const signIn = (page: Page, username: string) => signInAs(page, e.baseUrl, username);

/** In the mapping step, the field a column feeds. */
async function mapColumn(page: Page, header: string, field: string) {
  const select = page.getByTestId(`mapping-${header}`);
  await select.click();
  await page.keyboard.type(field);
  await page.keyboard.press('Enter');
  await select.getByText(field, { exact: true }).waitFor();
}

/** Upload on the wizard's first step, keep the (guessed or remembered) mapping, land on the preview. */
async function uploadToPreview(page: Page, file: string, correct?: () => Promise<void>) {
  await page.getByTestId('children-tab-import').click();
  await page.waitForURL(/\/app\/children\/import$/);
  await page.locator('input[type=file]').setInputFiles(file);
  await page.getByTestId('mapping-confirm').waitFor({ timeout: 60_000 });
  await correct?.();
  await page.getByTestId('mapping-confirm').click();
  await page.getByTestId('import-summary').waitFor({ timeout: 60_000 });
}

async function runImport(page: Page) {
  await page.getByTestId('import-run').click();
  await page.getByTestId('import-result').waitFor({ timeout: 90_000 });
}

const statistic = async (page: Page, testId: string) =>
  Number(
    (await page.getByTestId(testId).locator('.ant-statistic-content-value').innerText()).replace(/\D/g, ''),
  );

describe('the register of children, as a new user would use it (Chromium)', { timeout: 240_000 }, () => {
  it('a commune worker imports a messy list, sees its issues, fixes a rejected row in the rejects workbook and imports it again', async () => {
    const { page } = e;
    await signIn(page, 'canbo.xa');
    await page.getByTestId('nav-children').click();
    await page.getByRole('heading', { name: 'Sổ theo dõi trẻ em' }).waitFor();
    // The two-row header "Họ tên cha mẹ / Cha, Mẹ": she makes sure each column feeds the right parent.
    await uploadToPreview(page, listFile, async () => {
      await mapColumn(page, 'Họ tên cha mẹ / Cha', 'Họ tên cha');
      await mapColumn(page, 'Họ tên cha mẹ / Mẹ', 'Họ tên mẹ');
    });

    // Two rows can never be a child record: the impossible date and the row without a name.
    expect(await statistic(page, 'import-error-rows')).toBe(2);
    const valid = await statistic(page, 'import-valid');
    expect(valid).toBeGreaterThanOrEqual(ORDINARY);
    const issues = page.getByTestId('import-issues');
    await page.getByTestId('issue-count-NAME_NORMALISED').first().waitFor(); // names written in any case
    await page.getByTestId('issue-count-ROW_SKIPPED').first().waitFor(); // blank and subtotal rows
    // Filtered by code: only the impossible date's row is left.
    await page.getByTestId('issue-count-DOB_INVALID').first().click();
    await issues.getByText('31/02/2016').waitFor();
    await expect.poll(() => issues.locator('tbody tr.ant-table-row').count()).toBe(1);

    await runImport(page);
    expect(await page.getByTestId('import-created').innerText()).toBe(String(valid));
    expect(await page.getByTestId('import-rejected').innerText()).toBe('2');

    // The rejects workbook: fix the date of birth, leave the nameless row, import it again.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('import-rejects').click(),
    ]);
    const rejects = path.join(dir, 'loi.xlsx');
    await download.saveAs(rejects);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(rejects);
    const ws = wb.worksheets[0]!;
    let fixedRows = 0;
    ws.eachRow((row) => {
      const values = (row.values as unknown[]).map((v) => (typeof v === 'string' ? v : ''));
      const dobAt = values.indexOf(SPECIAL.badDate.dob);
      if (values.includes(SPECIAL.badDate.name) && dobAt > 0) {
        row.getCell(dobAt).value = SPECIAL.badDate.fixed;
        fixedRows++;
      }
    });
    expect(fixedRows).toBe(1);
    const fixed = path.join(dir, 'loi-da-sua.xlsx');
    await wb.xlsx.writeFile(fixed);

    await page.getByTestId('import-again').click();
    await uploadToPreview(page, fixed);
    expect(await statistic(page, 'import-valid')).toBe(1);
    expect(await statistic(page, 'import-error-rows')).toBe(1);
    await runImport(page);
    expect(await page.getByTestId('import-created').innerText()).toBe('1');
  });

  it('she finds the child by a name typed without accents and opens the page with a purpose: the read is audited', async () => {
    const { page } = e;
    await signIn(page, 'canbo.xa');
    await page.getByTestId('nav-children').click();
    await page.getByTestId('children-search').locator('input').fill('phan thi kieu oanh');
    await page.getByTestId('children-search').locator('input').press('Enter');
    const link = page.getByTestId('children-table').getByRole('link', { name: SPECIAL.badDate.name });
    await link.click();
    await page.getByTestId('child-purpose-ok').click();
    await page.getByRole('heading', { name: SPECIAL.badDate.name }).waitFor();
    await page.getByTestId('child-header').getByText('28/02/2016').waitFor();
    const childId = page.url().split('/').pop()!;
    expect(page.url()).not.toMatch(/oanh|kieu/i); // nothing personal in the address

    const audit = await e.t.api('GET', `/api/audit?entity=child&entityId=${childId}&action=read`, {
      session: await e.t.login('kiemtoan', PASSWORD),
    });
    expect(audit.status).toBe(200);
    const reads = audit.body.items as { actorUsername: string; action: string }[];
    expect(reads.filter((r) => r.actorUsername === 'canbo.xa')).toHaveLength(1);

    // An export of the list needs a stated reason; it is audited as an export.
    await page.getByTestId('nav-children').click();
    await page.getByTestId('children-export').click();
    await page.getByTestId('children-export-reason').fill('Gửi danh sách cho Hội Phụ nữ rà soát hộ gia đình');
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('children-export-ok').click(),
    ]);
    expect(file.suggestedFilename()).toMatch(/\.xlsx$/);
    const exports = await e.t.api('GET', '/api/audit?action=export', {
      session: await e.t.login('kiemtoan', PASSWORD),
    });
    expect(
      (exports.body.items as { actorUsername: string }[]).filter((r) => r.actorUsername === 'canbo.xa'),
    ).toHaveLength(1);
  });

  it('she merges the two records of the same girl, then undoes the merge', async () => {
    const { page } = e;
    await signIn(page, 'canbo.xa');
    await page.getByTestId('nav-children').click();
    await page.getByTestId('children-tab-duplicates').click();
    const pairs = page.getByTestId('dup-pairs');
    const row = pairs.locator('tr', { hasText: 'Trương Thị Ngọc Bích' });
    await pairs.waitFor();
    if ((await row.count()) === 0) await page.getByTestId('dup-scan').click();
    await row.getByTestId('dup-open').click();
    const pair = page.getByTestId('duplicate-pair');
    await pair.getByText('Trương Thị Ngọc Bích').first().waitFor();
    expect(await pair.locator('tr.pair-diff').count()).toBeGreaterThan(0); // differences highlighted
    await page.getByTestId('dup-merge').click();
    await page.getByTestId('dup-merged').waitFor();
    const session = await e.t.login('canbo.xa', PASSWORD);
    const bich = async () =>
      (
        await e.t.api('POST', '/api/children/search', {
          session,
          body: { q: 'truong thi ngoc bich', limit: 50 },
        })
      ).body.items.length as number;
    expect(await bich()).toBe(1);
    await page.getByTestId('dup-undo').click();
    await page.getByTestId('dup-merged').waitFor({ state: 'detached' });
    expect(await bich()).toBe(2);
  });

  it('the focal officer finds the register’s count of children in special circumstances pre-filled in the six-month report', async () => {
    const { page } = e;
    const session = await e.t.login('noivu', PASSWORD);
    const periods = await e.t.api('GET', '/api/reports/periods', { session });
    const six = (periods.body as { kind: string; cutoffTo: string }[]).find((p) => p.kind === 'six_month')!;
    const counts = await e.t.api(
      'GET',
      `/api/children/counts?unitId=${LY_SON.districtId}&date=${six.cutoffTo}`,
      {
        session,
      },
    );
    expect(counts.status, JSON.stringify(counts.body)).toBe(200);
    const special = (counts.body as { special: number }).special;
    expect(special).toBeGreaterThan(0);

    await signIn(page, 'noivu');
    await page.goto(`${e.baseUrl}/app/reports/mine`);
    await page.getByRole('heading', { name: 'Báo cáo của đơn vị tôi' }).waitFor();
    const mine = page.getByTestId('my-reports').locator('li', { hasText: '6 tháng đầu năm 2025' });
    await mine.getByRole('button', { name: 'Lập báo cáo' }).click();
    await page.waitForURL(/\/app\/reports\/agency\/[0-9a-f-]{36}/);
    const grid = page.getByTestId('indicator-DP.0301');
    await expect.poll(() => grid.getByLabel(/— Tổng số$/).inputValue()).toBe(String(special));
    await grid
      .getByText(/Sổ theo dõi trẻ em/)
      .first()
      .waitFor();
  });

  it('a leader sees the list with masked names only: no search by name, no page to open', async () => {
    const { page } = e;
    await signIn(page, 'lanhdao');
    await page.getByTestId('nav-children').click();
    const table = page.getByTestId('children-table');
    await table.getByTestId('child-masked').first().waitFor();
    expect(await table.getByTestId('child-open').count()).toBe(0);
    expect(await page.getByTestId('children-search').count()).toBe(0);
    const shown = await table.getByTestId('child-masked').allInnerTexts();
    expect(shown.every((name) => /^(\p{Lu}\*\*\* )+\p{Lu}\.$/u.test(name))).toBe(true);
    expect(await page.getByText('Phan Thị Kiều Oanh').count()).toBe(0);
  });

  it('the focal officer opens a cleaning campaign and sees the problems per unit and thôn', async () => {
    const { page } = e;
    await signIn(page, 'noivu');
    await page.goto(`${e.baseUrl}/app/children/campaigns`);
    await page.getByTestId('campaign-create').click();
    await page.getByTestId('campaign-name').fill('Làm sạch dữ liệu trẻ em 6 tháng đầu năm 2025');
    await page.getByTestId('campaign-create-ok').click();
    const units = page.getByTestId('campaign-units');
    await units.getByRole('button', { name: 'Lý Sơn' }).click();
    await page
      .getByTestId('campaign-problems')
      .getByText(/Chưa có số định danh: \d+/)
      .waitFor();
    const hamlets = page.getByTestId('campaign-hamlets');
    await hamlets.getByText('Thôn Đông').waitFor();
    const [sheet] = await Promise.all([
      page.waitForEvent('download'),
      (async () => {
        await hamlets
          .locator('tr', { hasText: 'Thôn Đông' })
          .getByRole('button', { name: 'Phiếu rà soát' })
          .click();
        await page.getByTestId('reason-text').fill('Rà soát tại hộ gia đình thôn Đông, đợt 1');
        await page.getByTestId('reason-ok').click();
      })(),
    ]);
    expect(sheet.suggestedFilename()).toMatch(/\.xlsx$/);
  });

  it('on a 375 px phone the list, the child page, the duplicates and the campaign board fit the screen', async () => {
    const { page } = e;
    await page.setViewportSize({ width: 375, height: 760 });
    const fits = async (name: string) => {
      await page.screenshot({ path: `/tmp/vte-children-${name}-375.png`, fullPage: true });
      expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);
    };
    await page.goto(`${e.baseUrl}/app/children/campaigns`);
    await page.getByTestId('campaign-units').waitFor();
    await fits('campaigns');
    await signIn(page, 'canbo.xa');
    await page.goto(`${e.baseUrl}/app/children`);
    // On a phone the list is a card per child (children-cards), not the table.
    await page.getByTestId('children-cards').getByTestId('child-open').first().waitFor();
    await fits('list');
    await page.getByTestId('children-cards').getByTestId('child-open').first().click();
    await page.getByTestId('child-purpose-ok').click();
    await page.getByTestId('child-header').waitFor();
    await fits('child');
    await page.goto(`${e.baseUrl}/app/children/duplicates`);
    await page.getByTestId('dup-open').first().click();
    await page.getByTestId('duplicate-pair').waitFor();
    await fits('duplicates');
  });
});
