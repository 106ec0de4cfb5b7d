import { LY_SON } from '../org';
import { seedPlans } from '../plans';
import { seedIndicators } from '../indicators';
import { systemContext } from '../../platform/auth/context';
import type { Session, TestApp } from '../../test/harness';
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

export type People = Awaited<ReturnType<typeof reportingWorld>>['people'];
export type { Session };
