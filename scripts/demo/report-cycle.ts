// Replays the story of ./report-cycle-story.ts on a fresh database through the services the HTTP
// routes call, as the signed-in demo users (./demo-accounts.ts), with the routes' contracts and
// permissions. Each step runs on its 2025 date through the reports module's clock, so on time and
// late come out as they would have in 2025 and the period is not yet locked.
import { reviewInput, updateConsolidatedInput, type CompletenessCounts } from '@vte/contracts';
import type { Config } from '../../apps/server/src/config';
import { systemContext } from '../../apps/server/src/platform/auth/context';
import type { Db } from '../../apps/server/src/platform/db/pool';
import { LY_SON, seedOrg } from '../../apps/server/src/modules/org';
import { planTasks, seedPlans } from '../../apps/server/src/modules/plans';
import { addProgress } from '../../apps/server/src/modules/plans/progress.service';
import { seedIndicators } from '../../apps/server/src/modules/indicators';
import { useClock } from '../../apps/server/src/modules/reports/clock';
import { ensurePeriods, listPeriods } from '../../apps/server/src/modules/reports/periods.service';
import {
  openMyReport,
  reviewAgencyReport,
  saveAgencyReport,
} from '../../apps/server/src/modules/reports/agency-report.service';
import {
  autoReportReminders,
  getCompleteness,
  remindMissing,
} from '../../apps/server/src/modules/reports/completeness.service';
import {
  generateConsolidated,
  reviewConsolidated,
  submitConsolidated,
  updateConsolidated,
} from '../../apps/server/src/modules/reports/consolidation.service';
import { consolidatedFile } from '../../apps/server/src/modules/reports/export.service';
import { periodReports } from '../../apps/server/src/modules/reports/my-reports.service';
import { need, signInEveryone, type Account } from './demo-accounts';
import { reportForm } from './report-form';
import * as review from './report-cycle-review';
import * as story from './report-cycle-story';

export interface CycleResult {
  counts: CompletenessCounts;
  missing: string[];
  late: string[];
  returned: { agency: string; comment: string }[];
  consolidatedNumber: string;
  docx: Buffer;
  xlsx: Buffer;
  accounts: Account[];
}

interface Step {
  at: string;
  run: () => Promise<unknown>;
}

