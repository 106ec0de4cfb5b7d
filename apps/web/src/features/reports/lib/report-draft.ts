import type { AgencyReportDto, SaveAgencyReportInput } from '@vte/contracts';
import { indicatorInputs, indicatorStateOf, type IndicatorState } from './indicator-grid';

export type FigureDraft = { label: string; value: number | null; unit: string };
export type AttachmentDraft = { id: string; filename: string; mime: string; size: number };
export type TaskDraft = { narrative: string; figures: FigureDraft[]; attachments: AttachmentDraft[] };

/** What the agency report editor holds while the user types. */
export type ReportDraft = {
  tasks: Record<string, TaskDraft>;
  difficulties: string;
  proposals: string;
  indicators: IndicatorState;
};

export function draftOf(report: AgencyReportDto): ReportDraft {
  const tasks: Record<string, TaskDraft> = {};
  for (const task of report.tasks) {
    tasks[task.taskId] = {
      narrative: task.narrative ?? '',
      figures: task.figures.map((f) => ({ label: f.label, value: f.value, unit: f.unit ?? '' })),
      attachments: task.attachments.map((a) => ({ ...a })),
    };
  }
  return {
    tasks,
    difficulties: report.difficulties ?? '',
    proposals: report.proposals ?? '',
    indicators: indicatorStateOf(report.indicators),
  };
}

/** A figure row is sent once it has both a label and a value; half-typed rows wait. */
export const completeFigure = (figure: FigureDraft): boolean =>
  figure.label.trim().length > 0 && figure.value !== null && Number.isFinite(figure.value);

const text = (value: string): string | null => value.trim() || null;

/** The body of PUT /agency/:id (draft) or POST /agency/:id/submit (`all` cells of the grid). */
export function saveInputOf(
  draft: ReportDraft,
  report: AgencyReportDto,
  revision: number,
  all: boolean,
): SaveAgencyReportInput {
  return {
    revision,
    tasks: report.tasks.map((task) => {
      const entry = draft.tasks[task.taskId] ?? { narrative: '', figures: [], attachments: [] };
      return {
        taskId: task.taskId,
        narrative: text(entry.narrative),
        figures: entry.figures
          .filter(completeFigure)
          .map((f) => ({ label: f.label.trim(), value: f.value ?? 0, unit: text(f.unit) })),
        attachmentIds: entry.attachments.map((a) => a.id),
      };
    }),
    difficulties: text(draft.difficulties),
    proposals: text(draft.proposals),
    indicatorValues: indicatorInputs(draft.indicators, report.indicators, all),
  };
}

/** The progress-update text offered as a starting point for a task. */
export function prefillOf(task: AgencyReportDto['tasks'][number]): Pick<TaskDraft, 'narrative' | 'figures'> {
  return {
    narrative: task.prefill.narrative ?? '',
    figures: task.prefill.figures.map((f) => ({ label: f.label, value: f.value, unit: f.unit ?? '' })),
  };
}

export const hasPrefill = (task: AgencyReportDto['tasks'][number]): boolean =>
  Boolean(task.prefill.narrative?.trim()) || task.prefill.figures.length > 0;
