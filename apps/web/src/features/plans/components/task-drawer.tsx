import { EditOutlined, TeamOutlined } from '@ant-design/icons';
import { assignmentRoleLabels, type AssignmentRole, type TaskDto, type TaskState } from '@vte/contracts';
import { Alert, Button, Descriptions, Drawer, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { formatDate } from '../../../lib/format';
import { usePhone } from '../../../lib/hooks';
import { t } from '../../../lib/i18n';
import { usePlan } from '../api/plans';
import { describeTimeframe } from './plan-format';
import { TaskStateTag } from './plan-tags';
import { ProgressForm } from './progress-form';
import { ProgressHistory } from './progress-history';
import '../plan-tasks.css';

export type MyPart = { role: AssignmentRole; via: string | null; state: TaskState };

type TaskDrawerProps = {
  task: TaskDto | null;
  planId: string;
  /** How my agency is involved (from "my tasks"); posting needs it. */
  mine?: MyPart | null;
  canProgress: boolean;
  myAgency: { id: string; name: string } | null;
  showPlanLink?: boolean;
  /** For managers while the plan is open: edit the task (content, agencies, time frame). */
  onEdit?: () => void;
  onClose: () => void;
};

function Assigned({ task, role }: { task: TaskDto; role: AssignmentRole }) {
  const list = task.assignments.filter((a) => a.role === role);
  if (list.length === 0) return <span className="muted">—</span>;
  return (
    <ul className="plain-list">
      {list.map((a, i) => (
        <li key={`${a.name}-${i}`}>
          {a.groupId ? <TeamOutlined aria-label={t('plans.chip.group')} /> : null} {a.name}
          {a.writtenAs !== a.name ? (
            <span className="muted"> ({t('plans.chip.writtenAs', { text: a.writtenAs })})</span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** One task: what it asks, who leads and helps, the progress so far and — for my agency — a new update. */
export function TaskDrawer({
  task,
  planId,
  mine,
  canProgress,
  myAgency,
  showPlanLink,
  onEdit,
  onClose,
}: TaskDrawerProps) {
  const phone = usePhone();
  const plan = usePlan(task ? planId : null);
  const names = new Map<string, string>(
    (task?.assignments ?? []).flatMap((a) => (a.agencyId ? [[a.agencyId, a.name] as [string, string]] : [])),
  );
  if (myAgency) names.set(myAgency.id, myAgency.name);
  const closed = plan.data?.status === 'closed';
  const canPost = Boolean(canProgress && mine && myAgency && plan.data && !closed);

  return (
    <Drawer
      open={task !== null}
      onClose={onClose}
      size={phone ? '100%' : 720}
      title={task ? t('plans.review.taskN', { number: task.number }) : ''}
      destroyOnHidden
      data-testid="task-drawer"
      extra={
        onEdit ? (
          <Button icon={<EditOutlined />} onClick={onEdit} data-testid="task-drawer-edit">
            {t('plans.edit.task')}
          </Button>
        ) : null
      }
    >
      {task ? (
        <>
          {showPlanLink && plan.data ? (
            <Typography.Paragraph type="secondary">
              <Link to={`/plans/${planId}`}>{plan.data.title}</Link>
            </Typography.Paragraph>
          ) : null}
          {mine ? (
            <div className="tag-row drawer-tags">
              <Tag color={mine.role === 'lead' ? 'geekblue' : 'default'}>
                {mine.via ? t('plans.my.viaGroup', { group: mine.via }) : assignmentRoleLabels[mine.role]}
              </Tag>
              <TaskStateTag state={mine.state} />
            </div>
          ) : null}
          <Typography.Paragraph className="task-content">{task.content}</Typography.Paragraph>
          <Descriptions
            size="small"
            column={1}
            bordered
            className="drawer-facts"
            items={[
              {
                key: 'lead',
                label: assignmentRoleLabels.lead,
                children: <Assigned task={task} role="lead" />,
              },
              {
                key: 'partner',
                label: assignmentRoleLabels.partner,
                children: <Assigned task={task} role="partner" />,
              },
              {
                key: 'time',
                label: t('plans.field.timeframe'),
                children: (
                  <div className="cell-stack">
                    <span>{task.timeframeText ?? '—'}</span>
                    <small className="muted">{describeTimeframe(task.timeframe)}</small>
                  </div>
                ),
              },
              {
                key: 'due',
                label: t('plans.field.due'),
                children: task.dueDate ? formatDate(task.dueDate) : t('plans.my.byPeriod'),
              },
            ]}
          />
          <Typography.Title level={3} className="section-title">
            {t('plans.progress.history')}
          </Typography.Title>
          <ProgressHistory
            taskId={task.id}
            names={names}
            myAgencyId={myAgency?.id ?? null}
            canAttach={canPost}
          />
          {canPost && plan.data ? (
            <>
              <Typography.Title level={3} className="section-title">
                {t('plans.progress.new')}
              </Typography.Title>
              <ProgressForm task={task} plan={plan.data} />
            </>
          ) : closed && mine ? (
            <Alert type="info" showIcon title={t('plans.progress.closed')} />
          ) : null}
        </>
      ) : null}
    </Drawer>
  );
}