export async function playReportCycle(
  db: Db,
  config: Config,
  log: (m: string) => void,
): Promise<CycleResult> {
  // The seed and the accounts are dated at the start of the year's reporting.
  useClock(() => new Date('2025-03-01T02:00:00Z'));
  await db.transaction((tx) => seedOrg(tx));
  const planId = await seedPlans(db);
  if (!planId) throw new Error('Không nạp được kế hoạch mẫu năm 2025 của huyện Lý Sơn.');
  await seedIndicators(db);
  await ensurePeriods(db, systemContext('seed'));
  log(
    'Đã nạp dữ liệu mẫu: đơn vị hành chính, cơ quan, Kế hoạch công tác trẻ em năm 2025, chỉ tiêu, kỳ báo cáo.',
  );

  const people = await signInEveryone(db, config);
  const focal = people.ofAgency('noi-vu');
  log(`Đã tạo ${people.accounts.length} tài khoản; mỗi tài khoản đăng nhập bằng mật khẩu như trên web.`);

  const period = (await listPeriods(db, need(focal, 'reports.read'), { planId })).find(
    (p) => p.kind === story.PERIOD_KIND,
  );
  if (!period || period.dueDate !== story.DUE) {
    throw new Error('Không tìm thấy kỳ báo cáo 6 tháng đầu năm 2025 (hạn 10/5/2025).');
  }
  const { tasks } = await planTasks(db, [planId]);
  const taskByNumber = new Map(tasks.map((t) => [t.number, t.id]));
  const steps: Step[] = [];

  // During the half-year: progress updates, which pre-fill the report forms.
  for (const p of story.progress) {
    const ctx = need(people.ofAgency(p.key), 'plans.progress');
    const input = { status: 'in_progress' as const, narrative: p.text, periodDue: story.DUE };
    steps.push({ at: p.at, run: () => addProgress(db, ctx, taskByNumber.get(p.task)!, input) });
  }
  // Each agency: perhaps a draft first (autosave), then its report, on time or late, or never.
  for (const s of story.agencies) {
    const ctx = need(people.ofAgency(s.key), 'reports.submit');
    if (s.draftAt) {
      const firstTasks = Object.fromEntries(Object.entries(s.tasks).slice(0, 3));
      steps.push({
        at: s.draftAt,
        run: async () => {
          const r = await openMyReport(db, ctx, period.id);
          const draft = { ...reportForm(r, { ...s, tasks: firstTasks }), indicatorValues: [] };
          return saveAgencyReport(db, ctx, r.id, draft, false);
        },
      });
    }
    if (s.submitAt) {
      steps.push({
        at: s.submitAt,
        run: async () => {
          const r = await openMyReport(db, ctx, period.id);
          return saveAgencyReport(db, ctx, r.id, reportForm(r, s), true);
        },
      });
    }
  }
  // The focal department reads what came in; one report goes back once with a comment.
  const back = review.returned;
  let returnedOnce = false;
  for (const day of review.reviewDays) {
    steps.push({
      at: day,
      run: async () => {
        const all = await periodReports(db, need(focal, 'reports.read'), period.id);
        for (const r of all.filter((x) => x.status === 'submitted')) {
          const returning = !returnedOnce && r.agencyId === LY_SON.agency(back.key);
          returnedOnce ||= returning;
          const input = reviewInput.parse(
            returning ? { decision: 'return', comment: back.comment } : { decision: 'accept' },
          );
          await reviewAgencyReport(db, need(focal, 'reports.review'), r.id, input);
        }
      },
    });
  }
  steps.push({
    at: back.correctedAt,
    run: async () => {
      const ctx = people.ofAgency(back.key);
      const r = await openMyReport(db, need(ctx, 'reports.submit'), period.id);
      if (r.status !== 'returned') throw new Error(`Báo cáo của ${r.agencyName} chưa bị trả lại.`);
      const s = story.agencies.find((a) => a.key === back.key)!;
      const form = reportForm(r, s, { tasks: back.tasks, indicators: back.indicators, noValue: {} });
      return saveAgencyReport(db, ctx, r.id, form, true);
    },
  });
  // Reminders: the app's daily job, and one sent by hand to those still missing.
  for (const day of review.autoReminderDays) {
    steps.push({
      at: `${day}T00:30:00.000Z`,
      run: () => autoReportReminders(db, systemContext('scheduler'), day),
    });
  }
  const reminder = { message: review.manualReminder.message };
  steps.push({
    at: review.manualReminder.at,
    run: () => remindMissing(db, need(focal, 'reports.remind'), period.id, reminder),
  });
  // Consolidation: drafted from the accepted reports, numbered and dated, sent up, accepted.
  const c = review.consolidated;
  let consolidatedId = '';
  steps.push({
    at: c.generateAt,
    run: async () => {
      const { report } = await generateConsolidated(db, need(focal, 'reports.review'), period.id, 'keep');
      consolidatedId = report.id;
      const header = { revision: report.revision, number: c.number, reportDate: c.reportDate };
      return updateConsolidated(db, focal, report.id, updateConsolidatedInput.parse(header));
    },
  });
  steps.push({
    at: c.submitAt,
    run: () => submitConsolidated(db, need(focal, 'reports.review'), consolidatedId),
  });
  const province = need(people.province, 'reports.review');
  const accept = reviewInput.parse({ decision: 'accept' });
  steps.push({ at: c.acceptAt, run: () => reviewConsolidated(db, province, consolidatedId, accept) });

  // Played in date order; steps at the same time keep the order above.
  const ordered = steps.map((s, i) => ({ ...s, i })).sort((a, b) => a.at.localeCompare(b.at) || a.i - b.i);
  for (const step of ordered) {
    useClock(() => new Date(step.at));
    await step.run();
  }
  log(
    'Đã phát lại chu kỳ báo cáo 6 tháng đầu năm 2025: gửi, nhắc, trả lại, bổ sung, tiếp nhận, tổng hợp, gửi tỉnh.',
  );

  const done = await getCompleteness(db, need(focal, 'reports.read'), period.id);
  const docx = await consolidatedFile(db, focal, consolidatedId, 'docx', null);
  const xlsx = await consolidatedFile(db, focal, consolidatedId, 'xlsx', null);
  await people.signOut();
  return {
    counts: done.counts,
    missing: done.agencies
      .filter((a) => a.state === 'missing' || a.state === 'draft')
      .map((a) => a.agencyName),
    late: done.agencies.filter((a) => a.onTime === false).map((a) => a.agencyName),
    returned: done.agencies
      .filter((a) => a.agencyId === LY_SON.agency(back.key))
      .map((a) => ({ agency: a.agencyName, comment: back.comment })),
    consolidatedNumber: c.number,
    docx: Buffer.from(docx.data),
    xlsx: Buffer.from(xlsx.data),
    accounts: people.accounts,
  };
}
