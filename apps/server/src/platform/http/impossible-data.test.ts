import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { lastYear, todayInVietnam } from '@vte/contracts';
import { LY_SON } from '../../modules/org';
import { seedIndicators } from '../../modules/indicators';
import { createTestApp, type Session, type TestApp } from '../../test/harness';

// Impossible data is refused with a Vietnamese 400 and nothing is saved (issue 8, item 8).
let t: TestApp;
let admin: Session;
let focal: Session;
let gddt: Session;
let planId: string;
let taskId: string;
let periodId: string;

const gddtRef = { writtenAs: 'Phòng Giáo dục và Đào tạo', agencyId: LY_SON.agency('gddt') };
const plan = (over: Record<string, unknown> = {}) => ({
  unitId: LY_SON.districtId,
  issuerName: 'Ủy ban nhân dân huyện Lý Sơn',
  year: 2025,
  title: 'Kế hoạch thử dữ liệu không thể có',
  tasks: [
    {
      number: '1',
      content: 'Tổ chức Tháng hành động vì trẻ em',
      lead: [gddtRef],
      partners: [],
      timeframe: { kind: 'range', year: 2025, from: '2025-03-01', to: '2025-06-30' },
    },
  ],
  ...over,
});
const period = (over: Record<string, unknown> = {}) => ({
  planId,
  kind: 'thematic',
  label: 'Chuyên đề thử',
  year: 2025,
  cutoffFrom: '2025-01-01',
  cutoffTo: '2025-08-31',
  dueDate: '2025-09-10',
  ...over,
});

const counts = async () =>
  (
    await t.db.execute<Record<string, number>>(sql`select
      (select count(*) from plan)::int as plans, (select count(*) from plan_task)::int as tasks,
      (select count(*) from report_period)::int as periods, (select count(*) from task_progress)::int as progress,
      (select count(*) from indicator_target)::int as targets, (select count(*) from audit_log)::int as audit`)
  ).rows[0];

beforeAll(async () => {
  t = await createTestApp();
  await seedIndicators(t.db);
  admin = await t.userSession('admin', { scopeUnitId: null });
  focal = await t.userSession('focal_officer', { agencyId: LY_SON.agency('noi-vu') });
  gddt = await t.userSession('agency_reporter', { agencyId: LY_SON.agency('gddt') });
  const made = await t.api('POST', '/api/plans', { session: focal, body: plan() });
  expect(made.status).toBe(201);
  planId = made.body.id;
  taskId = (await t.api('GET', `/api/plans/${planId}`, { session: focal })).body.tasks[0].id;
  const p = await t.api('POST', '/api/reports/periods', { session: focal, body: period() });
  expect(p.status).toBe(201);
  periodId = p.body.id;
});
afterAll(() => t.close());

async function refused(method: string, url: string, session: Session, body: unknown, message: RegExp) {
  const before = await counts();
  const r = await t.api(method, url, { session, body });
  expect(r.status, JSON.stringify(r.body)).toBe(400);
  expect(r.body.error.code).toBe('VALIDATION');
  expect(JSON.stringify(r.body.error.details)).toMatch(message);
  expect(await counts()).toEqual(before);
}

