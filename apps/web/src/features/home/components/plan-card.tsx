import { taskStateLabels, taskStates, type TaskState } from '@vte/contracts';
import { Card, Empty, Skeleton } from 'antd';
import { Link, useNavigate } from 'react-router';
import { Chart } from '../../../components/chart';
import { t } from '../../../lib/i18n';
import { useCurrentPlan, usePlanStates } from '../api/home';

const COLORS: Record<TaskState, string> = {
  done_on_time: '#389e0d',
  done_late: '#d4b106',
  in_progress: '#1677ff',
  overdue: '#cf1322',
};

/** The plan's tasks by state; a bar opens the plan's dashboard, the overdue list its tasks. */
export function PlanCard() {
  const plan = useCurrentPlan();
  const states = usePlanStates(plan.data?.id);
  const navigate = useNavigate();
  if (plan.isPending || (plan.data && states.isPending))
    return <Card title={t('dash.plan')}>{<Skeleton active />}</Card>;
  if (!plan.data || !states.data)
    return (
      <Card title={t('dash.plan')}>
        <Empty description={t('dash.noPlan')} />
      </Card>
    );
  const dash = `/plans/${plan.data.id}?tab=dashboard`;
  const overdue = states.data.tasks.filter((x) => x.state === 'overdue' && !x.parentId);
  return (
    <Card
      title={t('dash.plan')}
      extra={<Link to={dash}>{t('dash.openPlan')}</Link>}
      className="home-card"
      data-testid="home-plan"
    >
      <p className="home-card-sub">{plan.data.title}</p>
      <div data-testid="home-plan-chart">
        <Chart
          height={180}
          label={t('dash.plan')}
          onClick={() => void navigate(dash)}
          option={{
            tooltip: {},
            grid: { left: 150, right: 24, top: 8, bottom: 8 },
            xAxis: { type: 'value', minInterval: 1 },
            yAxis: { type: 'category', data: taskStates.map((s) => taskStateLabels[s]), inverse: true },
            series: [
              {
                type: 'bar',
                name: t('dash.count'),
                data: taskStates.map((s) => ({
                  value: states.data.counts[s],
                  itemStyle: { color: COLORS[s] },
                })),
                label: { show: true, position: 'right' },
              },
            ],
          }}
        />
      </div>
      <p className={overdue.length ? 'home-alert' : 'muted'} data-testid="home-overdue">
        {t('dash.overdue', { count: overdue.length })}
        {overdue.length ? ': ' : ''}
        {overdue.map((x, i) => (
          <span key={x.taskId}>
            {i ? ', ' : ''}
            <Link to={`/plans/${plan.data!.id}?task=${x.taskId}`}>{x.number}</Link>
          </span>
        ))}
      </p>
    </Card>
  );
}
