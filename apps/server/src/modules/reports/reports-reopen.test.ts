// Issue 9 items 3 and 9: a locked report says why (accepted, expired on a day), the agency asks
// "Đề nghị mở lại", the focal officer hears of it and reopens that agency's report or refuses.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { LY_SON } from '../org';
import { createTestApp, type TestApp } from '../../test/harness';
import { useClock } from './clock';
import { acceptedReportsWorld, formOf, type People } from './reports-test-kit';

let t: TestApp;
let p: People;
let six: { id: string; dueDate: string };
let annual: { id: string };
const at = (iso: string) => useClock(() => new Date(iso));
type Row = {
  period: { id: string };
  lock: { reason: string; on: string | null } | null;
  report: { id: string; status: string; locked: boolean; lock: unknown } | null;
  reopenRequest: { id: string; status: string; answer: string | null } | null;
};
const mine = async (s: People['gddt'], periodId: string): Promise<Row> =>
  (await t.api('GET', '/api/reports/mine', { session: s })).body.find((r: Row) => r.period.id === periodId);
const ask = (s: People['gddt'], periodId: string, reason: unknown) =>
  t.api('POST', `/api/reports/periods/${periodId}/reopen-requests`, { session: s, body: { reason } });
const answer = (s: People['gddt'], id: string, body: unknown) =>
  t.api('POST', `/api/reports/reopen-requests/${id}/answer`, { session: s, body });
const requests = async () =>
  Number((await t.db.execute(sql`select count(*)::int n from report_reopen_request`)).rows[0]!.n);

beforeAll(async () => {
  t = await createTestApp();
  ({ people: p, six, annual } = await acceptedReportsWorld(t));
  at('2025-07-01T02:00:00Z'); // six-month period locked since 9/6 (due 10/5 + 30 days)
});
afterAll(() => {
  useClock(() => new Date());
  return t.close();
});

describe('why a report is locked', () => {
  it('an accepted report says accepted (on its review day), not expired', async () => {
    const row = await mine(p.gddt, six.id);
    expect(row.lock).toEqual({ reason: 'accepted', on: '2025-05-12' });
    expect(row.report).toMatchObject({ status: 'accepted', locked: true });
    const r = (await t.api('GET', `/api/reports/agency/${row.report!.id}`, { session: p.gddt })).body;
    expect(r.lock).toEqual({ reason: 'accepted', on: '2025-05-12' });
  });

  it('a draft past the lock date says expired on that day; an open period says nothing', async () => {
    const row = await mine(p.health, six.id);
    expect(row.report?.status).toBe('draft');
    expect(row.lock).toEqual({ reason: 'expired', on: '2025-06-09' });
    expect((await mine(p.health, annual.id)).lock).toBeNull();
  });
});

