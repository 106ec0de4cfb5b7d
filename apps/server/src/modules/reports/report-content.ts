import type {
  AgencyReportDto,
  DraftIssueDto,
  IndicatorEntryDto,
  IndicatorValueInput,
  PeriodDto,
  ReportProgressDto,
  ReportStatus,
} from '@vte/contracts';
import { progressStatusLabels, type ProgressStatus } from '@vte/contracts';
import type { ReportingProgress, ReportingTask } from '../plans';
import { isoDay } from '../../platform/dates';
import { today } from './clock';
import type { ExpectedAgency } from './expected';
import { blocks, lockOf } from './lock';
import { withPending } from './draft-values';
import type { ReportWithAgency } from './reports.repo';

/** What an agency report stores: per task results, then difficulties and proposals. */
export interface ReportContent {
  tasks: { taskId: string; narrative: string | null; figures: Figure[]; attachmentIds: string[] }[];
  difficulties: string | null;
  proposals: string | null;
  /** Indicator cells autosave kept although a rule refuses them (draft-values.ts), with its messages. */
  pending?: { cells: IndicatorValueInput[]; issues: DraftIssueDto[] };
}
export interface Figure {
  label: string;
  value: number;
  unit: string | null;
}
/** A submitted version also freezes the indicator values as they were sent. */
export interface VersionContent extends ReportContent {
  indicatorValues?: { indicatorId: string; disagg: string; value: number | null; comment: string | null }[];
}

export const emptyContent = (): ReportContent => ({ tasks: [], difficulties: null, proposals: null });

export function readContent(raw: unknown): ReportContent {
  const c = (raw ?? {}) as Partial<ReportContent>;
  return {
    tasks: c.tasks ?? [],
    difficulties: c.difficulties ?? null,
    proposals: c.proposals ?? null,
    ...(c.pending?.cells.length ? { pending: c.pending } : {}),
  };
}

export interface Prefill {
  narrative: string | null;
  figures: Figure[];
  status: string | null;
}

/** A progress update as the reports read it, with the period it was moved to by hand, if any. */
export type DatedProgress = ReportingProgress & { id: string; movedTo?: string | null };

/** An update's date: the day it was completed, else the day it was written (Vietnam time). */
export const progressDate = (p: ReportingProgress): string => p.completedOn ?? isoDay(p.createdAt);

/**
 * Whether this period's report offers the update. Moved by hand: that period only. Otherwise
 * every period whose data window (to the due date) covers the update's date, and the period
 * the update named (year-round tasks) - not only the one it named, so an update written while
 * the six-month period was locked still reaches it once reopened.
 */
export function offeredIn(
  p: DatedProgress,
  period: { id: string; cutoffFrom: string; dueDate: string },
): boolean {
  if (p.movedTo) return p.movedTo === period.id;
  if (p.periodDue === period.dueDate) return true;
  const day = progressDate(p);
  return day >= period.cutoffFrom && day <= period.dueDate;
}

/** What the offered updates say, task by task: narratives oldest first; figures and status of the latest. */
export function prefillFrom(
  progress: DatedProgress[],
  period: { id: string; cutoffFrom: string; dueDate: string },
): Map<string, Prefill> {
  const out = new Map<string, Prefill>();
  const byTask = new Map<string, DatedProgress[]>();
  for (const p of progress.filter((x) => offeredIn(x, period)))
    byTask.set(p.taskId, [...(byTask.get(p.taskId) ?? []), p]);
  for (const [taskId, list] of byTask) {
    const latest = list[list.length - 1]!;
    const texts = [...new Set(list.map((p) => p.narrative?.trim()).filter((t): t is string => !!t))];
    out.set(taskId, {
      narrative: texts.length ? texts.join('\n') : null,
      figures: latest.figures.map((f) => ({ label: f.label, value: f.value, unit: f.unit ?? null })),
      status: progressStatusLabels[latest.status as ProgressStatus] ?? latest.status,
    });
  }
  return out;
}

