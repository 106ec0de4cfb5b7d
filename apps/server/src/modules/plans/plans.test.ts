import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { Document, Packer, Paragraph } from 'docx';
import { draftFromPreview, type CreatePlanInput } from '@vte/contracts';
import { LY_SON } from '../org';
import { createTestApp, type Session, type TestApp } from '../../test/harness';

const here = path.dirname(fileURLToPath(import.meta.url));
const seedText = fs.readFileSync(path.join(here, 'parse/fixtures/seed-ly-son-2025.txt'));

let t: TestApp;
let focal: Session;
let gddt: Session;
let planId: string;

function multipart(filename: string, data: Buffer, fields: Record<string, string>) {
  const boundary = '----vte' + Date.now();
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields))
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  parts.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    data,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return {
    payload: Buffer.concat(parts),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

async function upload(
  s: Session,
  url: string,
  filename: string,
  data: Buffer,
  fields: Record<string, string> = {},
) {
  const m = multipart(filename, data, fields);
  const res = await t.app.inject({
    method: 'POST',
    url,
    payload: m.payload,
    headers: { ...m.headers, cookie: s.cookie, 'x-csrf-token': s.csrf },
  });
  return { status: res.statusCode, body: res.json() };
}

async function importAndSave(
  filename: string,
  data: Buffer,
): Promise<{ id: string; draft: CreatePlanInput }> {
  const preview = await upload(focal, '/api/plans/import/preview', filename, data, {
    unitId: LY_SON.districtId,
  });
  expect(preview.status).toBe(200);
  const draft = draftFromPreview(preview.body.parsed, preview.body.matches, LY_SON.districtId, filename);
  const saved = await t.api('POST', '/api/plans', { session: focal, body: draft });
  expect(saved.status).toBe(201);
  return { id: saved.body.id, draft };
}

beforeAll(async () => {
  t = await createTestApp();
  focal = await t.userSession('focal_officer', { agencyId: LY_SON.agency('noi-vu') });
  gddt = await t.userSession('agency_reporter', { agencyId: LY_SON.agency('gddt') });
  planId = (await importAndSave('ke-hoach-ly-son-2025.txt', seedText)).id;
});
afterAll(() => t.close());

describe('importing the seed plan', () => {
  it('matches every agency phrase of the seed to the register without correction', async () => {
    const preview = await upload(focal, '/api/plans/import/preview', 'kh.txt', seedText, {
      unitId: LY_SON.districtId,
    });
    const unmatched = preview.body.matches
      .filter((m: { match: unknown }) => !m.match)
      .map((m: { writtenAs: string }) => m.writtenAs);
    expect(unmatched).toEqual([]);
  });

  it('stores 13 tasks with their lead and partner assignments and time frames', async () => {
    const plan = await t.api('GET', `/api/plans/${planId}`, { session: focal });
    expect(plan.status).toBe(200);
    expect(plan.body.taskCount).toBe(13);
    expect(plan.body.reporting.map((r: { due: string }) => r.due)).toEqual(['2025-05-10', '2025-11-10']);
    const t9 = plan.body.tasks.find((x: { number: string }) => x.number === '9');
    expect(
      t9.assignments.filter((a: { role: string }) => a.role === 'lead').map((a: { name: string }) => a.name),
    ).toEqual(['Phòng Nội vụ', 'Phòng Văn hóa, Khoa học và Thông tin']);
    expect(t9.timeframe).toMatchObject({ kind: 'quarters', quarters: [2, 4], year: 2025 });
    const t5 = plan.body.tasks.find((x: { number: string }) => x.number === '5');
    expect(t5.assignments.map((a: { name: string; role: string }) => `${a.role}:${a.name}`)).toEqual([
      'lead:Văn phòng HĐND và UBND huyện',
      'partner:Trung tâm Y tế quân - dân y Lý Sơn',
      'partner:Phòng Nội vụ',
      'partner:Phòng Văn hóa, Khoa học và Thông tin',
      'partner:Phòng Giáo dục và Đào tạo',
      'partner:Các Hội, đoàn thể huyện',
    ]);
    const audit = await t.db.execute<{ n: number }>(
      sql`select count(*)::int n from audit_log where entity = 'plan' and entity_id = ${planId}`,
    );
    expect(audit.rows[0]!.n).toBe(1);
  });

  it('imports the same plan from a .docx identically', async () => {
    const doc = new Document({
      sections: [
        {
          children: seedText
            .toString('utf8')
            .split('\n')
            .map((l) => new Paragraph(l)),
        },
      ],
    });
    const { draft } = await importAndSave('ke-hoach.docx', Buffer.from(await Packer.toBuffer(doc)));
    expect(draft.tasks).toHaveLength(13);
    expect(draft.tasks.map((x) => x.lead.map((l) => l.writtenAs))).toEqual(
      (await importAndSave('x.txt', seedText)).draft.tasks.map((x) => x.lead.map((l) => l.writtenAs)),
    );
  });

  it('shows Phòng GD&ĐT task 4 as lead, 2, 3, 5, 6, 7, 8 as partner, and the tasks of its groups', async () => {
    const mine = await t.api('GET', `/api/plans/my-tasks?planId=${planId}`, { session: gddt });
    expect(mine.status).toBe(200);
    const by = (role: string, via: boolean) =>
      mine.body
        .filter((m: { role: string; via: string | null }) => m.role === role && !!m.via === via)
        .map((m: { task: { number: string } }) => m.task.number);
    expect(by('lead', false)).toEqual(['4']);
    expect(by('partner', false)).toEqual(['2', '3', '5', '6', '7', '8']);
    expect(by('partner', true)).toEqual(['1', '9', '10', '11', '12', '13']);
  });
});

describe('bad imports change nothing', () => {
  const planCount = async () =>
    (await t.db.execute<{ n: number }>(sql`select count(*)::int n from plan`)).rows[0]!.n;

  it.each([
    ['empty file', 'a.txt', Buffer.alloc(0), 400, 'PLAN_PARSE_EMPTY'],
    ['corrupt docx', 'a.docx', Buffer.from('PK\u0003\u0004garbage'), 400, 'PLAN_PARSE_CORRUPT_DOCX'],
    [
      'not a plan',
      'a.txt',
      Buffer.from('Biên bản họp chi bộ\nNội dung: thảo luận.'),
      422,
      'PLAN_PARSE_NOT_A_PLAN',
    ],
    [
      'an image',
      'a.png',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]),
      415,
      'PLAN_PARSE_UNSUPPORTED_TYPE',
    ],
  ])('%s', async (_l, name, data, status, code) => {
    const before = await planCount();
    const r = await upload(focal, '/api/plans/import/preview', name, data, { unitId: LY_SON.districtId });
    expect(r.status).toBe(status);
    expect(r.body.error.code).toBe(code);
    expect(await planCount()).toBe(before);
  });

  it('refuses a 50 MB file', async () => {
    const r = await upload(
      focal,
      '/api/plans/import/preview',
      'big.txt',
      Buffer.alloc(50 * 1024 * 1024, 0x61),
      { unitId: LY_SON.districtId },
    );
    expect(r.status).toBe(413);
  });

  it('refuses a task with no lead, or an unresolved agency, and saves nothing', async () => {
    const preview = await upload(focal, '/api/plans/import/preview', 'kh.txt', seedText, {
      unitId: LY_SON.districtId,
    });
    const draft = draftFromPreview(preview.body.parsed, preview.body.matches, LY_SON.districtId);
    const before = await planCount();
    const noLead = structuredClone(draft);
    noLead.tasks[3]!.lead = [];
    const r1 = await t.api('POST', '/api/plans', { session: focal, body: noLead });
    expect(r1.status).toBe(400);
    expect(r1.body.error.code).toBe('PLAN_TASK_NO_LEAD');
    const unresolved = structuredClone(draft);
    unresolved.tasks[12]!.partners[0] = { writtenAs: 'Cơ quan lạ' };
    const r2 = await t.api('POST', '/api/plans', { session: focal, body: unresolved });
    expect(r2.status).toBe(400);
    expect(r2.body.error.code).toBe('PLAN_UNRESOLVED_AGENCY');
    expect(r2.body.error.details).toMatchObject({ where: 'Nhiệm vụ 13', writtenAs: 'Cơ quan lạ' });
    const forged = structuredClone(draft);
    forged.tasks[0]!.lead[0] = {
      writtenAs: 'Phòng Nội vụ',
      agencyId: '00000000-0000-4000-8000-000000000000',
    };
    expect((await t.api('POST', '/api/plans', { session: focal, body: forged })).status).toBe(400);
    expect(await planCount()).toBe(before);
  });

  it('creates an agency the user chose to create, in the same transaction', async () => {
    const preview = await upload(focal, '/api/plans/import/preview', 'kh.txt', seedText, {
      unitId: LY_SON.districtId,
    });
    const draft = draftFromPreview(preview.body.parsed, preview.body.matches, LY_SON.districtId);
    draft.tasks[0]!.partners.push({
      writtenAs: 'Hội Khuyến học huyện',
      create: { name: 'Hội Khuyến học huyện Lý Sơn', kind: 'mass_organisation' },
    });
    const r = await t.api('POST', '/api/plans', { session: focal, body: draft });
    expect(r.status).toBe(201);
    const found = await t.api('GET', '/api/org/agencies?q=Khuyến học', { session: focal });
    expect(found.body.items.map((a: { name: string }) => a.name)).toEqual(['Hội Khuyến học huyện Lý Sơn']);
    // Created through org's service: audited like any agency (the full record, its unit's name).
    const audit = await t.db.execute<{ after: { unitName: string } }>(
      sql`select after from audit_log where entity = 'agency' and entity_id = ${found.body.items[0].id}`,
    );
    expect(audit.rows[0]?.after.unitName).toMatch(/Lý Sơn/);
    // The same name again on the same day: org's rule answers (409), not a database error, and nothing is saved.
    const before = await planCount();
    const again = await t.api('POST', '/api/plans', { session: focal, body: draft });
    expect([again.status, again.body.error?.code]).toEqual([409, 'AGENCY_NAME_TAKEN']);
    expect(await planCount()).toBe(before);
  });
});

