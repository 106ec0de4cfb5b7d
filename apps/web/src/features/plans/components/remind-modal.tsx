import { taskStateLabels, type PlanDto, type TaskState } from '@vte/contracts';
import { Alert, App, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { isApiError } from '../../../lib/api-client';
import { errorMessage } from '../../../lib/errors';
import { usePhone } from '../../../lib/hooks';
import { t } from '../../../lib/i18n';
import { useRemind } from '../api/reminders';

export type RemindTarget = {
  agencyId: string;
  agencyName: string;
  tasks: { taskId: string; number: string; state: TaskState }[];
};

type Values = { taskId?: string; message: string };

function defaultMessage(plan: PlanDto, target: RemindTarget, taskId: string | undefined): string {
  const task = target.tasks.find((x) => x.taskId === taskId);
  if (task)
    return t('plans.remind.defaultOne', {
      agency: target.agencyName,
      number: task.number,
      title: plan.title,
    });
  const overdue = target.tasks.filter((x) => x.state === 'overdue').map((x) => x.number);
  const base = t('plans.remind.defaultAll', { agency: target.agencyName, title: plan.title });
  return overdue.length
    ? `${base} ${t('plans.remind.defaultOverdue', { numbers: overdue.join(', ') })}`
    : base;
}

/** Nhắc việc: a message to one agency's users (in-app notice and e-mail), optionally about one task. */
export function RemindModal({
  plan,
  target,
  onClose,
}: {
  plan: PlanDto;
  target: RemindTarget;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const [touched, setTouched] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const remind = useRemind(plan.id);
  const { message } = App.useApp();
  const phone = usePhone();

  const submit = (values: Values) => {
    setProblem(null);
    remind.mutate(
      { agencyIds: [target.agencyId], taskId: values.taskId, message: values.message.trim() },
      {
        onSuccess: ({ recipients }) => {
          if (recipients > 0)
            void message.success(t('plans.remind.sent', { count: recipients, agency: target.agencyName }));
          else void message.warning(t('plans.remind.noRecipients', { agency: target.agencyName }));
          onClose();
        },
        onError: (error) =>
          setProblem(
            isApiError(error) && error.code === 'ROUTE_NOT_FOUND'
              ? t('plans.remind.unavailable')
              : errorMessage(error),
          ),
      },
    );
  };

  return (
    <Modal
      open
      title={t('plans.remind.title', { agency: target.agencyName })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('plans.remind.send')}
      cancelText={t('common.cancel')}
      confirmLoading={remind.isPending}
      width={phone ? '100%' : 560}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'remind-send' }}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ taskId: undefined, message: defaultMessage(plan, target, undefined) }}
        onValuesChange={(changed: Partial<Values>) => {
          if ('message' in changed) setTouched(true);
          else if ('taskId' in changed && !touched)
            form.setFieldValue('message', defaultMessage(plan, target, changed.taskId));
        }}
      >
        <Form.Item name="taskId" label={t('plans.remind.task')}>
          <Select
            allowClear
            placeholder={t('plans.remind.allTasks')}
            options={target.tasks.map((x) => ({
              value: x.taskId,
              label: `${t('plans.review.taskN', { number: x.number })} — ${taskStateLabels[x.state]}`,
            }))}
          />
        </Form.Item>
        <Form.Item
          name="message"
          label={t('plans.remind.message')}
          rules={[{ required: true, whitespace: true, message: t('form.required') }]}
          extra={t('plans.remind.help')}
        >
          <Input.TextArea
            autoSize={{ minRows: 4, maxRows: 10 }}
            maxLength={2000}
            showCount
            data-testid="remind-message"
          />
        </Form.Item>
      </Form>
      {problem ? <Alert type="error" showIcon title={problem} /> : null}
    </Modal>
  );
}