/** A new draft starts from the progress updates, task by task. */
export function initialContent(
  expected: ExpectedAgency,
  tasks: Map<string, ReportingTask>,
  prefill: Map<string, Prefill>,
): ReportContent {
  return {
    tasks: orderedTasks(expected, tasks).map((t) => {
      const p = prefill.get(t.id);
      return { taskId: t.id, narrative: p?.narrative ?? null, figures: p?.figures ?? [], attachmentIds: [] };
    }),
    difficulties: null,
    proposals: null,
  };
}

export function orderedTasks(expected: ExpectedAgency, tasks: Map<string, ReportingTask>): ReportingTask[] {
  return [...expected.tasks.keys()]
    .map((id) => tasks.get(id))
    .filter((t): t is ReportingTask => !!t)
    .sort((a, b) => a.ord - b.ord);
}

export function onTime(firstSubmittedAt: Date | null, dueDate: string): boolean | null {
  return firstSubmittedAt ? isoDay(firstSubmittedAt) <= dueDate : null;
}

/** `granted`: the day this agency's "Đề nghị mở lại" reopened its report until, if granted. */
export function summaryOf(r: ReportWithAgency, period: PeriodDto, granted: string | null = null) {
  const lock = lockOf(period, r, granted, today());
  return {
    id: r.id,
    periodId: r.periodId,
    periodLabel: period.label,
    planTitle: period.planTitle,
    dueDate: period.dueDate,
    agencyId: r.agencyId,
    agencyName: r.agencyName,
    status: r.status as ReportStatus,
    version: r.version,
    firstSubmittedAt: r.firstSubmittedAt?.toISOString() ?? null,
    lastSubmittedAt: r.lastSubmittedAt?.toISOString() ?? null,
    onTime: onTime(r.firstSubmittedAt, period.dueDate),
    locked: blocks(lock),
    lock,
    updatedAt: r.updatedAt.toISOString(),
  };
}

export function reportDto(p: {
  report: ReportWithAgency;
  period: PeriodDto;
  content: ReportContent;
  expected: ExpectedAgency | undefined;
  tasks: Map<string, ReportingTask>;
  prefill: Map<string, Prefill>;
  attachments: { id: string; taskId: string | null; filename: string; mime: string; size: number }[];
  indicators: IndicatorEntryDto[];
  editable: boolean;
  reviewedByName: string | null;
  granted: string | null;
  progress: ReportProgressDto[];
}): AgencyReportDto {
  const { report, content } = p;
  const stored = new Map(content.tasks.map((t) => [t.taskId, t]));
  // Tasks the agency must report on now, plus any stored entry of a task since unassigned.
  const taskIds = [
    ...new Set([...(p.expected ? [...p.expected.tasks.keys()] : []), ...content.tasks.map((t) => t.taskId)]),
  ];
  const taskRows = taskIds
    .map((id) => p.tasks.get(id))
    .filter((t): t is ReportingTask => !!t)
    .sort((a, b) => a.ord - b.ord);
  return {
    ...summaryOf(report, p.period, p.granted),
    period: p.period,
    revision: report.revision,
    editable: p.editable,
    reviewComment: report.reviewComment,
    reviewedAt: report.reviewedAt?.toISOString() ?? null,
    reviewedByName: p.reviewedByName,
    tasks: taskRows.map((t) => {
      const s = stored.get(t.id);
      const a = p.expected?.tasks.get(t.id);
      const pre = p.prefill.get(t.id);
      return {
        taskId: t.id,
        number: t.number,
        content: t.content,
        role: a?.role ?? 'partner',
        via: a?.via ?? null,
        narrative: s?.narrative ?? null,
        figures: s?.figures ?? [],
        attachments: p.attachments
          .filter((f) => f.taskId === t.id)
          .map(({ id, filename, mime, size }) => ({ id, filename, mime, size })),
        prefill: {
          narrative: pre?.narrative ?? null,
          figures: pre?.figures ?? [],
          status: pre?.status ?? null,
        },
      };
    }),
    difficulties: content.difficulties,
    proposals: content.proposals,
    indicators: withPending(p.indicators, content.pending?.cells ?? []),
    progress: p.progress,
    draftIssues: content.pending?.issues ?? [],
  };
}
