import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2E, type E2E } from './browser';

// Issue 9 item 19: the public directory shows units and agencies in force today, and the page's
// text points only to entries that exist.
let e: E2E;
beforeAll(async () => {
  e = await startE2E();
});
afterAll(() => e.close());

describe('the public portal, in Chromium', () => {
  it('lists the health centre under the special zone, not the dissolved district', async () => {
    const { page, baseUrl } = e;
    await page.goto(`${baseUrl}/`);
    const directory = page.locator('#contacts-root');
    const centre = directory.locator('.contact', { hasText: 'Trung tâm Y tế quân - dân y Lý Sơn' });
    await centre.waitFor();
    expect(await centre.locator('.contact-unit').textContent()).toBe('Đặc khu Lý Sơn');
    expect(await directory.textContent()).not.toMatch(/Huyện Lý Sơn/);
  });

  it('does not send readers to a directory entry that is not there', async () => {
    const { page } = e;
    const directory = (await page.locator('#contacts-root').textContent()) ?? '';
    const steps = (await page.locator('.steps').textContent()) ?? '';
    // Each kind of office the steps say is "in the directory" must be listed there.
    for (const sentence of steps.split(/[.;]/).filter((s) => /danh bạ/.test(s))) {
      if (/Công an/.test(sentence)) expect(directory).toMatch(/Công an/);
    }
    expect(steps).toMatch(/danh bạ bên dưới/);
    expect(directory.length).toBeGreaterThan(0);
  });
});
