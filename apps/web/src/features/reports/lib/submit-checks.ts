import type { AgencyReportDto } from '@vte/contracts';
import { cellGroups, groupSumHint, isEntered } from './indicator-grid';
import { completeFigure, type ReportDraft } from './report-draft';

/** What the submit confirmation points out (issue 9 item 8); none of it blocks sending. */
export type SubmitChecks = {
  /** Days past the due date of a report never sent before (the first sending decides lateness). */
  late: { days: number; dueDate: string } | null;
  empty: { empty: number; total: number } | null;
  /** Breakdowns whose entered groups do not add up to the total (3 + 3 ≠ 7). */
  sums: { code: string; group: string; sum: number; total: number }[];
};

const dayNumber = (iso: string) =>
  Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 864e5;

export function submitChecks(report: AgencyReportDto, draft: ReportDraft, today: string): SubmitChecks {
  const days = dayNumber(today) - dayNumber(report.dueDate);
  const late = !report.firstSubmittedAt && days > 0 ? { days, dueDate: report.dueDate } : null;
  const emptyCount = report.tasks.filter((task) => {
    const entry = draft.tasks[task.taskId];
    return (
      !entry ||
      (!entry.narrative.trim() && !entry.figures.some(completeFigure) && entry.attachments.length === 0)
    );
  }).length;
  const sums: SubmitChecks['sums'] = [];
  for (const entry of report.indicators.filter(isEntered)) {
    const values = draft.indicators[entry.indicator.id]?.values ?? {};
    for (const group of cellGroups(entry).groups) {
      const hint = groupSumHint(values, group);
      if (hint)
        sums.push({ code: entry.indicator.code, group: group.label ?? '', sum: hint.sum, total: hint.total });
    }
  }
  return {
    late,
    empty: emptyCount > 0 ? { empty: emptyCount, total: report.tasks.length } : null,
    sums,
  };
}

export const hasChecks = (c: SubmitChecks): boolean => !!c.late || !!c.empty || c.sums.length > 0;