describe('progress and states', () => {
  it('lets a reporter update only its own assignments, and computes the state', async () => {
    const plan = (await t.api('GET', `/api/plans/${planId}`, { session: focal })).body;
    const t4 = plan.tasks.find((x: { number: string }) => x.number === '4');
    const t11 = plan.tasks.find((x: { number: string }) => x.number === '11');
    const ok = await t.api('POST', `/api/plans/tasks/${t4.id}/progress`, {
      session: gddt,
      body: {
        status: 'done',
        narrative: 'Tỷ lệ trẻ em bỏ học giảm còn 0,2%.',
        figures: [{ label: 'Số trẻ em bỏ học', value: 3 }],
        completedOn: '2025-05-05',
        periodDue: '2025-05-10',
      },
    });
    expect(ok.status).toBe(201);
    const dash = await t.api('GET', `/api/plans/${planId}/dashboard?at=2025-05-09`, { session: focal });
    const mine = dash.body.agencies.find((a: { agencyId: string }) => a.agencyId === LY_SON.agency('gddt'));
    expect(mine.tasks.find((x: { number: string }) => x.number === '4').state).toBe('done_on_time');
    expect(dash.body.tasks.find((x: { number: string }) => x.number === '4').state).toBe('done_on_time');
    const later = await t.api('GET', `/api/plans/${planId}/dashboard?at=2025-11-11`, { session: focal });
    expect(later.body.tasks.find((x: { number: string }) => x.number === '4').state).toBe('overdue');
    // Task 11 is led by Phòng Nội vụ and the police: GD&ĐT only reaches it through a group.
    const notMine = await t.api('POST', `/api/plans/tasks/${t11.id}/progress`, {
      session: gddt,
      body: { status: 'in_progress' },
    });
    expect(notMine.status).toBe(201);
    const police = await t.userSession('police', { agencyId: LY_SON.agency('cong-an') });
    const t7 = plan.tasks.find((x: { number: string }) => x.number === '7');
    const refused = await t.api('POST', `/api/plans/tasks/${t7.id}/progress`, {
      session: police,
      body: { status: 'done' },
    });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('PLAN_NOT_ASSIGNED');
  });

  it('shows the assignment matrix and the calendar of due dates', async () => {
    const m = await t.api('GET', `/api/plans/${planId}/matrix`, { session: focal });
    expect(m.body.rows).toHaveLength(13);
    expect(m.body.rows[3].cells[LY_SON.agency('gddt')]).toBe('lead');
    const cal = await t.api('GET', '/api/plans/calendar?from=2025-01-01&to=2025-12-31', { session: focal });
    expect(
      cal.body
        .filter((e: { kind: string; planId: string }) => e.kind === 'report' && e.planId === planId)
        .map((e: { date: string }) => e.date),
    ).toEqual(['2025-05-10', '2025-11-10']);
    expect(
      cal.body.some(
        (e: { kind: string; title: string }) => e.kind === 'task' && e.title.startsWith('Nhiệm vụ 9'),
      ),
    ).toBe(true);
  });

  it('accepts evidence of the allowed types only', async () => {
    const plan = (await t.api('GET', `/api/plans/${planId}`, { session: focal })).body;
    const t4 = plan.tasks.find((x: { number: string }) => x.number === '4');
    const p = await t.api('POST', `/api/plans/tasks/${t4.id}/progress`, {
      session: gddt,
      body: { status: 'in_progress' },
    });
    const pdf = await upload(
      gddt,
      `/api/plans/progress/${p.body.id}/evidence`,
      'bao-cao.pdf',
      Buffer.from('%PDF-1.4\n%…'),
    );
    expect(pdf.status).toBe(201);
    const exe = await upload(
      gddt,
      `/api/plans/progress/${p.body.id}/evidence`,
      'virus.pdf',
      Buffer.from('MZ\u0090\u0000'),
    );
    expect(exe.status).toBe(415);
    expect(exe.body.error.code).toBe('PLAN_EVIDENCE_TYPE');
    const list = await t.api('GET', `/api/plans/tasks/${t4.id}/progress`, { session: focal });
    expect(list.body.at(-1).evidence.map((e: { filename: string }) => e.filename)).toEqual(['bao-cao.pdf']);
    const dl = await t.app.inject({
      method: 'GET',
      url: `/api/plans/evidence/${pdf.body.id}`,
      headers: { cookie: focal.cookie },
    });
    expect(dl.statusCode).toBe(200);
    expect(dl.rawPayload.subarray(0, 4).toString()).toBe('%PDF');
  });
});

