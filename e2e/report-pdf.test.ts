import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createUserDirect } from '../apps/server/src/modules/identity';
import { seedIndicators } from '../apps/server/src/modules/indicators';
import { LY_SON } from '../apps/server/src/modules/org';
import { seedPlans } from '../apps/server/src/modules/plans';
import { ensurePeriods } from '../apps/server/src/modules/reports';
import { useClock } from '../apps/server/src/modules/reports/clock';
import { findSoffice } from '../apps/server/src/modules/reports/documents/pdf';
import { reportDocx } from '../apps/server/src/modules/reports/export.service';
import { pdfJob } from '../apps/server/src/modules/reports/report-pdf.service';
import { systemContext } from '../apps/server/src/platform/auth/context';
import { loadConfig } from '../apps/server/src/config';
import { PASSWORD, type Session } from '../apps/server/src/test/harness';
import { signInAs, startE2E, type E2E } from './browser';

// Issue 9 item 17 in Chromium: a draft's PDF is converted at the download, with a progress dialog
// until the file arrives; once the report is submitted and the background job has kept its PDF, the
// download comes at once and no progress shows. Needs LibreOffice (CI installs it).
const soffice = findSoffice(loadConfig().SOFFICE_PATH ?? null);
let e: E2E;
let reportId: string;
let gddt: Session;

beforeAll(async () => {
  const start = new Date('2025-05-05T02:00:00Z');
  const offset = start.getTime() - Date.now();
  useClock(() => new Date(Date.now() + offset));
  e = await startE2E();
  await seedPlans(e.t.db);
  await seedIndicators(e.t.db);
  await ensurePeriods(e.t.db, systemContext('e2e'));
  await createUserDirect(e.t.db, {
    username: 'gddt',
    password: PASSWORD,
    role: 'agency_reporter',
    fullName: 'Phạm Văn Giáo',
    scopeUnitId: LY_SON.districtId,
    agencyId: LY_SON.agency('gddt'),
  });
  gddt = await e.t.login('gddt', PASSWORD);
  const periods = await e.t.api('GET', '/api/reports/periods', { session: gddt });
  const six = (periods.body as { id: string; kind: string }[]).find((p) => p.kind === 'six_month')!;
  reportId = (await e.t.api('POST', `/api/reports/periods/${six.id}/my-report`, { session: gddt })).body.id;
}, 120_000);
afterAll(async () => {
  useClock(() => new Date());
  await e?.close();
});

describe.runIf(soffice !== null)('the PDF button', () => {
  it('shows progress while a draft converts, and none once the submitted report’s PDF is kept', async () => {
    const { page } = e;
    await signInAs(page, e.baseUrl, 'gddt');
    await page.goto(`${e.baseUrl}/app/reports/agency/${reportId}`);
    const button = page.getByTestId('download-pdf');
    await button.waitFor();
    const progress = page.getByTestId('pdf-progress-body');
    const [draftPdf] = await Promise.all([
      page.waitForEvent('download', { timeout: 180_000 }),
      (async () => {
        await button.click();
        await progress.waitFor();
        expect(await progress.getAttribute('data-state')).toBe('on_demand');
        expect(await progress.textContent()).toMatch(/Đã chờ \d+ giây/);
      })(),
    ]);
    expect(draftPdf.suggestedFilename()).toMatch(/\.pdf$/);
    await progress.waitFor({ state: 'hidden' });

    // Submitted (set directly: what a submission requires is the reports tests' business).
    await e.t.db.execute(
      sql`update agency_report set status = 'submitted', version = 1 where id = ${reportId}`,
    );
    await pdfJob(reportDocx, soffice, () => undefined)(null, e.t.db);
    await page.reload();
    await button.waitFor();
    const [kept] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), button.click()]);
    expect(kept.suggestedFilename()).toMatch(/\.pdf$/);
    expect(await progress.count()).toBe(0);
  }, 420_000);
});