describe('impossible dates and numbers', () => {
  it('month 13 in a plan', async () => {
    await refused('POST', '/api/plans', focal, plan({ issuedMonth: '2025-13' }), /tháng 01–12/);
    await refused('PATCH', `/api/plans/${planId}`, focal, { issuedMonth: '2025-00' }, /tháng 01–12/);
  });

  it('a plan or a reporting period in 2099', async () => {
    const years = new RegExp(`2000–${lastYear()}`);
    await refused('POST', '/api/plans', focal, plan({ year: 2099 }), years);
    await refused('POST', '/api/reports/periods', focal, period({ year: 2099 }), years);
    await refused(
      'POST',
      '/api/reports/periods',
      focal,
      period({ label: 'Khác', cutoffTo: '2099-08-31', dueDate: '2099-09-10' }),
      years,
    );
    await refused('PATCH', `/api/reports/periods/${periodId}`, focal, { dueDate: '2099-09-10' }, years);
    const q = await t.api('GET', '/api/reports/periods?year=2099', { session: focal });
    expect(q.status).toBe(400);
  });

  it('a time frame that ends before it starts', async () => {
    const backwards = { kind: 'range', year: 2025, from: '2025-06-30', to: '2025-03-01' };
    await refused(
      'PATCH',
      `/api/plans/tasks/${taskId}`,
      focal,
      { timeframe: backwards },
      /kết thúc không được trước ngày bắt đầu/,
    );
    const tasks = plan().tasks.map((x) => ({ ...x, timeframe: backwards }));
    await refused('POST', '/api/plans', focal, plan({ tasks }), /kết thúc không được trước ngày bắt đầu/);
    // A period whose cut-off ends before it starts (the service's own rule, also a 400).
    const before = await counts();
    const r = await t.api('POST', '/api/reports/periods', {
      session: focal,
      body: period({ label: 'Ngược', cutoffFrom: '2025-08-31', cutoffTo: '2025-01-01' }),
    });
    expect(r.status).toBe(400);
    expect(await counts()).toEqual(before);
  });

  it('a completion date in the future or before the task starts', async () => {
    const url = `/api/plans/tasks/${taskId}/progress`;
    const [y, m, d] = todayInVietnam().split('-').map(Number) as [number, number, number];
    const tomorrow = new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
    await refused('POST', url, gddt, { status: 'done', completedOn: tomorrow }, /sau ngày hôm nay/);
    await refused(
      'POST',
      url,
      gddt,
      { status: 'done', completedOn: '2025-02-28' },
      /trước ngày bắt đầu.*01\/03\/2025/,
    );
    const ok = await t.api('POST', url, {
      session: gddt,
      body: { status: 'done', completedOn: '2025-03-01' },
    });
    expect(ok.status).toBe(201);
  });

  it('a percentage target of 500', async () => {
    const list = await t.api('GET', '/api/indicators?q=DP.0204', { session: focal });
    const pct = list.body.find((i: { code: string }) => i.code === 'DP.0204');
    const url = '/api/indicators/targets';
    const body = (value: number) => ({
      unitId: LY_SON.districtId,
      year: 2026,
      targets: [{ indicatorId: pct.id, value }],
    });
    await refused('PUT', url, focal, body(500), /DP\.0204 không được vượt quá 100%/);
    expect((await t.api('PUT', url, { session: focal, body: body(8.5) })).status).toBe(200);
  });
});

describe('an empty PATCH changes nothing and answers 400', () => {
  it('on every PATCH route', async () => {
    const ids: Record<string, string> = {
      '/api/users/:id': gddt.userId,
      '/api/plans/:id': planId,
      '/api/plans/tasks/:taskId': taskId,
      '/api/reports/periods/:id': periodId,
      '/api/org/units/:id': LY_SON.districtId,
      '/api/org/agencies/:id': LY_SON.agency('gddt'),
      '/api/org/groups/:id': LY_SON.group('hoi-doan-the'),
      '/api/indicators/:id': (await t.api('GET', '/api/indicators', { session: admin })).body[0].id,
    };
    // The register's records belong to a commune worker (admins may not touch them): one child with
    // one row of each kind, and the full URL of each PATCH route.
    const worker = await t.userSession('commune_worker', { scopeUnitId: LY_SON.specialZoneId });
    const post = async (url: string, body: object) =>
      (await t.api('POST', url, { session: worker, body })).body.id as string;
    const child = await post('/api/children', {
      fullName: 'Trẻ Thử',
      unitId: LY_SON.specialZoneId,
      guardians: [{ relation: 'me', fullName: 'Mẹ Thử' }],
    });
    const c = `/api/children/${child}`;
    const guardian = (await t.api('GET', `${c}?purpose=quan_ly`, { session: worker })).body.guardians[0].id;
    const consent = { purpose: 'khac', representativeName: 'Mẹ Thử', representativeRelation: 'me' };
    const childUrls: Record<string, string> = {
      '/api/children/:id': c,
      '/api/children/:id/guardians/:subId': `${c}/guardians/${guardian}`,
      '/api/children/:id/circumstances/:subId': `${c}/circumstances/${await post(`${c}/circumstances`, { groupCode: 'd', fromDate: '2024-01-01' })}`,
      '/api/children/:id/risks/:subId': `${c}/risks/${await post(`${c}/risks`, { riskCode: 'khac', fromDate: '2024-01-01' })}`,
      '/api/children/:id/consents/:subId': `${c}/consents/${await post(`${c}/consents`, { ...consent, method: 'van_ban', givenOn: '2025-01-01' })}`,
    };
    const patches = t.app.routeTable.filter((r) => r.method === 'PATCH' && r.url.startsWith('/api/'));
    expect(patches.map((r) => r.url).sort()).toEqual([...Object.keys(ids), ...Object.keys(childUrls)].sort());
    for (const r of patches) {
      const url = childUrls[r.url] ?? r.url.replace(/:[a-zA-Z]+/, ids[r.url]!);
      // The child's own PATCH carries its version: with nothing else it is as empty.
      const body = r.url === '/api/children/:id' ? { version: 1 } : {};
      await refused('PATCH', url, childUrls[r.url] ? worker : admin, body, /Cần ít nhất một trường để sửa/);
    }
  });
});
