import { BellOutlined } from '@ant-design/icons';
import {
  assignmentRoleLabels,
  stateRollupRule,
  taskStateLabels,
  type DashboardDto,
  type PlanDto,
  type TaskState,
} from '@vte/contracts';
import { Alert, Button, DatePicker, Modal, Skeleton, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { QueryError } from '../../../components/query-error';
import { DATE_FORMAT, formatDate, formatNumber, fromDayjs, toDayjs, todayIso } from '../../../lib/format';
import { usePhone } from '../../../lib/hooks';
import { t } from '../../../lib/i18n';
import { usePlanDashboard } from '../api/plans';
import { TASK_STATE_HEX, TASK_STATE_ORDER, TaskStateTag } from './plan-tags';
import { RemindModal, type RemindTarget } from './remind-modal';

type AgencyRow = DashboardDto['agencies'][number];
type DrillTask = { taskId: string; number: string; state: TaskState; role?: 'lead' | 'partner' };
type Drill = { title: string; tasks: DrillTask[] };

const numberOrder = new Intl.Collator('vi', { numeric: true });
/** Tasks in document order ("2" before "10", "1.2" after "1"). */
const byNumber = <T extends { number: string }>(list: T[]): T[] =>
  [...list].sort((a, b) => numberOrder.compare(a.number, b.number));

type PlanDashboardProps = {
  plan: PlanDto;
  canRemind: boolean;
  onOpenTask: (taskId: string) => void;
};

/** Tình hình thực hiện as of a date: the plan's tasks by state, each agency's tasks, drill-down to the tasks. */
export function PlanDashboard({ plan, canRemind, onOpenTask }: PlanDashboardProps) {
  const [at, setAt] = useState<string | undefined>(undefined);
  const [drill, setDrill] = useState<Drill | null>(null);
  const [remind, setRemind] = useState<RemindTarget | null>(null);
  const dashboard = usePlanDashboard(plan.id, at);
  const phone = usePhone();

  if (dashboard.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (dashboard.isError)
    return <QueryError error={dashboard.error} onRetry={() => void dashboard.refetch()} />;
  const data = dashboard.data;
  const topTasks = data.tasks.filter((task) => !task.parentId);
  const total = topTasks.length;
  const contentOf = new Map(plan.tasks.map((task) => [task.id, task.content]));

  const openPlanState = (state: TaskState) =>
    setDrill({
      title: t('plans.dash.drillPlan', { state: taskStateLabels[state] }),
      tasks: byNumber(topTasks.filter((task) => task.state === state)),
    });
  const countButton = (row: AgencyRow, state: TaskState) => {
    const count = row.counts[state];
    if (!count) return <span className="muted">0</span>;
    return (
      <Button
        type="link"
        size="small"
        style={{ color: TASK_STATE_HEX[state] }}
        onClick={() =>
          setDrill({
            title: t('plans.dash.drillAgency', { agency: row.name, state: taskStateLabels[state] }),
            tasks: byNumber(row.tasks.filter((task) => task.state === state)),
          })
        }
        aria-label={t('plans.dash.countAria', { count, state: taskStateLabels[state], agency: row.name })}
      >
        {formatNumber(count)}
      </Button>
    );
  };

  const columns: TableColumnsType<AgencyRow> = [
    { title: t('plans.dash.agency'), dataIndex: 'name', fixed: 'left', width: 240 },
    ...TASK_STATE_ORDER.map((state) => ({
      key: state,
      title: <span style={{ color: TASK_STATE_HEX[state] }}>{taskStateLabels[state]}</span>,
      align: 'center' as const,
      width: 124,
      sorter: (a: AgencyRow, b: AgencyRow) => a.counts[state] - b.counts[state],
      render: (_v: unknown, row: AgencyRow) => countButton(row, state),
    })),
    {
      title: t('plans.dash.total'),
      key: 'total',
      align: 'center',
      width: 80,
      render: (_v, row) => formatNumber(row.tasks.length),
    },
  ];
  const remindButton = (row: AgencyRow) => (
    <Button
      size="small"
      icon={<BellOutlined />}
      onClick={() => setRemind({ agencyId: row.agencyId, agencyName: row.name, tasks: byNumber(row.tasks) })}
      data-testid="plan-remind"
      aria-label={t('plans.remind.title', { agency: row.name })}
    >
      {t('plans.remind.button')}
    </Button>
  );
  if (canRemind) {
    columns.push({
      title: <span className="sr-only">{t('common.actions')}</span>,
      key: 'remind',
      width: 130,
      fixed: 'right',
      render: (_v, row) => remindButton(row),
    });
  }

  return (
    <div className="plan-dashboard">
      <div className="tab-toolbar">
        <div className="filter-field">
          <label className="filter-label" htmlFor="dash-at">
            {t('plans.dash.at')}
          </label>
          <DatePicker
            id="dash-at"
            value={toDayjs(at ?? data.at)}
            onChange={(day) => setAt(fromDayjs(day) ?? undefined)}
            format={DATE_FORMAT}
            allowClear={false}
            data-testid="dash-at"
          />
        </div>
        {at && at !== todayIso() ? (
          <Button type="link" onClick={() => setAt(undefined)}>
            {t('plans.dash.today')}
          </Button>
        ) : null}
      </div>
      <Typography.Title level={3} className="section-title">
        {t('plans.dash.planHeading', { count: total, date: formatDate(data.at) })}
      </Typography.Title>
      <StateSummary counts={data.counts} total={total} onOpen={openPlanState} />
      <Alert
        type="info"
        showIcon
        title={t('plans.dash.ruleTitle')}
        description={stateRollupRule}
        className="dash-rule"
      />
      <Typography.Title level={3} className="section-title">
        {t('plans.dash.byAgency')}
      </Typography.Title>
      {phone ? (
        <ul className="dash-agency-list" data-testid="dash-agencies">
          {data.agencies.map((row) => (
            <li key={row.agencyId}>
              <div className="dash-agency-head">
                <strong>{row.name}</strong>
                {canRemind ? remindButton(row) : null}
              </div>
              <div className="dash-agency-counts">
                {TASK_STATE_ORDER.map((state) => (
                  <span
                    key={state}
                    title={taskStateLabels[state]}
                    style={{ borderColor: TASK_STATE_HEX[state] }}
                  >
                    {countButton(row, state)}
                  </span>
                ))}
              </div>
            </li>
          ))}
          {data.agencies.length === 0 ? <li className="muted">{t('plans.dash.noAgencies')}</li> : null}
        </ul>
      ) : (
        <Table<AgencyRow>
          rowKey="agencyId"
          size="small"
          columns={columns}
          dataSource={data.agencies}
          pagination={false}
          scroll={{ x: 'max-content' }}
          loading={dashboard.isFetching}
          locale={{ emptyText: t('plans.dash.noAgencies') }}
          data-testid="dash-agencies"
        />
      )}
      <Modal
        open={drill !== null}
        title={drill?.title}
        onCancel={() => setDrill(null)}
        footer={null}
        width={phone ? '100%' : 680}
        destroyOnHidden
      >
        {drill?.tasks.length === 0 ? <p className="muted">{t('plans.dash.drillEmpty')}</p> : null}
        <ul className="drill-list" data-testid="dash-drill">
          {drill?.tasks.map((task) => (
            <li key={`${task.taskId}-${task.role ?? ''}`}>
              <button
                type="button"
                className="drill-item"
                onClick={() => {
                  setDrill(null);
                  onOpenTask(task.taskId);
                }}
              >
                <strong>{t('plans.review.taskN', { number: task.number })}</strong>
                {task.role ? <span className="muted"> · {assignmentRoleLabels[task.role]}</span> : null}
                <TaskStateTag state={task.state} />
                <span className="drill-content">{contentOf.get(task.taskId)}</span>
              </button>
            </li>
          ))}
        </ul>
      </Modal>
      {remind ? <RemindModal plan={plan} target={remind} onClose={() => setRemind(null)} /> : null}
    </div>
  );
}

/** The plan's tasks counted by state: a card per state (opening its list) and a proportional bar. */
function StateSummary({
  counts,
  total,
  onOpen,
}: {
  counts: Record<TaskState, number>;
  total: number;
  onOpen: (state: TaskState) => void;
}) {
  return (
    <>
      <div className="state-cards">
        {TASK_STATE_ORDER.map((state) => (
          <button
            type="button"
            key={state}
            className="state-card"
            style={{ borderTopColor: TASK_STATE_HEX[state] }}
            onClick={() => onOpen(state)}
            data-testid={`dash-count-${state}`}
          >
            <span className="state-card-count" style={{ color: TASK_STATE_HEX[state] }}>
              {formatNumber(counts[state])}
            </span>
            <span className="state-card-label">{taskStateLabels[state]}</span>
          </button>
        ))}
      </div>
      {total > 0 ? (
        <div
          className="state-bar"
          role="img"
          aria-label={TASK_STATE_ORDER.map((s) => `${taskStateLabels[s]}: ${counts[s]}`).join(', ')}
        >
          {TASK_STATE_ORDER.map((state) =>
            counts[state] ? (
              <span key={state} style={{ flexGrow: counts[state], background: TASK_STATE_HEX[state] }} />
            ) : null,
          )}
        </div>
      ) : null}
    </>
  );
}