describe('editing after import', () => {
  it('lets the focal officer correct a task and its assignments, audited; others may not', async () => {
    const plan = (await t.api('GET', `/api/plans/${planId}`, { session: focal })).body;
    const t6 = plan.tasks.find((x: { number: string }) => x.number === '6');
    const r = await t.api('PATCH', `/api/plans/tasks/${t6.id}`, {
      session: focal,
      body: {
        timeframeText: 'Trước ngày 30/6/2025',
        timeframe: { kind: 'before', year: 2025, to: '2025-06-30' },
        partners: [{ writtenAs: 'Đồn Công an Lý Sơn', agencyId: LY_SON.agency('cong-an') }],
      },
    });
    expect(r.status).toBe(204);
    const after = (await t.api('GET', `/api/plans/${planId}`, { session: focal })).body.tasks.find(
      (x: { id: string }) => x.id === t6.id,
    );
    expect(after.dueDate).toBe('2025-06-30');
    expect(after.assignments.map((a: { role: string; name: string }) => `${a.role}:${a.name}`)).toEqual([
      'lead:Phòng Tư pháp',
      'partner:Đồn Công an Lý Sơn',
    ]);
    expect(
      (await t.api('PATCH', `/api/plans/tasks/${t6.id}`, { session: gddt, body: { content: 'x' } })).status,
    ).toBe(403);
    const noLead = await t.api('PATCH', `/api/plans/tasks/${t6.id}`, { session: focal, body: { lead: [] } });
    expect(noLead.status).toBe(400);
    const audit = await t.db.execute<{ n: number }>(
      sql`select count(*)::int n from audit_log where entity = 'plan_task' and entity_id = ${t6.id}`,
    );
    expect(audit.rows[0]!.n).toBe(1);
    const meta = await t.api('PATCH', `/api/plans/${planId}`, {
      session: focal,
      body: { number: '45/KH-UBND', issuedDate: '2025-04-15' },
    });
    expect(meta.status).toBe(204);
    expect((await t.api('GET', `/api/plans/${planId}`, { session: focal })).body.number).toBe('45/KH-UBND');
  });

  it('issues and closes a plan; a closed plan cannot be edited', async () => {
    expect(
      (await t.api('POST', `/api/plans/${planId}/status`, { session: focal, body: { status: 'issued' } }))
        .status,
    ).toBe(204);
    expect(
      (await t.api('POST', `/api/plans/${planId}/status`, { session: focal, body: { status: 'closed' } }))
        .status,
    ).toBe(204);
    const r = await t.api('PATCH', `/api/plans/${planId}`, {
      session: focal,
      body: { title: 'Sửa sau khi kết thúc' },
    });
    expect(r.status).toBe(409);
    expect(r.body.error.code).toBe('PLAN_NOT_EDITABLE');
    expect(
      (await t.api('POST', `/api/plans/${planId}/status`, { session: focal, body: { status: 'draft' } }))
        .status,
    ).toBe(409);
  });
});

describe('parent and child plans', () => {
  it('links an agency’s own plan to the district plan it implements', async () => {
    const preview = await upload(focal, '/api/plans/import/preview', 'kh.txt', seedText, {
      unitId: LY_SON.districtId,
    });
    const draft = {
      ...draftFromPreview(preview.body.parsed, preview.body.matches, LY_SON.districtId),
      parentPlanId: planId,
      title: 'Kế hoạch của Phòng GD&ĐT',
    };
    const child = await t.api('POST', '/api/plans', { session: focal, body: draft });
    expect(child.status).toBe(201);
    const parent = await t.api('GET', `/api/plans/${planId}`, { session: focal });
    expect(parent.body.children.map((c: { id: string }) => c.id)).toContain(child.body.id);
    expect((await t.api('GET', `/api/plans/${child.body.id}`, { session: focal })).body.parentPlanId).toBe(
      planId,
    );
  });
});
