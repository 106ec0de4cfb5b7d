import { planStatusLabels, taskStateLabels, type PlanStatus, type TaskState } from '@vte/contracts';
import { Tag } from 'antd';

export const PLAN_STATUS_COLORS: Record<PlanStatus, string> = {
  draft: 'default',
  issued: 'blue',
  closed: 'purple',
};

/** Green on time, blue within the deadline, orange done late, red overdue — the same everywhere. */
export const TASK_STATE_COLORS: Record<TaskState, string> = {
  done_on_time: 'green',
  in_progress: 'blue',
  done_late: 'orange',
  overdue: 'red',
};
/** The same colours as plain CSS values, for bars and counters. */
export const TASK_STATE_HEX: Record<TaskState, string> = {
  done_on_time: '#389e0d',
  in_progress: '#0958d9',
  done_late: '#d46b08',
  overdue: '#cf1322',
};
/** Display order: the good news first, the trouble last. */
export const TASK_STATE_ORDER: TaskState[] = ['done_on_time', 'in_progress', 'done_late', 'overdue'];

export function PlanStatusTag({ status }: { status: PlanStatus }) {
  return <Tag color={PLAN_STATUS_COLORS[status]}>{planStatusLabels[status]}</Tag>;
}

export function TaskStateTag({ state }: { state: TaskState }) {
  return (
    <Tag color={TASK_STATE_COLORS[state]} className="state-tag">
      {taskStateLabels[state]}
    </Tag>
  );
}
