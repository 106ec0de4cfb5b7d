// From accepted agency reports to the district's consolidated report, its documents, the province, and
// another locality that sees none of it. The accepted reports come from the test kit's acceptedReportsWorld.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import mammoth from 'mammoth';
import ExcelJS from 'exceljs';
import { LY_SON } from '../org';
import { createTestApp, type TestApp } from '../../test/harness';
import { useClock } from './clock';
import { acceptedReportsWorld, formOf, type People } from './reports-test-kit';
import { expectRealPdf, realPdfRequired } from './documents/pdf-check.test-support';

let t: TestApp;
let p: People;
let six: { id: string; dueDate: string };
const at = (iso: string) => useClock(() => new Date(iso));

beforeAll(async () => {
  t = await createTestApp();
  ({ people: p, six } = await acceptedReportsWorld(t));
});
afterAll(() => {
  useClock(() => new Date());
  return t.close();
});

const open = async (s: People['gddt']) =>
  (await t.api('POST', `/api/reports/periods/${six.id}/my-report`, { session: s })).body;

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
