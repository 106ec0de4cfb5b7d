// Importing a plan: the seed plan read right from text and .docx, and bad imports refused without a trace.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { Document, Packer, Paragraph } from 'docx';
import { draftFromPreview } from '@vte/contracts';
import { LY_SON } from '../org';
import { createTestApp, type Session, type TestApp } from '../../test/harness';
import { importAndSave, plansWorld, seedText, upload } from './plans.test-support';

let t: TestApp;
let focal: Session;
let gddt: Session;
let planId: string;

beforeAll(async () => {
  t = await createTestApp();
  ({ focal, gddt, planId } = await plansWorld(t));
});
afterAll(() => t.close());

describe('importing the seed plan', () => {
  it('matches every agency phrase of the seed to the register without correction', async () => {
    const preview = await upload(t, focal, '/api/plans/import/preview', 'kh.txt', seedText, {
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
    const { draft } = await importAndSave(t, focal, 'ke-hoach.docx', Buffer.from(await Packer.toBuffer(doc)));
    expect(draft.tasks).toHaveLength(13);
    expect(draft.tasks.map((x) => x.lead.map((l) => l.writtenAs))).toEqual(
      (await importAndSave(t, focal, 'x.txt', seedText)).draft.tasks.map((x) =>
        x.lead.map((l) => l.writtenAs),
      ),
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
    const r = await upload(t, focal, '/api/plans/import/preview', name, data, { unitId: LY_SON.districtId });
    expect(r.status).toBe(status);
    expect(r.body.error.code).toBe(code);
    expect(await planCount()).toBe(before);
  });

  it('refuses a 50 MB file', async () => {
    const r = await upload(
      t,
      focal,
      '/api/plans/import/preview',
      'big.txt',
      Buffer.alloc(50 * 1024 * 1024, 0x61),
      { unitId: LY_SON.districtId },
    );
    expect(r.status).toBe(413);
  });

  it('refuses a task with no lead, or an unresolved agency, and saves nothing', async () => {
    const preview = await upload(t, focal, '/api/plans/import/preview', 'kh.txt', seedText, {
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
    const preview = await upload(t, focal, '/api/plans/import/preview', 'kh.txt', seedText, {
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
