// The agency report form as the web editor sends it, filled from the story: the story's text and
// figures per task (what the form already holds otherwise), every indicator cell the story gives,
// and a reason for each assigned indicator without a figure. Parsed by the route's own contract.
import { saveAgencyReportInput, type AgencyReportDto, type SaveAgencyReportInput } from '@vte/contracts';
import type { AgencyStory, Cells, TaskText } from './report-cycle-story';

interface Overrides {
  tasks?: Record<string, TaskText>;
  indicators?: Cells;
  noValue?: Record<string, string>;
}

type Cell = { indicatorId: string; disagg: string; value: number | null; comment: string | null };

export function reportForm(r: AgencyReportDto, s: AgencyStory, over: Overrides = {}): SaveAgencyReportInput {
  const texts = { ...s.tasks, ...over.tasks };
  const cells = { ...s.indicators, ...over.indicators };
  const noValue = over.noValue ?? s.noValue ?? {};
  return saveAgencyReportInput.parse({
    revision: r.revision,
    tasks: r.tasks.map((t) => {
      const text = texts[t.number];
      return {
        taskId: t.taskId,
        narrative: text?.text ?? t.narrative,
        figures: text?.figures?.map(([label, value, unit]) => ({ label, value, unit })) ?? t.figures,
        attachmentIds: [],
      };
    }),
    difficulties: s.difficulties ?? null,
    proposals: s.proposals ?? null,
    indicatorValues: r.indicators.flatMap((e): Cell[] => {
      const given = cells[e.indicator.code];
      if (!given) {
        const comment = noValue[e.indicator.code] ?? 'Chưa thu thập được số liệu.';
        return [{ indicatorId: e.indicator.id, disagg: '', value: null, comment }];
      }
      return Object.entries(given).map(([disagg, value]) => ({
        indicatorId: e.indicator.id,
        disagg,
        value,
        comment: null,
      }));
    }),
  });
}
