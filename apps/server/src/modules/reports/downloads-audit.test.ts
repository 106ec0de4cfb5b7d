// Downloads are reads of the record (issue 8 item 10): evidence, attachments and the agency
// report's Word/Excel/PDF each leave an audit row with the object's kind and id, in the same
// request; a download refused to another locality leaves none.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { LY_SON } from '../org';
import { createTestApp, type Session, type TestApp } from '../../test/harness';
import { useClock } from './clock';
import { expectRealPdf, realPdfRequired } from './documents/pdf-check.test-support';
import { reportingWorld, type People } from './reports-test-kit';

let t: TestApp;
let p: People;
let six: { id: string };
let planId: string;
let outsider: Session;

function multipart(name: string, data: Buffer, fields: Record<string, string> = {}) {
  const b = `----vte${Math.random().toString(16).slice(2)}`;
  const parts = Object.entries(fields).map(([k, v]) =>
    Buffer.from(`--${b}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`),
  );
  const payload = Buffer.concat([
    ...parts,
    Buffer.from(
      `--${b}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    data,
    Buffer.from(`\r\n--${b}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${b}` } };
}

async function upload(s: Session, url: string, data: Buffer, fields: Record<string, string> = {}) {
  const m = multipart('bien-ban.pdf', data, fields);
  const res = await t.app.inject({
    method: 'POST',
    url,
    payload: m.payload,
    headers: { ...m.headers, cookie: s.cookie, 'x-csrf-token': s.csrf },
  });
  expect(res.statusCode).toBe(201);
  return res.json() as { id: string };
}

const download = async (s: Session, url: string) =>
  (await t.app.inject({ method: 'GET', url, headers: { cookie: s.cookie } })).statusCode;

/** Audit rows about one object, oldest first. */
const auditOf = async (entityId: string) =>
  (
    await t.db.execute<{
      action: string;
      entity: string;
      actor_id: string;
      after: { format?: string } | null;
    }>(sql`select action, entity, actor_id, after from audit_log where entity_id = ${entityId} order by id`)
  ).rows;

const PDF = Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\n');

beforeAll(async () => {
  t = await createTestApp();
  ({ people: p, six, planId } = await reportingWorld(t));
  // Another district of the same province, with its own focal officer.
  const national = await t.userSession('admin', { scopeUnitId: null });
  const unit = await t.api('POST', '/api/org/units', {
    session: national,
    body: { name: 'Bình Sơn', type: 'huyen', parentId: LY_SON.provinceId, validFrom: '1989-07-01' },
  });
  expect(unit.status).toBe(201);
  outsider = await t.userSession('focal_officer', { scopeUnitId: unit.body.id });
});
afterAll(() => {
  useClock(() => new Date());
  return t.close();
});

describe('downloads are audited as reads', () => {
  it('plan evidence: one read row per download; none for another district', async () => {
    const plan = (await t.api('GET', `/api/plans/${planId}`, { session: p.focal })).body;
    const t4 = plan.tasks.find((x: { number: string }) => x.number === '4');
    const progress = await t.api('POST', `/api/plans/tasks/${t4.id}/progress`, {
      session: p.gddt,
      body: { status: 'in_progress' },
    });
    const ev = await upload(p.gddt, `/api/plans/progress/${progress.body.id}/evidence`, PDF);
    expect(await auditOf(ev.id)).toHaveLength(1); // its creation
    expect(await download(outsider, `/api/plans/evidence/${ev.id}`)).toBe(404);
    expect(await auditOf(ev.id)).toHaveLength(1);
    expect(await download(p.focal, `/api/plans/evidence/${ev.id}`)).toBe(200);
    expect((await auditOf(ev.id)).slice(1)).toEqual([
      { action: 'read', entity: 'progress_evidence', actor_id: p.focal.userId, after: expect.anything() },
    ]);
  });

  it('report attachments: a read row for the agency and for the focal department; none for another district', async () => {
    useClock(() => new Date('2025-05-02T02:00:00Z'));
    const r = (await t.api('POST', `/api/reports/periods/${six.id}/my-report`, { session: p.police })).body;
    const a = await upload(p.police, `/api/reports/agency/${r.id}/attachments`, PDF, {
      taskId: r.tasks[0].taskId,
    });
    expect(await download(outsider, `/api/reports/attachments/${a.id}`)).toBe(404);
    expect(await download(p.health, `/api/reports/attachments/${a.id}`)).toBe(404);
    expect(await auditOf(a.id)).toHaveLength(1); // its creation
    expect(await download(p.police, `/api/reports/attachments/${a.id}`)).toBe(200);
    expect(await download(p.focal, `/api/reports/attachments/${a.id}`)).toBe(200);
    expect((await auditOf(a.id)).slice(1).map((x) => [x.action, x.entity, x.actor_id])).toEqual([
      ['read', 'report_attachment', p.police.userId],
      ['read', 'report_attachment', p.focal.userId],
    ]);
  });

  it('agency report exports: one export row per file with its format; none when refused', async () => {
    useClock(() => new Date('2025-05-02T02:00:00Z'));
    const r = (await t.api('POST', `/api/reports/periods/${six.id}/my-report`, { session: p.gddt })).body;
    const before = (await auditOf(r.id)).length;
    for (const f of ['document.docx', 'annex.xlsx', 'document.pdf'])
      expect(await download(outsider, `/api/reports/agency/${r.id}/${f}`)).toBe(404);
    expect(await auditOf(r.id)).toHaveLength(before);
    expect(await download(p.focal, `/api/reports/agency/${r.id}/document.docx`)).toBe(200);
    expect(await download(p.gddt, `/api/reports/agency/${r.id}/annex.xlsx`)).toBe(200);
    const rows = (await auditOf(r.id)).slice(before);
    expect(rows.map((x) => [x.action, x.entity, x.actor_id, x.after?.format])).toEqual([
      ['export', 'agency_report', p.focal.userId, 'docx'],
      ['export', 'agency_report', p.gddt.userId, 'xlsx'],
    ]);
  });

  // Real LibreOffice here (CI installs it); the "not installed" answer is pdf-unavailable.test.ts.
  it.runIf(realPdfRequired)(
    'the agency report as a real PDF, audited as an export',
    { timeout: 180_000 },
    async () => {
      useClock(() => new Date('2025-05-02T02:00:00Z'));
      const r = (await t.api('POST', `/api/reports/periods/${six.id}/my-report`, { session: p.gddt })).body;
      const before = (await auditOf(r.id)).length;
      const pdf = await t.app.inject({
        method: 'GET',
        url: `/api/reports/agency/${r.id}/document.pdf`,
        headers: { cookie: p.focal.cookie },
      });
      expect(pdf.statusCode).toBe(200);
      expectRealPdf(pdf.rawPayload);
      expect((await auditOf(r.id)).slice(before).map((x) => [x.action, x.after?.format])).toEqual([
        ['export', 'pdf'],
      ]);
    },
  );
});
