import { LY_SON } from '../org';
import { seedPlans } from '../plans';
import { seedIndicators } from '../indicators';
import { systemContext } from '../../platform/auth/context';
import type { Session, TestApp } from '../../test/harness';
import { useClock } from './clock';
import { ensurePeriods } from './periods.service';

/** The Lý Sơn plan issued with its two periods, and the people of a reporting cycle. */
export async function reportingWorld(t: TestApp) {
  const planId = (await seedPlans(t.db))!;
  await seedIndicators(t.db);
  await ensurePeriods(t.db, systemContext('test'));
  const session = (
    role: Parameters<TestApp['userSession']>[0],
    agency: string | null,
    scopeUnitId: string | null = LY_SON.districtId,
  ) => t.userSession(role, { agencyId: agency ? LY_SON.agency(agency) : null, scopeUnitId });
  const people = {
    focal: await session('focal_officer', 'noi-vu'),
    gddt: await session('agency_reporter', 'gddt'),
    police: await session('police', 'cong-an'),
    health: await session('agency_reporter', 'ttyt'),
    leader: await session('leader', 'ubnd'),
    province: await session('focal_officer', 'so-yt', LY_SON.provinceId),
    provinceViewer: await session('province_viewer', null, LY_SON.provinceId),
  };
  const periods = (await t.api('GET', `/api/reports/periods?planId=${planId}`, { session: people.focal }))
    .body as { id: string; kind: string; dueDate: string }[];
  const six = periods.find((p) => p.kind === 'six_month')!;
  const annual = periods.find((p) => p.kind === 'annual')!;
  return { planId, people, six, annual };
}

/** The whole form back as the editor sends it, with some fields replaced. */
export function formOf(
  r: {
    revision: number;
    tasks: { taskId: string; narrative: string | null; figures: unknown[] }[];
    difficulties: string | null;
    proposals: string | null;
  },
  over: Record<string, unknown> = {},
) {
  return {
    revision: r.revision,
    tasks: r.tasks.map((x) => ({
      taskId: x.taskId,
      narrative: x.narrative,
      figures: x.figures,
      attachmentIds: [],
    })),
    difficulties: r.difficulties,
    proposals: r.proposals,
    indicatorValues: [],
    ...over,
  };
}

/** A setup call that must succeed: its body, or an error naming the call and its answer. */
async function step(t: TestApp, method: string, url: string, session: Session, body?: unknown, status = 200) {
  const res = await t.api(method, url, { session, ...(body === undefined ? {} : { body }) });
  if (res.status !== status)
    throw new Error(`setup ${method} ${url}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/**
 * The reporting world once the six-month agency reports are in, as reports-cycle.test.ts leaves it:
 * the health centre has a draft; Phòng GD&ĐT reported task 4's progress, submitted (DP.0401 = 4,
 * 3 boys and 1 girl), was returned, added task 2's figures on 12/5 and was accepted at version 2.
 * The clock stays on 12/5/2025.
 */
export async function acceptedReportsWorld(t: TestApp) {
  const world = await reportingWorld(t);
  const { people: p, six, planId } = world;
  const open = (s: Session) => step(t, 'POST', `/api/reports/periods/${six.id}/my-report`, s);
  useClock(() => new Date('2025-05-02T02:00:00Z'));
  await open(p.health);
  const plan = await step(t, 'GET', `/api/plans/${planId}`, p.focal);
  const task4 = plan.tasks.find((x: { number: string }) => x.number === '4');
  await step(
    t,
    'POST',
    `/api/plans/tasks/${task4.id}/progress`,
    p.gddt,
    {
      status: 'in_progress',
      narrative: 'Tổ chức 12 buổi sinh hoạt chuyên đề về kỹ năng sống.',
      periodDue: '2025-05-10',
    },
    201,
  );
  const draft = await open(p.gddt);
  const id: string = draft.id;
  await step(
    t,
    'PUT',
    `/api/reports/agency/${id}`,
    p.gddt,
    formOf(draft, { difficulties: 'Thiếu kinh phí tổ chức hoạt động hè.' }),
  );
  const saved = await step(t, 'GET', `/api/reports/agency/${id}`, p.gddt);
  const ind = draft.indicators[0].indicator.id;
  await step(
    t,
    'POST',
    `/api/reports/agency/${id}/submit`,
    p.gddt,
    formOf(saved, {
      indicatorValues: [
        { indicatorId: ind, disagg: '', value: 4, comment: null },
        { indicatorId: ind, disagg: 'sex=nam', value: 3, comment: null },
        { indicatorId: ind, disagg: 'sex=nu', value: 1, comment: null },
      ],
    }),
  );
  await step(t, 'POST', `/api/reports/agency/${id}/review`, p.focal, {
    decision: 'return',
    comment: 'Bổ sung số buổi đã tổ chức cho nhiệm vụ 2.',
  });
  useClock(() => new Date('2025-05-12T02:00:00Z'));
  const returned = await step(t, 'GET', `/api/reports/agency/${id}`, p.gddt);
  const tasks = returned.tasks.map((x: { taskId: string; number: string; narrative: string | null }) => ({
    taskId: x.taskId,
    narrative: x.number === '2' ? 'Phối hợp tổ chức 5 buổi truyền thông tại trường học.' : x.narrative,
    figures: x.number === '2' ? [{ label: 'Số buổi truyền thông', value: 5, unit: 'buổi' }] : [],
    attachmentIds: [],
  }));
  await step(t, 'POST', `/api/reports/agency/${id}/submit`, p.gddt, { ...formOf(returned), tasks });
  const accepted = await step(t, 'POST', `/api/reports/agency/${id}/review`, p.focal, { decision: 'accept' });
  if (accepted.status !== 'accepted' || accepted.version !== 2)
    throw new Error(`setup: GD&ĐT report is ${accepted.status} v${accepted.version}`);
  return world;
}

export type People = Awaited<ReturnType<typeof reportingWorld>>['people'];
export type { Session };
