import { isoDay } from '../../platform/dates';
import { taskStateSeverity, type TaskState, type Timeframe } from '@vte/contracts';

export interface ProgressFact {
  status: string;
  completedOn: string | null;
  periodDue: string | null;
  createdAt: Date;
}

export interface TaskTiming {
  dueDate: string | null;
  timeframe: Timeframe | null;
}

/** A stored task's timing (its time frame is jsonb written from the timeframe contract). */
export function timing(task: { dueDate: string | null; timeframe: unknown }): TaskTiming {
  return { dueDate: task.dueDate, timeframe: (task.timeframe as Timeframe | null) ?? null };
}

/** The deadline an agency is judged against on `at`: the task's own, or the current reporting period's. */
export function effectiveDue(task: TaskTiming, reportingDues: string[], at: string): string | null {
  if (task.dueDate && task.timeframe?.kind !== 'year-round') return task.dueDate;
  const dues = [...reportingDues].sort();
  return (
    dues.find((d) => d >= at) ??
    dues[dues.length - 1] ??
    (task.timeframe?.year ? `${task.timeframe.year}-12-31` : null)
  );
}

/**
 * One agency's state on a task, as of `at`, from its progress updates (latest last).
 * Year-round tasks are judged per reporting period: only an update that answers the
 * current period (periodDue) or was completed within it counts as done.
 */
export function agencyState(
  task: TaskTiming,
  progress: ProgressFact[],
  reportingDues: string[],
  at: string,
): TaskState {
  const due = effectiveDue(task, reportingDues, at);
  const yearRound = task.timeframe?.kind === 'year-round' || !task.dueDate;
  const dues = [...reportingDues].sort();
  const periodStart = due ? (dues.filter((d) => d < due).pop() ?? null) : null;
  const relevant = yearRound
    ? progress.filter(
        (p) =>
          p.periodDue === due ||
          (!p.periodDue &&
            p.completedOn &&
            (!periodStart || p.completedOn > periodStart) &&
            (!due || p.completedOn <= due)) ||
          (!p.periodDue && !p.completedOn && (!periodStart || isoDay(p.createdAt) > periodStart)),
      )
    : progress;
  const latest = relevant[relevant.length - 1];
  if (latest?.status === 'done') {
    const done = latest.completedOn ?? isoDay(latest.createdAt);
    return !due || done <= due ? 'done_on_time' : 'done_late';
  }
  return !due || at <= due ? 'in_progress' : 'overdue';
}

/** The stated roll-up: the worst of the parts (lead agencies, sub-tasks). */
export function worstState(states: TaskState[]): TaskState {
  for (const s of taskStateSeverity) if (states.includes(s)) return s;
  return 'in_progress';
}

/** Last day of a parsed time frame, for the due-date column; null when judged per period. */
export function timeframeDue(tf: Timeframe | null | undefined): string | null {
  if (!tf || tf.kind === 'year-round' || tf.kind === 'unknown') return null;
  return tf.to ?? null;
}

export { isoDay };
