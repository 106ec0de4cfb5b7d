// The "LibreOffice not installed" path, apart from the real-PDF tests: a server configured with
// SOFFICE_PATH=none answers the PDF routes with a clear 409 and writes no export audit row.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../test/harness';
import { useClock } from './clock';
import { reportingWorld, type People } from './reports-test-kit';

let t: TestApp;
let p: People;
let six: { id: string };

beforeAll(async () => {
  t = await createTestApp({ SOFFICE_PATH: 'none' });
  ({ people: p, six } = await reportingWorld(t));
});
afterAll(() => {
  useClock(() => new Date());
  return t.close();
});

describe('PDF without LibreOffice', () => {
  it('answers 409 REPORT_PDF_UNAVAILABLE in Vietnamese, offers Word, and audits no export', async () => {
    useClock(() => new Date('2025-05-02T02:00:00Z'));
    const r = (await t.api('POST', `/api/reports/periods/${six.id}/my-report`, { session: p.gddt })).body;
    const exports = async () =>
      (
        await t.db.execute<{ n: number }>(
          sql`select count(*)::int n from audit_log where entity_id = ${r.id} and action = 'export'`,
        )
      ).rows[0]!.n;
    const pdf = await t.api('GET', `/api/reports/agency/${r.id}/document.pdf`, { session: p.gddt });
    expect([pdf.status, pdf.body.error.code]).toEqual([409, 'REPORT_PDF_UNAVAILABLE']);
    expect(pdf.body.error.message).toMatch(/LibreOffice|Word/);
    expect(await exports()).toBe(0);
    const docx = await t.app.inject({
      method: 'GET',
      url: `/api/reports/agency/${r.id}/document.docx`,
      headers: { cookie: p.gddt.cookie },
    });
    expect(docx.statusCode).toBe(200);
    expect(await exports()).toBe(1);
  });
});
