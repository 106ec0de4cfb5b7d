// Changing an imported plan: corrections, issue and close, and a child plan linked to its parent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { draftFromPreview } from '@vte/contracts';
import { LY_SON } from '../org';
import { createTestApp, type Session, type TestApp } from '../../test/harness';
import { plansWorld, seedText, upload } from './plans.test-support';

let t: TestApp;
let focal: Session;
let gddt: Session;
let planId: string;

beforeAll(async () => {
  t = await createTestApp();
  ({ focal, gddt, planId } = await plansWorld(t));
});
afterAll(() => t.close());

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
    const preview = await upload(t, focal, '/api/plans/import/preview', 'kh.txt', seedText, {
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
