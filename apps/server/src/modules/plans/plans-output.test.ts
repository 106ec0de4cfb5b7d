import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { sql } from 'drizzle-orm';
import { LY_SON } from '../org';
import { createTestApp, type Session, type TestApp } from '../../test/harness';
import { parsePlanFile } from './parse';
import { seedPlans } from './plans.seed';
import { autoReminders } from './reminders.service';

let t: TestApp;
let focal: Session;
let leader: Session;
let gddt: Session;
let planId: string;

beforeAll(async () => {
  t = await createTestApp();
  planId = (await seedPlans(t.db))!;
  focal = await t.userSession('focal_officer', { agencyId: LY_SON.agency('noi-vu') });
  leader = await t.userSession('leader');
  gddt = await t.userSession('agency_reporter', { agencyId: LY_SON.agency('gddt') });
  await t.db.execute(sql`update app_user set email = 'gddt@lyson.gov.vn' where id = ${gddt.userId}`);
});
afterAll(() => t.close());

const download = async (url: string, s: Session) => {
  const r = await t.app.inject({ method: 'GET', url, headers: { cookie: s.cookie } });
  return { status: r.statusCode, type: String(r.headers['content-type']), data: r.rawPayload };
};

describe('the seeded plan', () => {
  it('is imported once at first start, issued, with 13 tasks', async () => {
    expect(await seedPlans(t.db)).toBeNull();
    const list = await t.api('GET', '/api/plans', { session: focal });
    expect(list.body.items).toHaveLength(1);
    expect(list.body.items[0]).toMatchObject({ status: 'issued', taskCount: 13, year: 2025 });
    const sorted = await t.api('GET', '/api/plans?sort=title&q=ly son&status=issued&year=2025', {
      session: focal,
    });
    expect(sorted.body.total).toBe(1);
    expect((await t.api('GET', '/api/plans?sort=password', { session: focal })).status).toBe(400);
  });
});

describe('exports', () => {
  it('writes the plan as Word in the NĐ 30 layout that reads back with its 13 tasks', async () => {
    const f = await download(`/api/plans/${planId}/export.docx`, focal);
    expect(f.status).toBe(200);
    expect(f.type).toMatch(/wordprocessingml/);
    const text = (await mammoth.extractRawText({ buffer: f.data })).value;
    expect(text).toMatch(/CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/);
    expect(text).toMatch(/Độc lập - Tự do - Hạnh phúc/);
    expect(text).toMatch(/Số:\s+\/KH-UBND/);
    expect(text).toMatch(/KẾ HOẠCH/);
    expect(text).toMatch(/Nơi nhận:/);
    // Regenerated from the stored plan, it parses back to the same tasks and assignments.
    const again = await parsePlanFile(f.data, 'ke-hoach.docx');
    expect(again.tasks).toHaveLength(13);
    const stored = (await t.api('GET', `/api/plans/${planId}`, { session: focal })).body;
    const leads = (n: string) =>
      stored.tasks
        .find((x: { number: string }) => x.number === n)
        .assignments.filter((a: { role: string }) => a.role === 'lead')
        .map((a: { writtenAs: string }) => a.writtenAs);
    for (const task of again.tasks) expect(task.lead, `task ${task.number}`).toEqual(leads(task.number));
    expect(again.tasks[2]!.partners).toEqual([
      'Phòng Nội vụ',
      'Phòng Văn hóa, Khoa học và Thông tin',
      'Trung tâm Truyền thông – Văn hóa - Thể thao',
      'Phòng Giáo dục và Đào tạo',
      'các Hội, đoàn thể huyện',
    ]);
    expect(again.reporting.map((r) => r.due)).toEqual(['2025-05-10', '2025-11-10']);
  });

  it('writes the assignment matrix as Excel that reads back', async () => {
    const f = await download(`/api/plans/${planId}/matrix.xlsx`, gddt);
    expect(f.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(f.data as never);
    const ws = wb.getWorksheet('Phân công')!;
    const header = (ws.getRow(3).values as unknown[]).slice(1);
    const col = header.indexOf('Phòng Giáo dục và Đào tạo') + 1;
    expect(col).toBeGreaterThan(2);
    const row4 = ws.getRow(4 + 3);
    expect(row4.getCell(1).value).toBe('4');
    expect(row4.getCell(col).value).toBe('Chủ trì');
    expect(ws.getRow(4 + 1).getCell(col).value).toBe('Phối hợp');
    expect(ws.rowCount).toBe(3 + 13);
  });
});

describe('reminders', () => {
  it('lets a leader remind an agency with a message: in-app notification, outbox mail, log, audit', async () => {
    const r = await t.api('POST', `/api/plans/${planId}/remind`, {
      session: leader,
      body: {
        agencyIds: [LY_SON.agency('gddt')],
        message: 'Đề nghị Phòng GD&ĐT gửi báo cáo 6 tháng trước 10/5.',
      },
    });
    expect(r.status).toBe(200);
    expect(r.body.recipients).toBe(1);
    const inbox = await t.api('GET', '/api/notifications?unread=true', { session: gddt });
    expect(inbox.body[0]).toMatchObject({
      kind: 'plan.manual',
      body: 'Đề nghị Phòng GD&ĐT gửi báo cáo 6 tháng trước 10/5.',
    });
    expect(
      (await t.api('POST', `/api/notifications/${inbox.body[0].id}/read`, { session: gddt })).status,
    ).toBe(204);
    expect((await t.api('GET', '/api/notifications?unread=true', { session: gddt })).body).toHaveLength(0);
    const outbox = await t.api('GET', '/api/mail/outbox', { session: focal });
    expect(outbox.body.items[0]).toMatchObject({ toAddress: 'gddt@lyson.gov.vn', status: 'pending' });
    const log = await t.api('GET', `/api/plans/${planId}/reminders`, { session: focal });
    expect(log.body[0]).toMatchObject({
      kind: 'manual',
      agencyName: 'Phòng Giáo dục và Đào tạo',
      recipients: 1,
    });
    expect(
      (
        await t.api('POST', `/api/plans/${planId}/remind`, {
          session: gddt,
          body: { agencyIds: [LY_SON.agency('gddt')], message: 'x' },
        })
      ).status,
    ).toBe(403);
  });

  it('reminds automatically before the due date and when overdue, once', async () => {
    const n1 = await autoReminders(t.db, '2025-05-05');
    expect(n1).toBeGreaterThan(0);
    const kinds = await t.db.execute<{ kind: string; n: number }>(
      sql`select kind, count(*)::int n from plan_reminder group by kind order by kind`,
    );
    expect(kinds.rows.map((r) => r.kind)).toContain('before_due');
    expect(await autoReminders(t.db, '2025-05-05')).toBe(0);
    const n2 = await autoReminders(t.db, '2025-11-12');
    expect(n2).toBeGreaterThan(0);
    const overdue = await t.db.execute<{ n: number }>(
      sql`select count(*)::int n from plan_reminder where kind = 'overdue'`,
    );
    expect(overdue.rows[0]!.n).toBeGreaterThan(0);
    const inbox = await t.api('GET', '/api/notifications', { session: gddt });
    expect(inbox.body.some((n: { title: string }) => n.title.startsWith('Quá hạn: nhiệm vụ 4'))).toBe(true);
  });
});
