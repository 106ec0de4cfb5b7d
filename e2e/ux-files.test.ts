import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUserDirect } from '../apps/server/src/modules/identity';
import { LY_SON } from '../apps/server/src/modules/org';
import { seedPlans } from '../apps/server/src/modules/plans';
import { PASSWORD } from '../apps/server/src/test/harness';
import { signInAs, startE2E, type E2E } from './browser';

// Issue 9 item 15: a refused evidence file says why; the weak-password message appears once.
let e: E2E;
let dir: string;
beforeAll(async () => {
  e = await startE2E();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vte-e2e-files-'));
  await seedPlans(e.t.db);
  await createUserDirect(e.t.db, {
    username: 'gddt.minh',
    password: PASSWORD,
    role: 'agency_reporter',
    fullName: 'Võ Văn Minh',
    scopeUnitId: LY_SON.districtId,
    agencyId: LY_SON.agency('gddt'),
  });
});
afterAll(async () => {
  await e.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('files and messages, in Chromium', () => {
  it('says why an evidence file was refused', async () => {
    const { page, baseUrl } = e;
    await signInAs(page, baseUrl, 'gddt.minh');
    await page.goto(`${baseUrl}/app/plans/my-tasks`);
    await page.getByTestId('my-task-4').first().click();
    const form = page.getByTestId('progress-form');
    await form.waitFor();
    await form.locator('textarea').fill('Đã tổ chức tuyên truyền tại 3 trường.');
    // Named .pdf, but an executable inside: the server refuses it by its content.
    const fake = path.join(dir, 'bien-ban.pdf');
    fs.writeFileSync(fake, Buffer.from('MZ\u0090\u0000 not a document'));
    await form.locator('input[type=file]').setInputFiles(fake);
    await page.getByTestId('progress-submit').click();
    const notice = page.locator('.ant-message-notice', { hasText: 'bien-ban.pdf' });
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(/Word, Excel, PDF hoặc ảnh/);
  });

  it('shows the weak-password message once', async () => {
    const { page, baseUrl } = e;
    await page.goto(`${baseUrl}/app/change-password`);
    const form = page.getByTestId('change-password-form');
    await form.waitFor();
    const inputs = form.locator('input[type=password]');
    await inputs.nth(0).fill(PASSWORD);
    await inputs.nth(1).fill('matkhau123456');
    await inputs.nth(2).fill('matkhau123456');
    await page.getByTestId('change-password-submit').click();
    await page.getByText('Mật khẩu chưa đủ mạnh', { exact: false }).first().waitFor();
    // The refusal gives the advice; the field's rule ("… khó đoán") is not repeated under it.
    await expect
      .poll(async () => (await form.innerText()).includes('Ít nhất 10 ký tự'), { timeout: 20_000 })
      .toBe(false);
    const text = (await form.innerText()).replace(/\s+/g, ' ');
    expect(text.split('Mật khẩu chưa đủ mạnh').length - 1).toBe(1);
    expect(text.split('đoán').length - 1).toBe(1);
    // Too short: one message, not the error and the rule saying the same.
    await inputs.nth(1).fill('ngan1');
    await inputs.nth(2).fill('ngan1');
    await page.getByTestId('change-password-submit').click();
    await form.getByText('tối thiểu 10 ký tự').waitFor();
    expect((await form.innerText()).match(/10 ký tự/g)).toHaveLength(1);
    await page.screenshot({ path: '/tmp/vte-weak-password.png' });
  });
});
