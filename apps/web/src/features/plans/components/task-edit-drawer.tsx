import { updateTaskInput, type PlanDto, type TaskDto, type Timeframe } from '@vte/contracts';
import { Alert, App, Button, Drawer, Form, Input, Space } from 'antd';
import { useState } from 'react';
import { isApiError } from '../../../lib/api-client';
import { errorMessage, parseForm, useApiErrorHandler } from '../../../lib/errors';
import { usePhone } from '../../../lib/hooks';
import { t } from '../../../lib/i18n';
import { useUpdateTask } from '../api/plan-edit';
import { AgencyResolver } from './agency-resolver';
import { refOf, type Resolution, type Usage } from './import-model';
import { AssigneeField, resolutionsOf } from './task-edit-chips';
import { TimeframeEditor } from './timeframe-editor';
import '../plan-import.css';

type Values = {
  number: string;
  content: string;
  lead: string[];
  partners: string[];
  timeframeText: string | null;
  timeframe: Timeframe | null;
  outputs: string | null;
  budget: string | null;
};
const FIELDS = [
  'number',
  'content',
  'lead',
  'partners',
  'timeframeText',
  'timeframe',
  'outputs',
  'budget',
] as const;
const NAME_CODES = new Set(['PLAN_UNRESOLVED_AGENCY', 'PLAN_AGENCY_INVALID']);

const initialValues = (task: TaskDto): Values => ({
  number: task.number,
  content: task.content,
  lead: [...new Set(task.assignments.filter((a) => a.role === 'lead').map((a) => a.writtenAs))],
  partners: [...new Set(task.assignments.filter((a) => a.role === 'partner').map((a) => a.writtenAs))],
  timeframeText: task.timeframeText,
  timeframe: task.timeframe,
  outputs: task.outputs,
  budget: task.budget,
});
const text = (v: string | null | undefined) => v?.trim() || null;
export const planDateOf = (plan: PlanDto) =>
  plan.issuedDate ?? (plan.issuedMonth ? `${plan.issuedMonth}-15` : `${plan.year}-01-01`);

function TimeframeField(props: {
  planYear: number;
  value?: Timeframe | null;
  onChange?: (v: Timeframe | null) => void;
}) {
  return (
    <TimeframeEditor
      planYear={props.planYear}
      value={props.value ?? null}
      onChange={(v) => props.onChange?.(v)}
    />
  );
}

type TaskEditDrawerProps = { plan: PlanDto; task: TaskDto | null; onClose: () => void };

/** Sửa nhiệm vụ: content, lead and partner agencies (resolved against the register) and the time frame. */
export function TaskEditDrawer({ plan, task, onClose }: TaskEditDrawerProps) {
  const phone = usePhone();
  return (
    <Drawer
      open={task !== null}
      onClose={onClose}
      title={task ? t('plans.edit.taskTitle', { number: task.number }) : ''}
      size={phone ? '100%' : 720}
      destroyOnHidden
      data-testid="task-edit-drawer"
    >
      {task ? <TaskEditForm key={task.id} plan={plan} task={task} onClose={onClose} /> : null}
    </Drawer>
  );
}

