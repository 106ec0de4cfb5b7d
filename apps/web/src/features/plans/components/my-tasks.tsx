import { RightOutlined } from '@ant-design/icons';
import { assignmentRoleLabels, type MyTaskDto, type TaskState } from '@vte/contracts';
import { Alert, Button, Card, Empty, Result, Skeleton, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/page-header';
import { QueryError } from '../../../components/query-error';
import { formatDate, formatNumber } from '../../../lib/format';
import { t } from '../../../lib/i18n';
import type { IdPickerProps } from '../../../lib/types';
import { usePlan } from '../api/plans';
import { useMyTasks } from '../api/tasks';
import { planIssueLine } from './plan-format';
import { PlanStatusTag, TASK_STATE_HEX, TASK_STATE_ORDER, TaskStateTag } from './plan-tags';
import { PlansNav } from './plans-nav';
import { TaskDrawer } from './task-drawer';
import '../plans.css';
import '../plan-tasks.css';

export type AgencyPickerComponent = (props: IdPickerProps & { at?: string | null }) => ReactNode;

type MyTasksProps = {
  /** The user's own agency; without one, managers pick an agency to look at. */
  myAgency: { id: string; name: string } | null;
  canProgress: boolean;
  AgencyPicker?: AgencyPickerComponent;
};

type Section = { key: string; title: string; items: MyTaskDto[] };

/** Lead first, then partner, then each group the agency is reached through. */
function sections(items: MyTaskDto[]): Section[] {
  const direct = (role: 'lead' | 'partner') => items.filter((x) => x.role === role && !x.via);
  const vias = [...new Set(items.flatMap((x) => (x.via ? [x.via] : [])))];
  return [
    { key: 'lead', title: t('plans.my.lead'), items: direct('lead') },
    { key: 'partner', title: t('plans.my.partner'), items: direct('partner') },
    ...vias.map((via) => ({
      key: `via-${via}`,
      title: t('plans.my.viaGroup', { group: via }),
      items: items.filter((x) => x.via === via),
    })),
  ].filter((s) => s.items.length > 0);
}

function byPlan(items: MyTaskDto[]) {
  const plans = new Map<string, { id: string; title: string; items: MyTaskDto[] }>();
  for (const item of items) {
    const entry = plans.get(item.planId) ?? { id: item.planId, title: item.planTitle, items: [] };
    entry.items.push(item);
    plans.set(item.planId, entry);
  }
  return [...plans.values()];
}

/** The plan's heading: title, and its status and number (fetched once per plan, then cached). */
function PlanTitle({ id, title }: { id: string; title: string }) {
  const plan = usePlan(id);
  return (
    <span className="my-plan-title">
      <Link to={`/plans/${id}`}>{title}</Link>
      {plan.data ? (
        <span className="my-plan-meta">
          <PlanStatusTag status={plan.data.status} />
          <span className="muted">{planIssueLine(plan.data)}</span>
        </span>
      ) : null}
    </span>
  );
}

function TaskRow({ item, onOpen }: { item: MyTaskDto; onOpen: () => void }) {
  return (
    <li>
      <button type="button" className="my-task" onClick={onOpen} data-testid={`my-task-${item.task.number}`}>
        <span className="my-task-number">{item.task.number}</span>
        <span className="my-task-body">
          <span className="my-task-content">{item.task.content}</span>
          <span className="my-task-meta">
            <TaskStateTag state={item.state} />
            {item.via ? <Tag>{assignmentRoleLabels[item.role]}</Tag> : null}
            <span className="muted">
              {item.dueDate ? t('plans.my.due', { date: formatDate(item.dueDate) }) : t('plans.my.byPeriod')}
            </span>
          </span>
        </span>
        <RightOutlined className="my-task-caret" aria-hidden="true" />
      </button>
    </li>
  );
}

/** Nhiệm vụ của cơ quan: every task my agency leads, helps with, or is reached through a group. */
export function MyTasks({ myAgency, canProgress, AgencyPicker }: MyTasksProps) {
  const [params, setParams] = useSearchParams();
  const pickedAgency = params.get('agencyId');
  const agencyId = pickedAgency ?? myAgency?.id ?? undefined;
  // Only one's own agency reports progress; managers may look at others.
  const own = Boolean(myAgency) && agencyId === myAgency?.id;
  const planId = params.get('planId') ?? undefined;
  const all = useMyTasks({ agencyId: own ? undefined : agencyId, planId }, Boolean(agencyId));
  // The my-tasks DTO has no plan status: take it from the plans' details (cached, fetched once each).
  // Tasks of a draft plan are shown too (its card says "Dự thảo"): agencies prepare before issue.
  const visible = all.data;
  const tasks = { ...all, data: visible } as typeof all;
  const openId = params.get('task');
  const open = tasks.data?.find((x) => x.task.id === openId) ?? null;
  const set = (key: string, value: string | null) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      if (value) next.set(key, value);
      else next.delete(key);
      return next;
    });

  const counts = Object.fromEntries(TASK_STATE_ORDER.map((s) => [s, 0])) as Record<TaskState, number>;
  for (const item of tasks.data ?? []) counts[item.state]++;

  let body: ReactNode;
  if (!agencyId) {
    body = AgencyPicker ? (
      <Empty description={t('plans.my.pickAgency')} />
    ) : (
      <Result status="info" title={t('plans.my.noAgencyTitle')} subTitle={t('plans.my.noAgency')} />
    );
  } else if (tasks.isPending) body = <Skeleton active paragraph={{ rows: 6 }} />;
  else if (tasks.isError) body = <QueryError error={tasks.error} onRetry={() => void tasks.refetch()} />;
  else if (tasks.data.length === 0) body = <Empty description={t('plans.my.empty')} />;
  else
    body = byPlan(tasks.data).map((plan) => (
      <Card
        key={plan.id}
        className="my-plan"
        title={<PlanTitle id={plan.id} title={plan.title} />}
        size="small"
      >
        {sections(plan.items).map((section) => (
          <section key={section.key} className="my-section">
            <Typography.Title level={3} className="my-section-title">
              {section.title} <span className="muted">({formatNumber(section.items.length)})</span>
            </Typography.Title>
            <ul className="my-task-list">
              {section.items.map((item) => (
                <TaskRow key={item.task.id} item={item} onOpen={() => set('task', item.task.id)} />
              ))}
            </ul>
          </section>
        ))}
      </Card>
    ));

  return (
    <>
      <PageHeader
        title={t('plans.my.title')}
        subtitle={
          own && myAgency ? t('plans.my.subtitleOf', { agency: myAgency.name }) : t('plans.my.subtitle')
        }
      />
      <PlansNav active="my-tasks" />
      {AgencyPicker ? (
        <div className="filter-bar">
          <div className="filter-field filter-select-wide">
            <label className="filter-label" htmlFor="my-agency">
              {t('plans.my.agency')}
            </label>
            <AgencyPicker
              id="my-agency"
              value={agencyId ?? null}
              valueLabel={own ? myAgency?.name : undefined}
              allowClear={!myAgency}
              onChange={(id) => set('agencyId', id)}
              at={null}
              data-testid="my-agency"
            />
          </div>
        </div>
      ) : null}
      {tasks.data && tasks.data.length > 0 ? (
        <div className="tag-row my-counts" aria-label={t('plans.my.countsAria')}>
          {TASK_STATE_ORDER.map((state) => (
            <span key={state} className="my-count" style={{ borderColor: TASK_STATE_HEX[state] }}>
              <strong style={{ color: TASK_STATE_HEX[state] }}>{formatNumber(counts[state])}</strong>{' '}
              <TaskStateTag state={state} />
            </span>
          ))}
        </div>
      ) : null}
      {planId && tasks.data ? (
        <Alert
          type="info"
          showIcon
          className="my-filter"
          title={t('plans.my.filtered', { plan: tasks.data[0]?.planTitle ?? '' })}
          action={
            <Button size="small" onClick={() => set('planId', null)}>
              {t('plans.my.showAll')}
            </Button>
          }
        />
      ) : null}
      {body}
      {open ? (
        <TaskDrawer
          task={open.task}
          planId={open.planId}
          mine={{ role: open.role, via: open.via, state: open.state }}
          canProgress={canProgress && own}
          myAgency={own ? myAgency : null}
          showPlanLink
          onClose={() => set('task', null)}
        />
      ) : null}
    </>
  );
}
