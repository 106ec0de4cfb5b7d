// One agency report through its cycle (draft, autosave, validation, submission, return, acceptance) and its attachments.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../test/harness';
import { useClock } from './clock';
import { formOf, reportingWorld, type People } from './reports-test-kit';

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

  it('refuses malformed values, forged tasks and other agencies, changing nothing', async () => {
    const r = (await t.api('GET', `/api/reports/agency/${id}`, { session: p.gddt })).body;
    const ind = r.indicators[0].indicator.id;
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

  it('keeps typed values a rule refuses in the draft, names them, and refuses only submitting', async () => {
    const r = (await t.api('GET', `/api/reports/agency/${id}`, { session: p.gddt })).body;
    const ind = r.indicators[0].indicator.id;
    const typed = [
      { indicatorId: ind, disagg: '', value: 3, comment: null },
      { indicatorId: ind, disagg: 'sex=nam', value: 5, comment: null },
    ];
    const kept = await t.api('PUT', `/api/reports/agency/${id}`, {
      session: p.gddt,
      body: formOf(r, { proposals: 'Đề xuất gõ cùng lúc', indicatorValues: typed }),
    });
    expect(kept.status).toBe(200);
    expect(kept.body.revision).toBe(r.revision + 1);
    expect(kept.body.proposals).toBe('Đề xuất gõ cùng lúc');
    expect(kept.body.draftIssues).toEqual([
      expect.objectContaining({
        indicatorId: ind,
        message: 'DP.0401 – Nam: không được lớn hơn tổng số (3).',
      }),
      expect.objectContaining({
        indicatorId: ind,
        message: 'DP.0401 – Tổng số: tổng các nhóm theo giới tính (5) không được lớn hơn tổng số (3).',
      }),
    ]);
    const cell = (x: typeof r, disagg: string) =>
      x.indicators[0].cells.find((c: { disagg: string }) => c.disagg === disagg).value;
    // Shown as typed after a reload, and still pending after saving another field.
    const again = (await t.api('GET', `/api/reports/agency/${id}`, { session: p.gddt })).body;
    expect(cell(again, 'sex=nam')).toBe(5);
    const other = await t.api('PUT', `/api/reports/agency/${id}`, {
      session: p.gddt,
      body: formOf(again, { proposals: 'Đề xuất gõ cùng lúc', difficulties: 'Gõ thêm' }),
    });
    expect(other.body.draftIssues).toHaveLength(2);
    expect(cell(other.body, 'sex=nam')).toBe(5);
    const stored = await t.db.execute(
      sql`select count(*)::int n from indicator_value where period_id = ${six.id} and value is not null`,
    );
    expect(stored.rows[0]!.n).toBe(0);
    const submit = await t.api('POST', `/api/reports/agency/${id}/submit`, {
      session: p.gddt,
      body: formOf(other.body),
    });
    expect(submit.status).toBe(400);
    expect(JSON.stringify(submit.body.error)).toMatch(/tổng số/);
    // Clearing the cells ends the pending state.
    const cleared = await t.api('PUT', `/api/reports/agency/${id}`, {
      session: p.gddt,
      body: formOf(other.body, {
        proposals: null,
        difficulties: 'Thiếu kinh phí tổ chức hoạt động hè.',
        indicatorValues: typed.map((c) => ({ ...c, value: null })),
      }),
    });
    expect(cleared.body.draftIssues).toEqual([]);
    expect(cleared.body.status).toBe('draft');
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
      // The kept draft, another field, the cells cleared (the refused submission left nothing).
      'update',
      'update',
      'update',
      'submit',
      'return',
      'submit',
      'accept',
    ]);
  });
});

describe('attachments', () => {
  // Within the six-month period, before it locks (the clock the cycle above leaves, set here on its own).
  beforeAll(() => at('2025-05-12T02:00:00Z'));

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