describe('Đề nghị mở lại', () => {
  let asked: string;

  it('the locked agency asks; the focal officer is notified and sees it first in the list', async () => {
    const r = await ask(p.health, six.id, 'Cần bổ sung số liệu tiêm chủng tháng 5.');
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ status: 'pending', lock: { reason: 'expired', on: '2025-06-09' } });
    asked = r.body.id;
    expect((await ask(p.health, six.id, 'Lần nữa')).body.error.code).toBe('REPORT_REOPEN_PENDING');
    const bell = await t.api('GET', '/api/notifications', { session: p.focal });
    expect(JSON.stringify(bell.body)).toContain('đề nghị mở lại báo cáo 6 tháng đầu năm 2025');
    const list = (await t.api('GET', '/api/reports/reopen-requests', { session: p.focal })).body;
    expect(list[0]).toMatchObject({
      id: asked,
      status: 'pending',
      reason: 'Cần bổ sung số liệu tiêm chủng tháng 5.',
    });
    expect((await mine(p.health, six.id)).reopenRequest).toMatchObject({ id: asked, status: 'pending' });
  });

  it('one click reopens that agency only, until 14 days on; the agency is told and can save again', async () => {
    const { report } = await mine(p.health, six.id);
    const before = (await t.api('GET', `/api/reports/agency/${report!.id}`, { session: p.health })).body;
    const locked = await t.api('PUT', `/api/reports/agency/${report!.id}`, {
      session: p.health,
      body: formOf(before, { difficulties: 'Thiếu vắc-xin' }),
    });
    expect(locked.body.error.code).toBe('REPORT_LOCKED');
    const r = await answer(p.focal, asked, { decision: 'reopen' });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ status: 'granted', reopenedUntil: '2025-07-15', lock: null });
    expect((await answer(p.focal, asked, { decision: 'reopen' })).body.error.code).toBe(
      'REPORT_REOPEN_ANSWERED',
    );
    expect((await mine(p.health, six.id)).lock).toBeNull();
    const saved = await t.api('PUT', `/api/reports/agency/${report!.id}`, {
      session: p.health,
      body: formOf(before, { difficulties: 'Thiếu vắc-xin' }),
    });
    expect(saved.status).toBe(200);
    expect(saved.body.editable).toBe(true);
    // The police's report of the same period stays locked: the reopening is the agency's.
    expect((await mine(p.police, six.id)).lock?.reason).toBe('expired');
    const bell = await t.api('GET', '/api/notifications', { session: p.health });
    expect(JSON.stringify(bell.body)).toContain('đã được mở lại đến ngày 15/07/2025');
    at('2025-07-16T02:00:00Z');
    expect((await mine(p.health, six.id)).lock).toEqual({ reason: 'expired', on: '2025-07-15' });
    at('2025-07-01T02:00:00Z');
  });

  it('a refusal needs its reason; reopening an accepted report returns it for amendment', async () => {
    const first = (await ask(p.gddt, six.id, 'Sai số liệu nhiệm vụ 4.')).body;
    expect(first.lock.reason).toBe('accepted');
    const bare = await answer(p.focal, first.id, { decision: 'refuse' });
    expect(bare.status).toBe(400);
    expect(JSON.stringify(bare.body.error)).toMatch(/lý do/);
    expect((await mine(p.gddt, six.id)).reopenRequest?.status).toBe('pending');
    await answer(p.focal, first.id, { decision: 'refuse', answer: 'Đã tổng hợp, bổ sung ở kỳ cả năm.' });
    expect((await mine(p.gddt, six.id)).reopenRequest).toMatchObject({
      status: 'refused',
      answer: 'Đã tổng hợp, bổ sung ở kỳ cả năm.',
    });
    const second = (await ask(p.gddt, six.id, 'Xin bổ sung lần nữa.')).body;
    await answer(p.focal, second.id, { decision: 'reopen', until: '2025-07-20' });
    const row = await mine(p.gddt, six.id);
    expect(row.report).toMatchObject({ status: 'returned', locked: false });
    const r = (await t.api('GET', `/api/reports/agency/${row.report!.id}`, { session: p.gddt })).body;
    expect(r.editable).toBe(true);
    const versions = (await t.api('GET', `/api/reports/agency/${r.id}/versions`, { session: p.gddt })).body;
    expect(versions.map((v: { event: string }) => v.event)).toContain('reopened');
  });

  it('refuses bad input (400, nothing saved), an open report, other roles (403) and other localities (404)', async () => {
    const n = await requests();
    for (const reason of ['', '   ', 'x'.repeat(2001), 'a\u0000b', 42])
      expect((await ask(p.police, six.id, reason)).status, String(reason)).toBe(400);
    expect((await ask(p.health, annual.id, 'Chưa khoá')).body.error.code).toBe('REPORT_NOT_LOCKED');
    expect((await ask(p.leader, six.id, 'Lãnh đạo')).status).toBe(403);
    expect((await t.api('GET', '/api/reports/reopen-requests', { session: p.gddt })).status).toBe(403);
    const police = (await ask(p.police, six.id, 'Bổ sung số vụ việc.')).body;
    expect((await answer(p.gddt, police.id, { decision: 'reopen' })).status).toBe(403);
    expect((await answer(p.focal, police.id, { decision: 'maybe' })).status).toBe(400);
    const national = await t.userSession('admin', { scopeUnitId: null });
    const unit = await t.api('POST', '/api/org/units', {
      session: national,
      body: { name: 'Bình Sơn', type: 'huyen', parentId: LY_SON.provinceId, validFrom: '1989-07-01' },
    });
    const other = await t.userSession('focal_officer', { scopeUnitId: unit.body.id, agencyId: null });
    expect((await t.api('GET', '/api/reports/reopen-requests', { session: other })).body).toEqual([]);
    expect((await answer(other, police.id, { decision: 'reopen' })).status).toBe(404);
    const trace = await t.db.execute(
      sql`select count(*)::int n from audit_log where entity = 'report_reopen_request'
          and entity_id = ${police.id} and after->>'refused' = 'out_of_scope'`,
    );
    expect(trace.rows[0]!.n).toBe(1);
    expect((await mine(p.police, six.id)).reopenRequest?.status).toBe('pending');
    expect(await requests()).toBe(n + 1);
  });
});
