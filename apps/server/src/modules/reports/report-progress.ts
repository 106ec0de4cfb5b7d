import type { ReportProgressDto } from '@vte/contracts';
import type { Exec } from '../../platform/db/pool';
import { progressOfAgencies, type ReportingProgress } from '../plans';
import { offeredIn, progressDate, type DatedProgress } from './report-content';
import * as repo from './reports.repo';
import { movesOf } from './requests.repo';

/** The agencies' progress updates on these tasks, each with the period it was moved to, if any. */
export async function datedProgressOf(
  exec: Exec,
  taskIds: string[],
  agencyIds: string[],
): Promise<DatedProgress[]> {
  // plans.repo reads whole rows: the id is there even where the reporting type does not name it.
  const list = (await progressOfAgencies(exec, taskIds, agencyIds)) as (ReportingProgress & { id: string })[];
  const moved = new Map(
    (
      await movesOf(
        exec,
        list.map((p) => p.id),
      )
    ).map((m) => [m.progressId, m.periodId]),
  );
  return list.map((p) => ({ ...p, movedTo: moved.get(p.id) ?? null }));
}

/** The updates as the report lists them: newest first, whether this period offers each, where moved. */
export async function progressList(
  exec: Exec,
  progress: DatedProgress[],
  period: { id: string; cutoffFrom: string; dueDate: string },
): Promise<ReportProgressDto[]> {
  const targets = [...new Set(progress.flatMap((p) => (p.movedTo ? [p.movedTo] : [])))];
  const labels = new Map(
    targets.length
      ? (await repo.listPeriods(exec, { unitIds: null, ids: targets })).map((p) => [p.id, p.label])
      : [],
  );
  return [...progress].reverse().map((p) => ({
    id: p.id,
    taskId: p.taskId,
    date: progressDate(p),
    status: p.status,
    narrative: p.narrative,
    offered: offeredIn(p, period),
    movedTo: p.movedTo ? (labels.get(p.movedTo) ?? null) : null,
  }));
}
