import { CheckCircleOutlined, RollbackOutlined, StopOutlined, UndoOutlined } from '@ant-design/icons';
import type { PlanDto, PlanStatus } from '@vte/contracts';
import { App, Button } from 'antd';
import type { ReactNode } from 'react';
import { errorMessage } from '../../../lib/errors';
import { t, type MessageKey } from '../../../lib/i18n';
import { useSetPlanStatus } from '../api/plans';

type Action = {
  to: PlanStatus;
  label: MessageKey;
  confirm: MessageKey;
  done: MessageKey;
  icon: ReactNode;
  primary?: boolean;
};

/** The server's transitions: draft → issued → closed, with the way back for mistakes. */
const ACTIONS: Record<PlanStatus, Action[]> = {
  draft: [
    {
      to: 'issued',
      label: 'plans.status.issue',
      confirm: 'plans.status.issueConfirm',
      done: 'plans.status.issued',
      icon: <CheckCircleOutlined />,
      primary: true,
    },
  ],
  issued: [
    {
      to: 'closed',
      label: 'plans.status.close',
      confirm: 'plans.status.closeConfirm',
      done: 'plans.status.closed',
      icon: <StopOutlined />,
    },
    {
      to: 'draft',
      label: 'plans.status.toDraft',
      confirm: 'plans.status.toDraftConfirm',
      done: 'plans.status.drafted',
      icon: <RollbackOutlined />,
    },
  ],
  closed: [
    {
      to: 'issued',
      label: 'plans.status.reopen',
      confirm: 'plans.status.reopenConfirm',
      done: 'plans.status.reopened',
      icon: <UndoOutlined />,
    },
  ],
};

export function PlanStatusActions({ plan }: { plan: PlanDto }) {
  const setStatus = useSetPlanStatus();
  const { modal, message } = App.useApp();
  return (
    <>
      {ACTIONS[plan.status].map((action) => (
        <Button
          key={action.to}
          type={action.primary ? 'primary' : 'default'}
          icon={action.icon}
          loading={setStatus.isPending && setStatus.variables?.status === action.to}
          data-testid={`plan-status-${action.to}`}
          onClick={() =>
            modal.confirm({
              title: t(action.label),
              content: t(action.confirm),
              okText: t(action.label),
              cancelText: t('common.cancel'),
              onOk: () =>
                setStatus.mutateAsync({ id: plan.id, status: action.to }).then(
                  () => void message.success(t(action.done)),
                  (error: unknown) => void message.error(errorMessage(error)),
                ),
            })
          }
        >
          {t(action.label)}
        </Button>
      ))}
    </>
  );
}
