import { DeleteOutlined } from '@ant-design/icons';
import { assignmentRoleLabels } from '@vte/contracts';
import { Button, Card, Input, Popconfirm } from 'antd';
import { memo, useEffect, useRef } from 'react';
import { t } from '../../../lib/i18n';
import type { Resolution, ReviewTask } from './import-model';
import { ReviewRow } from './source-text';
import { AssigneeField } from './task-edit-chips';
import { TimeframeEditor } from './timeframe-editor';
import type { ReviewActions } from './use-review';

type Role = 'lead' | 'partner';
export type ErrorTarget = { taskKey: string; name: string | null };

type ChipListProps = {
  task: ReviewTask;
  role: Role;
  resolutions: Record<string, Resolution>;
  errorName: string | null;
  unitId: string;
  at: string;
  onOpen: (writtenAs: string) => void;
  actions: ReviewActions;
};

function ChipList({ task, role, resolutions, errorName, unitId, at, onOpen, actions }: ChipListProps) {
  const names = role === 'lead' ? task.lead : task.partners;
  return (
    <AssigneeField
      value={names}
      role={role}
      resolutions={resolutions}
      errorName={errorName}
      unitId={unitId}
      at={at}
      onOpen={onOpen}
      testId={`chips-${role}`}
      // Adding goes through the review's own action (it records the register match too);
      // the field's change only ever removes names here.
      onPick={(option) => actions.addRef(task.key, role, option)}
      onChange={(next) => {
        for (const name of names) if (!next.includes(name)) actions.removeRef(task.key, role, name);
      }}
    />
  );
}

type ReviewTaskCardProps = {
  task: ReviewTask;
  resolutions: Record<string, Resolution>;
  planYear: number;
  unitId: string;
  at: string;
  /** A save error points at a task (e.g. "Nhiệm vụ 13"), and at one of its names when given. */
  errorTarget: ErrorTarget | null;
  onOpen: (writtenAs: string) => void;
  actions: ReviewActions;
  sub?: boolean;
};

/** One extracted task: content, lead and partner agencies, time frame — each beside its source text. */
export const ReviewTaskCard = memo(function ReviewTaskCard({
  task,
  resolutions,
  planYear,
  unitId,
  at,
  errorTarget,
  onOpen,
  actions,
  sub,
}: ReviewTaskCardProps) {
  const error = errorTarget?.taskKey === task.key ? errorTarget : null;
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (error) ref.current?.scrollIntoView({ behavior: 'smooth', block: 'center' });
  }, [error]);
  const id = `task-${task.key}`;
  const chipProps = { task, resolutions, errorName: error?.name ?? null, unitId, at, onOpen, actions };

  return (
    <Card
      ref={ref}
      size="small"
      className={`review-task${error ? ' review-task-error' : ''}${sub ? ' review-subtask' : ''}`}
      data-testid={`plan-task-row-${task.number}`}
      title={
        <span className="review-task-title">
          <label htmlFor={`${id}-number`}>{t(sub ? 'plans.review.subtask' : 'plans.review.task')}</label>
          <Input
            id={`${id}-number`}
            value={task.number}
            onChange={(e) => actions.updateTask(task.key, { number: e.target.value })}
            className="review-task-number"
            maxLength={20}
          />
        </span>
      }
      extra={
        <Popconfirm
          title={t('plans.review.removeTask', { number: task.number })}
          onConfirm={() => actions.removeTask(task.key)}
          okText={t('plans.review.removeOk')}
          cancelText={t('common.cancel')}
        >
          <Button
            size="small"
            type="text"
            danger
            icon={<DeleteOutlined />}
            aria-label={t('plans.review.removeTask', { number: task.number })}
          />
        </Popconfirm>
      }
    >
      <ReviewRow label={t('plans.field.content')} source={task.source.content} htmlFor={`${id}-content`}>
        <Input.TextArea
          id={`${id}-content`}
          value={task.content}
          onChange={(e) => actions.updateTask(task.key, { content: e.target.value })}
          autoSize={{ minRows: 2, maxRows: 10 }}
          status={task.content.trim() ? undefined : 'error'}
          maxLength={5000}
        />
      </ReviewRow>
      <ReviewRow label={assignmentRoleLabels.lead} source={task.source.lead}>
        <ChipList role="lead" {...chipProps} />
      </ReviewRow>
      <ReviewRow label={assignmentRoleLabels.partner} source={task.source.partners}>
        <ChipList role="partner" {...chipProps} />
      </ReviewRow>
      <ReviewRow label={t('plans.field.timeframe')} source={task.source.timeframe} htmlFor={`${id}-time`}>
        <Input
          id={`${id}-time`}
          value={task.timeframeText ?? ''}
          onChange={(e) => actions.updateTask(task.key, { timeframeText: e.target.value })}
          maxLength={300}
        />
        <TimeframeEditor
          value={task.timeframe}
          planYear={planYear}
          onChange={(timeframe) => actions.updateTask(task.key, { timeframe })}
        />
      </ReviewRow>
      {task.outputs || task.source.outputs ? (
        <ReviewRow label={t('plans.field.outputs')} source={task.source.outputs} htmlFor={`${id}-outputs`}>
          <Input.TextArea
            id={`${id}-outputs`}
            value={task.outputs ?? ''}
            onChange={(e) => actions.updateTask(task.key, { outputs: e.target.value })}
            autoSize={{ minRows: 1, maxRows: 6 }}
          />
        </ReviewRow>
      ) : null}
      {task.subtasks.map((subtask) => (
        <ReviewTaskCard
          key={subtask.key}
          {...{ resolutions, planYear, unitId, at, onOpen, actions, errorTarget }}
          task={subtask}
          sub
        />
      ))}
    </Card>
  );
});
