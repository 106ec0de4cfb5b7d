// Issue 9 item 17: a submitted or accepted report's PDF is converted once by the background job and
// kept; the download then serves the kept file without running LibreOffice again. LibreOffice is a
// stand-in here that counts its runs and stamps each PDF with its run number.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { LY_SON } from '../org';
import { createTestApp, type Session, type TestApp } from '../../test/harness';
import { createScheduler } from '../../platform/jobs/scheduler';
import { useClock } from './clock';
import { expectRealPdf, realPdfRequired, soffice as realSoffice } from './documents/pdf-check.test-support';
import { reportDocx } from './export.service';
import { registerReportJobs } from './reports.jobs';
import { pdfJob } from './report-pdf.service';
import { acceptedReportsWorld, type People } from './reports-test-kit';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vte-pdf-job-'));
const runs = path.join(tmp, 'runs');
/** Writes "%PDF-1.7 run <n>" where LibreOffice would, n counting every run. */
const soffice = path.join(tmp, 'soffice');
fs.writeFileSync(
  soffice,
  `#!/bin/sh
echo x >> "${runs}"
n=$(wc -l < "${runs}" | tr -d ' ')
while [ $# -gt 0 ]; do if [ "$1" = "--outdir" ]; then out="$2"; fi; shift; done
printf "%%PDF-1.7 run $n" > "$out/report.pdf"
`,
  { mode: 0o755 },
);
const failing = path.join(tmp, 'failing-soffice');
fs.writeFileSync(failing, '#!/bin/sh\nexit 1\n', { mode: 0o755 });
const conversions = () => (fs.existsSync(runs) ? fs.readFileSync(runs, 'utf8').split('\n').length - 1 : 0);

let t: TestApp;
let p: People;
let six: { id: string };
let gdId: string;
let outsider: Session;

beforeAll(async () => {
  t = await createTestApp({ SOFFICE_PATH: soffice });
  ({ people: p, six } = await acceptedReportsWorld(t));
  gdId = (await t.api('POST', `/api/reports/periods/${six.id}/my-report`, { session: p.gddt })).body.id;
  const national = await t.userSession('admin', { scopeUnitId: null });
  const unit = await t.api('POST', '/api/org/units', {
    session: national,
    body: { name: 'Bình Sơn', type: 'huyen', parentId: LY_SON.provinceId, validFrom: '1989-07-01' },
  });
  outsider = await t.userSession('focal_officer', { scopeUnitId: unit.body.id });
}, 120_000);
afterAll(() => {
  useClock(() => new Date());
  fs.rmSync(tmp, { recursive: true, force: true });
  return t.close();
});

const status = async (kind: string, id: string, s: Session) =>
  t.api('GET', `/api/reports/${kind}/${id}/document.pdf/status`, { session: s });
const download = (kind: string, id: string, s: Session) =>
  t.app.inject({
    method: 'GET',
    url: `/api/reports/${kind}/${id}/document.pdf`,
    headers: { cookie: s.cookie },
  });
const kept = async (id: string) =>
  (
    await t.db.execute<{ frozen_key: string; status: string; content: Buffer | null; attempts: number }>(
      sql`select frozen_key, status, content, attempts from report_pdf where report_id = ${id} order by created_at`,
    )
  ).rows;

