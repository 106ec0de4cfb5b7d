import { ArrowLeftOutlined, FileExcelOutlined, FileWordOutlined } from '@ant-design/icons';
import { Button, Card, Result, Tabs } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/page-header';
import { PageSkeleton } from '../../../components/page-skeleton';
import { QueryError } from '../../../components/query-error';
import { isApiError } from '../../../lib/api-client';
import { t } from '../../../lib/i18n';
import { planDocxUrl, planMatrixXlsxUrl, usePlan } from '../api/plans';
import { useMyTasks } from '../api/tasks';
import { PlanDashboard } from './plan-dashboard';
import { PlanDocument } from './plan-document';
import { PlanEditDrawer } from './plan-edit-drawer';
import { planIssueLine } from './plan-format';
import { PlanMatrix } from './plan-matrix';
import { PlanStatusActions } from './plan-status-actions';
import { PlanStatusTag } from './plan-tags';
import { ReminderLog } from './reminder-log';
import { TaskDrawer } from './task-drawer';
import { TaskEditDrawer } from './task-edit-drawer';
import '../plans.css';
import '../plan-document.css';

const TABS = ['document', 'matrix', 'dashboard', 'reminders'] as const;
type Tab = (typeof TABS)[number];

type PlanPageProps = {
  planId: string;
  canManage: boolean;
  canRemind: boolean;
  canProgress: boolean;
  myAgency: { id: string; name: string } | null;
};

/** One plan: the document, who does what, how it is going, and the reminders sent. */
export function PlanPage({ planId, canManage, canRemind, canProgress, myAgency }: PlanPageProps) {
  const plan = usePlan(planId);
  const [params, setParams] = useSearchParams();
  const requested = params.get('tab') as Tab | null;
  const tab: Tab = requested && TABS.includes(requested) ? requested : 'document';
  const openTaskId = params.get('task');
  const navigate = useNavigate();
  const mine = useMyTasks({ planId, agencyId: myAgency?.id }, Boolean(myAgency));
  const [editingPlan, setEditingPlan] = useState(false);
  const [editTaskId, setEditTaskId] = useState<string | null>(null);

  const setParam = (key: string, value: string | null) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: key === 'task' ? false : true },
    );

  if (plan.isPending) return <PageSkeleton />;
  if (plan.isError) {
    if (isApiError(plan.error) && (plan.error.status === 404 || plan.error.code === 'VALIDATION')) {
      return (
        <Result
          status="404"
          title={t('plans.notFound')}
          extra={
            <Button type="primary" onClick={() => void navigate('/plans')}>
              {t('plans.backToList')}
            </Button>
          }
        />
      );
    }
    return <QueryError error={plan.error} onRetry={() => void plan.refetch()} />;
  }
  const data = plan.data;
  const openTask = data.tasks.find((task) => task.id === openTaskId) ?? null;
  const myPart = mine.data?.find((x) => x.task.id === openTask?.id);
  const onOpenTask = (taskId: string) => setParam('task', taskId);
  // Focal officers edit a saved plan until it is closed.
  const canEdit = canManage && data.status !== 'closed';
  const editTask = data.tasks.find((task) => task.id === editTaskId) ?? null;

  return (
    <>
      <Link to="/plans" className="back-link no-print">
        <ArrowLeftOutlined /> {t('plans.backToList')}
      </Link>
      <PageHeader
        title={data.title}
        subtitle={
          <span className="plan-subtitle">
            <PlanStatusTag status={data.status} />
            {[
              data.issuerName,
              planIssueLine(data),
              t('plans.taskCount', { count: data.tasks.filter((x) => !x.parentId).length }),
            ]
              .filter(Boolean)
              .join(' · ')}
          </span>
        }
        extra={
          <div className="page-actions no-print">
            <Button
              icon={<FileWordOutlined />}
              href={planDocxUrl(data.id)}
              download
              data-testid="plan-download-docx"
            >
              {t('plans.download.docx')}
            </Button>
            <Button icon={<FileExcelOutlined />} href={planMatrixXlsxUrl(data.id)} download>
              {t('plans.download.xlsx')}
            </Button>
            {canManage ? <PlanStatusActions plan={data} /> : null}
          </div>
        }
      />
      <Card className="plan-tabs-card">
        <Tabs
          activeKey={tab}
          onChange={(key) => setParam('tab', key === 'document' ? null : key)}
          destroyOnHidden
          items={[
            {
              key: 'document',
              label: <span data-testid="plan-tab-document">{t('plans.tab.document')}</span>,
              children: (
                <PlanDocument
                  plan={data}
                  onOpenTask={(task) => onOpenTask(task.id)}
                  onEditTask={canEdit ? (task) => setEditTaskId(task.id) : undefined}
                  onEditPlan={canEdit ? () => setEditingPlan(true) : undefined}
                />
              ),
            },
            {
              key: 'matrix',
              label: <span data-testid="plan-tab-matrix">{t('plans.tab.matrix')}</span>,
              children: <PlanMatrix planId={data.id} />,
            },
            {
              key: 'dashboard',
              label: <span data-testid="plan-tab-dashboard">{t('plans.tab.dashboard')}</span>,
              children: <PlanDashboard plan={data} canRemind={canRemind} onOpenTask={onOpenTask} />,
            },
            {
              key: 'reminders',
              label: <span data-testid="plan-tab-reminders">{t('plans.tab.reminders')}</span>,
              children: <ReminderLog planId={data.id} />,
            },
          ]}
        />
      </Card>
      <TaskDrawer
        task={openTask}
        planId={data.id}
        mine={myPart ? { role: myPart.role, via: myPart.via, state: myPart.state } : null}
        canProgress={canProgress}
        myAgency={myAgency}
        onEdit={canEdit && openTask ? () => setEditTaskId(openTask.id) : undefined}
        onClose={() => setParam('task', null)}
      />
      {canEdit ? (
        <>
          <PlanEditDrawer plan={data} open={editingPlan} onClose={() => setEditingPlan(false)} />
          <TaskEditDrawer plan={data} task={editTask} onClose={() => setEditTaskId(null)} />
        </>
      ) : null}
    </>
  );
}