function TaskEditForm({ plan, task, onClose }: { plan: PlanDto; task: TaskDto; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const update = useUpdateTask(plan.id);
  const onError = useApiErrorHandler();
  const { message } = App.useApp();
  const [resolutions, setResolutions] = useState(() => resolutionsOf(task.assignments));
  const [resolving, setResolving] = useState<string | null>(null);
  const [errorName, setErrorName] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const at = planDateOf(plan);
  const resolve = (writtenAs: string, resolution: Resolution) =>
    setResolutions((r) => ({ ...r, [writtenAs]: resolution }));

  const submit = (values: Values) => {
    setProblem(null);
    setErrorName(null);
    const refs = (names: string[] = []) => names.map((name) => refOf(name, resolutions[name]));
    const input = {
      number: values.number.trim(),
      content: values.content.trim(),
      lead: refs(values.lead),
      partners: refs(values.partners),
      timeframeText: text(values.timeframeText),
      timeframe: values.timeframe ?? null,
      outputs: text(values.outputs),
      budget: text(values.budget),
    };
    const parsed = parseForm(form, updateTaskInput, input, FIELDS);
    if (!('data' in parsed)) {
      if (parsed.unmatched.length) setProblem(parsed.unmatched.join('; '));
      return;
    }
    update.mutate(
      { taskId: task.id, input: parsed.data },
      {
        onSuccess: () => {
          void message.success(t('plans.edit.taskSaved', { number: input.number }));
          onClose();
        },
        onError: (error) => {
          setProblem(errorMessage(error));
          if (isApiError(error) && NAME_CODES.has(error.code)) {
            const name = (error.details as { writtenAs?: unknown } | null)?.writtenAs;
            if (typeof name === 'string') {
              setErrorName(name);
              const field = values.lead.includes(name) ? 'lead' : 'partners';
              form.setFields([{ name: field, errors: [`«${name}»: ${errorMessage(error)}`] }]);
              return;
            }
          }
          onError(error, form, FIELDS, { PLAN_TASK_NO_LEAD: 'lead' });
        },
      },
    );
  };

  const usagesFor = (name: string): Usage[] => {
    const v = form.getFieldsValue(['lead', 'partners']) as Pick<Values, 'lead' | 'partners'>;
    return [
      ...(v.lead?.includes(name) ? [{ taskKey: task.id, number: task.number, role: 'lead' as const }] : []),
      ...(v.partners?.includes(name)
        ? [{ taskKey: task.id, number: task.number, role: 'partner' as const }]
        : []),
    ];
  };
  const chipProps = {
    resolutions,
    errorName,
    unitId: plan.unitId,
    at,
    onOpen: setResolving,
    onPick: (o: { kind: 'agency' | 'group'; id: string; name: string }) => {
      const current = resolutions[o.name];
      if (current && current.type === o.kind && current.id === o.id) return;
      resolve(o.name, { type: o.kind, id: o.id, name: o.name, how: 'picked' });
    },
  };

  return (
    <>
      {problem ? (
        <Alert type="error" showIcon title={problem} className="form-alert" data-testid="task-edit-error" />
      ) : null}
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={initialValues(task)}
        data-testid="task-edit-form"
      >
        <Form.Item name="number" label={t('plans.edit.taskNumber')}>
          <Input maxLength={20} style={{ width: 120 }} />
        </Form.Item>
        <Form.Item name="content" label={t('plans.field.content')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 10 }} maxLength={5000} />
        </Form.Item>
        <Form.Item name="lead" label={t('plans.edit.lead')}>
          <AssigneeField role="lead" {...chipProps} />
        </Form.Item>
        <Form.Item name="partners" label={t('plans.edit.partners')}>
          <AssigneeField role="partner" {...chipProps} />
        </Form.Item>
        <Form.Item name="timeframeText" label={t('plans.field.timeframe')}>
          <Input maxLength={300} data-testid="task-edit-timeframe-text" />
        </Form.Item>
        <Form.Item name="timeframe">
          <TimeframeField planYear={plan.year} />
        </Form.Item>
        <Form.Item name="outputs" label={t('plans.field.outputs')}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 6 }} maxLength={2000} />
        </Form.Item>
        <Form.Item name="budget" label={t('plans.field.budget')}>
          <Input maxLength={500} />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" loading={update.isPending} data-testid="task-edit-submit">
            {t('common.save')}
          </Button>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
        </Space>
      </Form>
      {resolving ? (
        <AgencyResolver
          writtenAs={resolving}
          resolution={resolutions[resolving]}
          candidates={[]}
          usages={usagesFor(resolving)}
          unitId={plan.unitId}
          at={at}
          onApply={(resolution) => {
            resolve(resolving, resolution);
            if (errorName === resolving) setErrorName(null);
          }}
          onClose={() => setResolving(null)}
        />
      ) : null}
    </>
  );
}