describe('PDF of a frozen report', () => {
  it('is converted once by the background job after acceptance, then served as kept', async () => {
    expect((await status('agency', gdId, p.gddt)).body).toEqual({ state: 'converting' });
    expect(await kept(gdId)).toEqual([]);

    const scheduler = createScheduler(t.db, () => undefined);
    await registerReportJobs(scheduler, soffice, () => undefined);
    // The sweep's schedule is due at once (with the daily reminders'); its run converts every frozen
    // report without a file.
    await t.db.execute(sql`delete from job_schedule where name <> 'reports.pdf.sweep'`);
    expect(await scheduler.tick()).toBe(1);
    const [file] = await kept(gdId);
    expect(file).toMatchObject({ frozen_key: 'v2', status: 'done' });
    expect(file!.content!.toString()).toMatch(/^%PDF-1\.7 run \d+$/);
    const afterJob = conversions();

    expect((await status('agency', gdId, p.gddt)).body).toEqual({ state: 'ready' });
    for (const s of [p.gddt, p.focal]) {
      const res = await download('agency', gdId, s);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/pdf/);
      expect(res.rawPayload.equals(file!.content!)).toBe(true);
    }
    // Served from the kept file: LibreOffice did not run again, and each download is still audited.
    expect(conversions()).toBe(afterJob);
    const audits = await t.db.execute<{ n: number }>(
      sql`select count(*)::int n from audit_log where entity_id = ${gdId} and action = 'export'`,
    );
    expect(audits.rows[0]!.n).toBe(2);
    // A second run finds nothing left to convert.
    await pdfJob(reportDocx, soffice, () => undefined)(null, t.db);
    expect(conversions()).toBe(afterJob);
  });

  it('converts a draft on demand and keeps nothing (it can still change)', async () => {
    const draft = (await t.api('POST', `/api/reports/periods/${six.id}/my-report`, { session: p.health }))
      .body;
    expect(draft.status).toBe('draft');
    expect((await status('agency', draft.id, p.health)).body).toEqual({ state: 'on_demand' });
    const before = conversions();
    const res = await download('agency', draft.id, p.health);
    expect(res.statusCode).toBe(200);
    expect(conversions()).toBe(before + 1);
    expect(await kept(draft.id)).toEqual([]);
  });

  it('converts a submitted consolidated report in the background too, and serves it as kept', async () => {
    await t.api('POST', `/api/reports/periods/${six.id}/consolidated`, { session: p.focal, body: {} });
    const r = (await t.api('GET', `/api/reports/periods/${six.id}/consolidated`, { session: p.focal })).body;
    expect((await status('consolidated', r.id, p.focal)).body).toEqual({ state: 'on_demand' });
    const sent = await t.api('POST', `/api/reports/consolidated/${r.id}/submit`, { session: p.focal });
    expect(sent.body.status).toBe('submitted');
    expect((await status('consolidated', r.id, p.focal)).body).toEqual({ state: 'converting' });
    await pdfJob(reportDocx, soffice, () => undefined)(null, t.db);
    const [file] = await kept(r.id);
    expect(file).toMatchObject({ status: 'done', frozen_key: expect.stringMatching(/^s\d+$/) });
    const n = conversions();
    const res = await download('consolidated', r.id, p.focal);
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.equals(file!.content!)).toBe(true);
    expect(conversions()).toBe(n);
    expect((await status('consolidated', r.id, p.focal)).body).toEqual({ state: 'ready' });
  });

  it('counts failed background conversions and stops retrying after three', async () => {
    const police = (await t.api('POST', `/api/reports/periods/${six.id}/my-report`, { session: p.police }))
      .body;
    await t.db.execute(
      sql`update agency_report set status = 'submitted', version = 1 where id = ${police.id}`,
    );
    const job = pdfJob(reportDocx, failing, () => undefined);
    for (let i = 0; i < 4; i++) await job(null, t.db);
    expect(await kept(police.id)).toEqual([
      expect.objectContaining({ frozen_key: 'v1', status: 'failed', content: null, attempts: 3 }),
    ]);
    // The job gave up; the download still converts (with the working LibreOffice) and keeps the file.
    expect((await status('agency', police.id, p.police)).body).toEqual({ state: 'on_demand' });
    expect((await download('agency', police.id, p.police)).statusCode).toBe(200);
    expect((await kept(police.id)).map((f) => f.status)).toEqual(['done']);
  });
});

// CI installs LibreOffice: there (and wherever it is installed) the background job makes a real PDF.
describe('PDF of a frozen report with LibreOffice', () => {
  it.runIf(realPdfRequired)(
    'is a real PDF, made by the background job and served as kept',
    { timeout: 180_000 },
    async () => {
      expect(realSoffice, 'LibreOffice is not installed (CI=true requires it)').not.toBeNull();
      const health = (await t.api('POST', `/api/reports/periods/${six.id}/my-report`, { session: p.health }))
        .body;
      await t.db.execute(
        sql`update agency_report set status = 'submitted', version = 1 where id = ${health.id}`,
      );
      await pdfJob(reportDocx, realSoffice, () => undefined)(null, t.db);
      const [file] = await kept(health.id);
      expect(file).toMatchObject({ frozen_key: 'v1', status: 'done' });
      expectRealPdf(file!.content!);
      const res = await download('agency', health.id, p.health);
      expect(res.rawPayload.equals(file!.content!)).toBe(true);
    },
  );
});

describe('PDF status: attacks', () => {
  it('answers 404 to another locality, 400 to a bad id, 401 without a session', async () => {
    const other = await status('agency', gdId, outsider);
    expect(other.status).toBe(404);
    expect((await status('consolidated', gdId, p.focal)).status).toBe(404);
    const bad = await t.api('GET', '/api/reports/agency/not-a-uuid/document.pdf/status', { session: p.gddt });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/[ạảãàáâầấậẫẩăằắặẵẳđêềếệễểôồốộỗổơờớợỡởưừứựữửìíịỉĩ]/i);
    const anon = await t.app.inject({
      method: 'GET',
      url: `/api/reports/agency/${gdId}/document.pdf/status`,
    });
    expect(anon.statusCode).toBe(401);
  });
});
