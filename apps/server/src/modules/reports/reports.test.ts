/* eslint-disable max-lines -- one story on one world: each describe builds on the state the previous ones
   left (the health centre's draft, the accepted reports, the consolidation); split it when the test kit can
   build a world at any step of the cycle. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import mammoth from 'mammoth';
import ExcelJS from 'exceljs';
import { LY_SON } from '../org';
import { createTestApp, type TestApp } from '../../test/harness';
import { useClock } from './clock';
import { formOf, reportingWorld, type People } from './reports-test-kit';
import { expectRealPdf, realPdfRequired } from './documents/pdf-check.test-support';

let t: TestApp;
let p: People;
let six: { id: string; dueDate: string };
let planId: string;
const at = (iso: string) => useClock(() => new Date(iso));

beforeAll(async () => {
  t = await createTestApp();
  ({ people: p, six, planId } = await reportingWorld(t));
});
afterAll(() => {
  useClock(() => new Date());
  return t.close();
});

const open = async (s: People['gddt']) =>
  (await t.api('POST', `/api/reports/periods/${six.id}/my-report`, { session: s })).body;

describe('periods', () => {
  it('come from the plan regime: before 10/5 and 10/11, windows ending the day before', async () => {
    const res = await t.api('GET', `/api/reports/periods?planId=${planId}`, { session: p.focal });
    expect(res.status).toBe(200);
    expect(
      res.body.map((x: { label: string; dueDate: string; cutoffTo: string }) => [
        x.label,
        x.dueDate,
        x.cutoffTo,
      ]),
    ).toEqual([
      ['6 tháng đầu năm 2025', '2025-05-10', '2025-05-09'],
      ['Cả năm 2025', '2025-11-10', '2025-11-09'],
    ]);
    // Addressed by the unit valid on the due date: the district in May, the special zone in November.
    expect(res.body.map((x: { unitName: string }) => x.unitName)).toEqual(['Huyện Lý Sơn', 'Đặc khu Lý Sơn']);
  });

  it('lock after expiry: nothing can be saved until the focal department reopens', async () => {
    at('2025-07-20T02:00:00Z');
    const r = await open(p.health);
    expect(r.locked).toBe(true);
    const save = await t.api('PUT', `/api/reports/agency/${r.id}`, { session: p.health, body: formOf(r) });
    expect(save.status).toBe(409);
    expect(save.body.error.code).toBe('REPORT_LOCKED');
    expect(save.body.error.message).toMatch(/khóa/);
    const reopen = await t.api('PATCH', `/api/reports/periods/${six.id}`, {
      session: p.focal,
      body: { reopenedUntil: '2025-07-31' },
    });
    expect(reopen.status).toBe(200);
    expect(reopen.body.locked).toBe(false);
    // An agency cannot reopen; bad dates are refused.
    expect(
      (
        await t.api('PATCH', `/api/reports/periods/${six.id}`, {
          session: p.gddt,
          body: { reopenedUntil: '2025-12-31' },
        })
      ).status,
    ).toBe(403);
    const bad = await t.api('PATCH', `/api/reports/periods/${six.id}`, {
      session: p.focal,
      body: { cutoffTo: '2025-06-01' },
    });
    expect(bad.status).toBe(400);
  });
});

describe('an agency report through its cycle', () => {
  let id: string;

  it('opens pre-filled with the agency tasks (lead, partner, through a group)', async () => {
    at('2025-05-02T02:00:00Z');
    const progress = await t.api('GET', `/api/plans/${planId}`, { session: p.focal });
    const task4 = progress.body.tasks.find((x: { number: string }) => x.number === '4');
    await t.api('POST', `/api/plans/tasks/${task4.id}/progress`, {
      session: p.gddt,
      body: {
        status: 'in_progress',
        narrative: 'Tổ chức 12 buổi sinh hoạt chuyên đề về kỹ năng sống.',
        periodDue: '2025-05-10',
      },
    });
    const r = await open(p.gddt);
    id = r.id;
    expect(r.status).toBe('draft');
    const mine = r.tasks.map(
      (x: { number: string; role: string; via: string | null }) => `${x.number}:${x.role}${x.via ? '*' : ''}`,
    );
    expect(mine).toContain('4:lead');
    expect(mine).toContain('2:partner');
    expect(mine.some((m: string) => m.endsWith('*'))).toBe(true);
    const t4 = r.tasks.find((x: { number: string }) => x.number === '4');
    expect(t4.narrative).toBe('Tổ chức 12 buổi sinh hoạt chuyên đề về kỹ năng sống.');
    expect(r.indicators.map((e: { indicator: { code: string } }) => e.indicator.code)).toEqual(['DP.0401']);
    // Opening again answers the same report.
    expect((await open(p.gddt)).id).toBe(id);
  });

  it('autosaves with a revision; a stale tab gets 409 and changes nothing', async () => {
    const r = (await t.api('GET', `/api/reports/agency/${id}`, { session: p.gddt })).body;
    const saved = await t.api('PUT', `/api/reports/agency/${id}`, {
      session: p.gddt,
      body: formOf(r, { difficulties: 'Thiếu kinh phí tổ chức hoạt động hè.' }),
    });
    expect(saved.status).toBe(200);
    expect(saved.body.revision).toBe(r.revision + 1);
    const stale = await t.api('PUT', `/api/reports/agency/${id}`, {
      session: p.gddt,
      body: formOf(r, { difficulties: 'ghi đè' }),
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('REPORT_STALE');
    expect((await t.api('GET', `/api/reports/agency/${id}`, { session: p.gddt })).body.difficulties).toBe(
      'Thiếu kinh phí tổ chức hoạt động hè.',
    );
  });

  it('refuses values that break validation, forged tasks and other agencies, changing nothing', async () => {
    const r = (await t.api('GET', `/api/reports/agency/${id}`, { session: p.gddt })).body;
    const ind = r.indicators[0].indicator.id;
    const bad = await t.api('PUT', `/api/reports/agency/${id}`, {
      session: p.gddt,
      body: formOf(r, {
        indicatorValues: [
          { indicatorId: ind, disagg: '', value: 3, comment: null },
          { indicatorId: ind, disagg: 'sex=nam', value: 5, comment: null },
        ],
      }),
    });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body.error)).toMatch(/tổng/);
    const frac = await t.api('PUT', `/api/reports/agency/${id}`, {
      session: p.gddt,
      body: formOf(r, { indicatorValues: [{ indicatorId: ind, disagg: '', value: 2.5, comment: null }] }),
    });
    expect(frac.status).toBe(400);
    const forged = await t.api('PUT', `/api/reports/agency/${id}`, {
      session: p.gddt,
      body: formOf(r, {
        tasks: [
          { taskId: '00000000-0000-4000-8000-000000000000', narrative: 'x', figures: [], attachmentIds: [] },
        ],
      }),
    });
    expect(forged.body.error.code).toBe('REPORT_TASK_NOT_ASSIGNED');
    const other = await t.api('PUT', `/api/reports/agency/${id}`, { session: p.police, body: formOf(r) });
    expect(other.status).toBe(404);
    expect((await t.api('GET', `/api/reports/agency/${id}`, { session: p.police })).status).toBe(404);
    expect(
      (await t.api('GET', '/api/reports/agency/00000000-0000-4000-8000-000000000000', { session: p.focal }))
        .status,
    ).toBe(404);
    const after = (await t.api('GET', `/api/reports/agency/${id}`, { session: p.gddt })).body;
    expect(after.revision).toBe(r.revision);
    expect(after.indicators[0].cells.every((c: { value: number | null }) => c.value === null)).toBe(true);
  });

  it('requires a comment for a missing value on submission, then submits on time', async () => {
    const r = (await t.api('GET', `/api/reports/agency/${id}`, { session: p.gddt })).body;
    const ind = r.indicators[0].indicator.id;
    const noComment = await t.api('POST', `/api/reports/agency/${id}/submit`, {
      session: p.gddt,
      body: formOf(r),
    });
    expect(noComment.status).toBe(400);
    expect((await t.api('GET', `/api/reports/agency/${id}`, { session: p.gddt })).body.status).toBe('draft');
    const values = [
      { indicatorId: ind, disagg: '', value: 4, comment: null },
      { indicatorId: ind, disagg: 'sex=nam', value: 3, comment: null },
      { indicatorId: ind, disagg: 'sex=nu', value: 1, comment: null },
    ];
    const sent = await t.api('POST', `/api/reports/agency/${id}/submit`, {
      session: p.gddt,
      body: formOf(r, { indicatorValues: values }),
    });
    expect(sent.status).toBe(200);
    expect(sent.body).toMatchObject({ status: 'submitted', version: 1, onTime: true, editable: false });
    // The focal department hears of it.
    const bell = await t.api('GET', '/api/notifications', { session: p.focal });
    expect(JSON.stringify(bell.body)).toContain('Phòng Giáo dục và Đào tạo đã gửi báo cáo');
  });

  it('is returned with a comment, corrected, and accepted; every version is kept', async () => {
    const noComment = await t.api('POST', `/api/reports/agency/${id}/review`, {
      session: p.focal,
      body: { decision: 'return' },
    });
    expect(noComment.status).toBe(400);
    expect(
      (
        await t.api('POST', `/api/reports/agency/${id}/review`, {
          session: p.gddt,
          body: { decision: 'accept' },
        })
      ).status,
    ).toBe(403);
    const back = await t.api('POST', `/api/reports/agency/${id}/review`, {
      session: p.focal,
      body: { decision: 'return', comment: 'Bổ sung số buổi đã tổ chức cho nhiệm vụ 2.' },
    });
    expect(back.body).toMatchObject({
      status: 'returned',
      reviewComment: 'Bổ sung số buổi đã tổ chức cho nhiệm vụ 2.',
    });
    at('2025-05-12T02:00:00Z');
    const r = (await t.api('GET', `/api/reports/agency/${id}`, { session: p.gddt })).body;
    expect(r.editable).toBe(true);
    const tasks = r.tasks.map((x: { taskId: string; number: string; narrative: string | null }) => ({
      taskId: x.taskId,
      narrative: x.number === '2' ? 'Phối hợp tổ chức 5 buổi truyền thông tại trường học.' : x.narrative,
      figures: x.number === '2' ? [{ label: 'Số buổi truyền thông', value: 5, unit: 'buổi' }] : [],
      attachmentIds: [],
    }));
    const again = await t.api('POST', `/api/reports/agency/${id}/submit`, {
      session: p.gddt,
      body: { ...formOf(r), tasks },
    });
    expect(again.body).toMatchObject({ status: 'submitted', version: 2, onTime: true });
    const ok = await t.api('POST', `/api/reports/agency/${id}/review`, {
      session: p.focal,
      body: { decision: 'accept' },
    });
    expect(ok.body.status).toBe('accepted');
    const locked = await t.api('PUT', `/api/reports/agency/${id}`, {
      session: p.gddt,
      body: formOf(ok.body),
    });
    expect(locked.body.error.code).toBe('REPORT_STATUS_INVALID');
    const versions = (await t.api('GET', `/api/reports/agency/${id}/versions`, { session: p.focal })).body;
    expect(versions.map((v: { version: number; event: string }) => `${v.version}:${v.event}`)).toEqual([
      '1:submitted',
      '1:returned',
      '2:submitted',
      '2:accepted',
    ]);
    const v1 = (await t.api('GET', `/api/reports/agency/${id}/versions/1`, { session: p.focal })).body;
    expect(v1.tasks.find((x: { number: string }) => x.number === '2').narrative ?? '').not.toContain(
      '5 buổi',
    );
    expect(v1.indicators[0].cells.find((c: { disagg: string }) => c.disagg === '').value).toBe(4);
    const audit = await t.db.execute(
      sql`select action from audit_log where entity = 'agency_report' and entity_id = ${id} order by at`,
    );
    expect(audit.rows.map((x) => x.action)).toEqual([
      'create',
      'update',
      'submit',
      'return',
      'submit',
      'accept',
    ]);
  });
});

describe('attachments', () => {
  it('accepts Word/Excel/PDF/images ≤ 10 MB and refuses the rest', async () => {
    const r = await open(p.police);
    const task = r.tasks[0].taskId;
    const send = async (name: string, data: Buffer) => {
      const boundary = '----vte';
      const payload = Buffer.concat([
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="taskId"\r\n\r\n${task}\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
        ),
        data,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]);
      const res = await t.app.inject({
        method: 'POST',
        url: `/api/reports/agency/${r.id}/attachments`,
        payload,
        headers: {
          'content-type': `multipart/form-data; boundary=${boundary}`,
          cookie: p.police.cookie,
          'x-csrf-token': p.police.csrf,
        },
      });
      return { status: res.statusCode, body: res.json() };
    };
    const exe = await send('bienban.pdf', Buffer.from('MZ\x90\x00 not a pdf'));
    expect(exe.status).toBe(415);
    expect(exe.body.error.message).toMatch(/Word, Excel, PDF/);
    const pdf = await send('bien-ban.pdf', Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\n'));
    expect(pdf.status).toBe(201);
    const big = await send(
      'lon.pdf',
      Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(10 * 1024 * 1024 + 10)]),
    );
    expect(big.status).toBe(413);
    const file = await t.app.inject({
      method: 'GET',
      url: `/api/reports/attachments/${pdf.body.id}`,
      headers: { cookie: p.police.cookie },
    });
    expect(file.body.startsWith('%PDF')).toBe(true);
    expect(
      (await t.api('GET', `/api/reports/attachments/${pdf.body.id}`, { session: p.health })).status,
    ).toBe(404);
    const withFile = (await t.api('GET', `/api/reports/agency/${r.id}`, { session: p.police })).body;
    expect(withFile.tasks[0].attachments.map((a: { filename: string }) => a.filename)).toEqual([
      'bien-ban.pdf',
    ]);
    // A file not yet sent can be removed by its agency only.
    const extra = await send(
      'anh.png',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]),
    );
    expect(extra.status).toBe(201);
    expect(
      (await t.api('DELETE', `/api/reports/attachments/${extra.body.id}`, { session: p.health })).status,
    ).toBe(404);
    expect(
      (await t.api('DELETE', `/api/reports/attachments/${extra.body.id}`, { session: p.police })).status,
    ).toBe(204);
    const after = (await t.api('GET', `/api/reports/agency/${r.id}`, { session: p.police })).body;
    expect(after.tasks[0].attachments.map((a: { filename: string }) => a.filename)).toEqual(['bien-ban.pdf']);
  });
});

describe('completeness, consolidation and the Word file', () => {
  it('counts expected, submitted, on time, late and missing, never above 100 %', async () => {
    at('2025-05-20T02:00:00Z');
    const police = await open(p.police);
    const late = await t.api('POST', `/api/reports/agency/${police.id}/submit`, {
      session: p.police,
      body: formOf(police, {
        tasks: police.tasks.map((x: { taskId: string }) => ({
          taskId: x.taskId,
          narrative: 'Tuần tra, bảo đảm an toàn cho trẻ em dịp hè.',
          figures: [],
          attachmentIds: [],
        })),
        indicatorValues: police.indicators.map((e: { indicator: { id: string } }) => ({
          indicatorId: e.indicator.id,
          disagg: '',
          value: 0,
          comment: null,
        })),
      }),
    });
    expect(late.body.onTime).toBe(false);
    await t.api('POST', `/api/reports/agency/${police.id}/review`, {
      session: p.focal,
      body: { decision: 'accept' },
    });
    const c = (await t.api('GET', `/api/reports/periods/${six.id}/completeness`, { session: p.leader })).body;
    expect(c.counts).toMatchObject({ submitted: 2, onTime: 1, late: 1, accepted: 2 });
    expect(c.counts.expected).toBe(c.agencies.length);
    expect(c.counts.missing).toBe(c.counts.expected - 2);
    expect(c.counts.rate).toBeLessThanOrEqual(1);
    expect(
      c.agencies.find((a: { agencyName: string }) => a.agencyName === 'Trung tâm Y tế quân - dân y Lý Sơn')
        .state,
    ).toBe('draft');
    const reminded = await t.api('POST', `/api/reports/periods/${six.id}/remind`, {
      session: p.leader,
      body: { message: 'Đề nghị gửi báo cáo trước ngày 25/5.' },
    });
    expect(reminded.body.agencies).toBe(c.counts.missing);
    const bell = await t.api('GET', '/api/notifications', { session: p.health });
    expect(JSON.stringify(bell.body)).toContain('Đề nghị gửi báo cáo trước ngày 25/5.');
  });

  it('consolidates the accepted reports, keeps hand edits, and writes the NĐ 30 Word file', async () => {
    const gen = await t.api('POST', `/api/reports/periods/${six.id}/consolidated`, {
      session: p.focal,
      body: {},
    });
    expect(gen.status).toBe(200);
    const r = gen.body.report;
    expect(r).toMatchObject({
      issuer: 'ỦY BAN NHÂN DÂN HUYỆN LÝ SƠN',
      subject: 'Kết quả thực hiện công tác trẻ em 6 tháng đầu năm 2025',
      recipientUnitName: 'Tỉnh Quảng Ngãi',
    });
    const t4 = r.sections.find((s: { title: string }) => s.title.startsWith('Nhiệm vụ 4 '));
    expect(t4.paragraphs[0].text).toContain('Phòng Giáo dục và Đào tạo (chủ trì): Tổ chức 12 buổi');
    expect(t4.paragraphs[0].source).toMatchObject({
      name: 'Phòng Giáo dục và Đào tạo',
      role: 'lead',
      version: 2,
    });
    const missing = r.sections.find((s: { key: string }) => s.key === 'missing').paragraphs[0].text;
    expect(missing).toContain('Trung tâm Y tế quân - dân y Lý Sơn');
    expect(missing).not.toContain('Phòng Giáo dục và Đào tạo');
    expect(r.indicators.find((i: { code: string }) => i.code === 'DP.0401').total).toBe(4);

    // A draft is the district's own work: the province neither sees nor writes it.
    expect((await t.api('GET', `/api/reports/consolidated/${r.id}`, { session: p.province })).status).toBe(
      404,
    );
    expect(
      (await t.api('GET', `/api/reports/periods/${six.id}/consolidated`, { session: p.provinceViewer }))
        .status,
    ).toBe(404);
    expect(
      (await t.api('POST', `/api/reports/periods/${six.id}/consolidated`, { session: p.province, body: {} }))
        .status,
    ).toBe(404);
    expect(
      (await t.api('GET', '/api/reports/province?kind=six_month&year=2025', { session: p.provinceViewer }))
        .body.units[0].consolidated,
    ).toBeNull();
    const edit = await t.api('PUT', `/api/reports/consolidated/${r.id}`, {
      session: p.focal,
      body: {
        revision: r.revision,
        number: '125/BC-UBND',
        paragraphs: [
          { id: t4.paragraphs[0].id, text: 'Phòng GD&ĐT đã tổ chức 12 buổi sinh hoạt chuyên đề.' },
        ],
      },
    });
    expect(edit.status).toBe(200);
    const again = await t.api('POST', `/api/reports/periods/${six.id}/consolidated`, {
      session: p.focal,
      body: { mode: 'keep' },
    });
    expect(again.body.conflicts).toEqual([]);
    const kept = again.body.report.sections.find((s: { title: string }) => s.title.startsWith('Nhiệm vụ 4 '))
      .paragraphs[0];
    expect(kept).toMatchObject({ text: 'Phòng GD&ĐT đã tổ chức 12 buổi sinh hoạt chuyên đề.', edited: true });

    const doc = await t.app.inject({
      method: 'GET',
      url: `/api/reports/consolidated/${r.id}/document.docx`,
      headers: { cookie: p.focal.cookie },
    });
    expect(doc.statusCode).toBe(200);
    const text = (await mammoth.extractRawText({ buffer: doc.rawPayload })).value;
    for (const s of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 125/BC-UBND',
      'BÁO CÁO',
      'Kết quả thực hiện công tác trẻ em 6 tháng đầu năm 2025',
      'Phòng GD&ĐT đã tổ chức 12 buổi',
      'Tuần tra, bảo đảm an toàn',
      'Trung tâm Y tế quân - dân y Lý Sơn',
      'Nơi nhận',
    ]) {
      expect(text).toContain(s);
    }
    const xlsx = await t.app.inject({
      method: 'GET',
      url: `/api/reports/consolidated/${r.id}/annex.xlsx`,
      headers: { cookie: p.focal.cookie },
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const rows: unknown[][] = [];
    wb.worksheets[0]!.eachRow((row) => rows.push(row.values as unknown[]));
    expect(rows.some((row) => row.includes('DP.0401') && row.includes(4))).toBe(true);
    // A real PDF wherever LibreOffice is installed, and always in CI (the refusal without it: pdf-unavailable.test.ts).
    if (realPdfRequired) {
      const pdf = await t.app.inject({
        method: 'GET',
        url: `/api/reports/consolidated/${r.id}/document.pdf`,
        headers: { cookie: p.focal.cookie },
      });
      expect(pdf.statusCode).toBe(200);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      expectRealPdf(pdf.rawPayload);
    }
    const agencyDoc = await t.app.inject({
      method: 'GET',
      url: `/api/reports/agency/${r.sections[0].paragraphs[0].source?.reportId ?? t4.paragraphs[0].source.reportId}/document.docx`,
      headers: { cookie: p.focal.cookie },
    });
    expect((await mammoth.extractRawText({ buffer: agencyDoc.rawPayload })).value).toContain('BÁO CÁO');
    const gdId = t4.paragraphs[0].source.reportId;
    const agencyXlsx = await t.app.inject({
      method: 'GET',
      url: `/api/reports/agency/${gdId}/annex.xlsx`,
      headers: { cookie: p.focal.cookie },
    });
    const awb = new ExcelJS.Workbook();
    await awb.xlsx.load(agencyXlsx.rawPayload as unknown as ArrayBuffer);
    const arows: unknown[][] = [];
    awb.worksheets[0]!.eachRow((row) => arows.push(row.values as unknown[]));
    expect(arows.some((row) => row.includes('DP.0401') && row.includes(4))).toBe(true);
  }, 180_000);

  it('goes up to the province, which sees it, accepts it and consolidates again', async () => {
    const r = (await t.api('GET', `/api/reports/periods/${six.id}/consolidated`, { session: p.focal })).body;
    expect(
      (await t.api('POST', `/api/reports/consolidated/${r.id}/submit`, { session: p.gddt })).status,
    ).toBe(403);
    const sent = await t.api('POST', `/api/reports/consolidated/${r.id}/submit`, { session: p.focal });
    expect(sent.body.status).toBe('submitted');
    // Sent: no more edits or regeneration at the district.
    expect(
      (await t.api('POST', `/api/reports/periods/${six.id}/consolidated`, { session: p.focal, body: {} }))
        .status,
    ).toBe(409);
    expect(
      JSON.stringify((await t.api('GET', '/api/notifications', { session: p.province })).body),
    ).toContain('Huyện Lý Sơn gửi báo cáo 6 tháng đầu năm 2025');
    const inbox = (await t.api('GET', '/api/reports/received', { session: p.provinceViewer })).body;
    expect(inbox.map((x: { id: string }) => x.id)).toEqual([r.id]);
    const view = (
      await t.api('GET', '/api/reports/province?kind=six_month&year=2025', { session: p.provinceViewer })
    ).body;
    expect(view.units).toHaveLength(1);
    expect(view.units[0]).toMatchObject({ unitName: 'Huyện Lý Sơn', consolidated: { status: 'submitted' } });
    expect(view.counts).toMatchObject({ expected: 1, submitted: 1 });
    expect(
      (
        await t.api('POST', `/api/reports/consolidated/${r.id}/review`, {
          session: p.focal,
          body: { decision: 'accept' },
        })
      ).status,
    ).toBe(404);
    const ok = await t.api('POST', `/api/reports/consolidated/${r.id}/review`, {
      session: p.province,
      body: { decision: 'accept' },
    });
    expect(ok.body.status).toBe('accepted');
    expect(JSON.stringify((await t.api('GET', '/api/notifications', { session: p.focal })).body)).toContain(
      'Cấp trên đã tiếp nhận báo cáo 6 tháng đầu năm 2025',
    );
    expect(JSON.stringify((await t.api('GET', '/api/notifications', { session: p.focal })).body)).toContain(
      'Cấp trên đã tiếp nhận báo cáo 6 tháng đầu năm 2025',
    );
    const prov = await t.api('POST', '/api/reports/province/consolidated', {
      session: p.province,
      body: { kind: 'six_month', year: 2025 },
    });
    expect(prov.status).toBe(200);
    expect(prov.body.report.level).toBe('province');
    expect(prov.body.report.sections[0].title).toBe('Huyện Lý Sơn');
    expect(prov.body.report.indicators.find((i: { code: string }) => i.code === 'DP.0401').total).toBe(4);
  });
});

describe('another locality', () => {
  it('sees nothing of Lý Sơn: periods, reports and consolidated reports answer 404', async () => {
    const national = await t.userSession('admin', { scopeUnitId: null });
    const unit = await t.api('POST', '/api/org/units', {
      session: national,
      body: { name: 'Bình Sơn', type: 'huyen', parentId: LY_SON.provinceId, validFrom: '1989-07-01' },
    });
    const other = await t.userSession('focal_officer', { scopeUnitId: unit.body.id, agencyId: null });
    const reports = (await t.api('GET', `/api/reports/periods/${six.id}/reports`, { session: p.focal })).body;
    const consolidated = (
      await t.api('GET', `/api/reports/periods/${six.id}/consolidated`, { session: p.focal })
    ).body;
    for (const url of [
      `/api/reports/periods/${six.id}/completeness`,
      `/api/reports/periods/${six.id}/consolidated`,
      `/api/reports/agency/${reports[0].id}`,
      `/api/reports/consolidated/${consolidated.id}`,
    ]) {
      expect((await t.api('GET', url, { session: other })).status, url).toBe(404);
    }
    expect(
      (
        await t.api('POST', `/api/reports/agency/${reports[0].id}/review`, {
          session: other,
          body: { decision: 'accept' },
        })
      ).status,
    ).toBe(404);
    expect((await t.api('GET', '/api/reports/periods', { session: other })).body).toEqual([]);
  });
});
