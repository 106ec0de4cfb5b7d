import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Document, Packer, Paragraph } from 'docx';
import type { Page } from 'playwright-core';
import { createUserDirect } from '../apps/server/src/modules/identity';
import { LY_SON } from '../apps/server/src/modules/org';
import { PASSWORD } from '../apps/server/src/test/harness';
import { PLAN_SEED_DIR } from '../apps/server/src/paths';
import { signInAs, startE2E, type E2E } from './browser';

let e: E2E;
let dir: string;
const seedTxt = path.join(PLAN_SEED_DIR, 'ke-hoach-ly-son-2025.txt');

beforeAll(async () => {
  e = await startE2E();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vte-e2e-plans-'));
  const doc = new Document({
    sections: [
      {
        children: fs
          .readFileSync(seedTxt, 'utf8')
          .split('\n')
          .map((l) => new Paragraph(l)),
      },
    ],
  });
  fs.writeFileSync(path.join(dir, 'ke-hoach-ly-son-2025.docx'), await Packer.toBuffer(doc));
  await createUserDirect(e.t.db, {
    username: 'noivu',
    password: PASSWORD,
    role: 'focal_officer',
    fullName: 'Lê Thị Nội Vụ',
    scopeUnitId: LY_SON.districtId,
    agencyId: LY_SON.agency('noi-vu'),
  });
  await createUserDirect(e.t.db, {
    username: 'gddt',
    password: PASSWORD,
    role: 'agency_reporter',
    fullName: 'Phạm Văn Giáo',
    scopeUnitId: LY_SON.districtId,
    agencyId: LY_SON.agency('gddt'),
  });
});
afterAll(async () => {
  await e.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const signIn = (page: Page, username: string) => signInAs(page, e.baseUrl, username);

/** Upload → review (corrects nothing) → save → the plan page with its 13 tasks. */
async function importPlan(page: Page, file: string) {
  await page.goto(`${e.baseUrl}/app/plans/import`);
  await page.locator('input[type=file]').setInputFiles(file);
  await page.getByTestId('plan-task-row-13').waitFor({ timeout: 30_000 });
  await page.getByTestId('plan-review-save').click();
  await page.waitForURL(/\/app\/plans\/[0-9a-f-]{36}/, { timeout: 30_000 });
  for (let n = 1; n <= 13; n++) await page.getByTestId(`plan-task-row-${n}`).waitFor();
  expect(await page.locator('[data-testid^="plan-task-row-"]').count()).toBe(13);
  return page.url().split('/').pop()!;
}

describe('plans, as a new user would use them (Chromium)', () => {
  it('in the review, removing an agency from a task takes it out of that task only', async () => {
    const { page } = e;
    await signIn(page, 'noivu');
    await page.goto(`${e.baseUrl}/app/plans/import`);
    await page.locator('input[type=file]').setInputFiles(seedTxt);
    const task6 = page.getByTestId('plan-task-row-6');
    await task6.waitFor({ timeout: 30_000 });
    const partners = task6.getByTestId('chips-partner');
    const before = await partners.locator('.agency-chip').count();
    await partners.locator('.agency-chip-remove').first().click();
    expect(await partners.locator('.agency-chip').count()).toBe(before - 1);
    expect(
      await page.getByTestId('plan-task-row-3').getByTestId('chips-partner').locator('.agency-chip').count(),
    ).toBe(5);
  });

  it('a focal officer imports the seed as .txt and as .docx, corrects nothing, and gets 13 correctly assigned tasks', async () => {
    const { page } = e;
    await signIn(page, 'noivu');
    const fromTxt = await importPlan(page, seedTxt);
    const task4 = await page.getByTestId('plan-task-row-4').textContent();
    expect(task4).toMatch(/Cơ quan chủ trì:\s*Phòng Giáo dục và Đào tạo/);
    const task9 = await page.getByTestId('plan-task-row-9').textContent();
    expect(task9).toMatch(/Phòng Nội vụ/);
    expect(task9).toMatch(/Phòng Văn hóa, Khoa học và Thông tin/);
    expect(task9).toMatch(/Quý II, IV năm 2025/);
    const fromDocx = await importPlan(page, path.join(dir, 'ke-hoach-ly-son-2025.docx'));
    expect(fromDocx).not.toBe(fromTxt);
    const stored = await e.t.api('GET', `/api/plans/${fromTxt}`, {
      session: await e.t.login('noivu', PASSWORD),
    });
    expect(stored.body.tasks.filter((t: { parentId: string | null }) => !t.parentId)).toHaveLength(13);
  });

  it('the reporter of Phòng GD&ĐT sees task 4 as lead, 2, 3, 5–8 as partner, and its groups’ tasks', async () => {
    const { page } = e;
    await signIn(page, 'gddt');
    await page.goto(`${e.baseUrl}/app/plans/my-tasks`);
    const plan = page.locator('.my-plan').first();
    await plan.getByTestId('my-task-4').waitFor();
    const sections = plan.locator('.my-section');
    const numbers = async (i: number) =>
      await sections
        .nth(i)
        .locator('[data-testid^="my-task-"]')
        .evaluateAll((els) => els.map((el) => el.getAttribute('data-testid')!.replace('my-task-', '')));
    expect(await sections.count()).toBe(3);
    expect(await numbers(0)).toEqual(['4']);
    expect(await numbers(1)).toEqual(['2', '3', '5', '6', '7', '8']);
    expect(await numbers(2)).toEqual(['1', '9', '10', '11', '12', '13']);
    expect(await sections.nth(2).locator('h3').textContent()).toMatch(/phòng, ban, ngành/i);
  });
});
