import {
  createPeriodInput,
  periodKindLabels,
  periodKinds,
  updatePeriodInput,
  type PeriodDto,
  type PeriodKind,
} from '@vte/contracts';
import { Alert, App, DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { isApiError } from '../../../lib/api-client';
import { errorMessage, parseForm, useApiErrorHandler } from '../../../lib/errors';
import { DATE_FORMAT, fromDayjs, toDayjs } from '../../../lib/format';
import { usePhone } from '../../../lib/hooks';
import { t } from '../../../lib/i18n';
import { issueText } from '../lib/issues';
import { useCreatePeriod, usePlanOptions, useUpdatePeriod } from '../api/periods';

type Values = {
  planId?: string;
  kind?: PeriodKind;
  label?: string;
  year?: number;
  cutoffFrom?: Dayjs | null;
  cutoffTo?: Dayjs | null;
  dueDate?: Dayjs | null;
  expiresOn?: Dayjs | null;
  reopenedUntil?: Dayjs | null;
};
const FIELDS = [
  'planId',
  'kind',
  'label',
  'year',
  'cutoffFrom',
  'cutoffTo',
  'dueDate',
  'expiresOn',
  'reopenedUntil',
];
const kindOptions = periodKinds.map((kind) => ({ value: kind, label: periodKindLabels[kind] }));

type PeriodFormModalProps = {
  /** Absent: a new period. */
  period?: PeriodDto;
  /** Open on the reopening field (a locked period). */
  reopen?: boolean;
  onClose: () => void;
};

/** Thêm kỳ báo cáo, or change a period's dates and reopen it after expiry. */
export function PeriodFormModal({ period, reopen, onClose }: PeriodFormModalProps) {
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<string | null>(null);
  const create = useCreatePeriod();
  const update = useUpdatePeriod();
  const plans = usePlanOptions(!period);
  const onError = useApiErrorHandler();
  const { message } = App.useApp();
  const phone = usePhone();

  const submit = (values: Values) => {
    setProblem(null);
    const dates = {
      cutoffFrom: fromDayjs(values.cutoffFrom),
      cutoffTo: fromDayjs(values.cutoffTo),
      dueDate: fromDayjs(values.dueDate),
      expiresOn: fromDayjs(values.expiresOn) ?? null,
    };
    const failed = (error: unknown) => {
      if (isApiError(error) && error.code === 'REPORT_PERIOD_DATES')
        setProblem(issueText(error, errorMessage(error)));
      else onError(error, form, FIELDS);
    };
    const done = () => {
      void message.success(period ? t('reports.periodForm.saved') : t('reports.periodForm.created'));
      onClose();
    };
    if (period) {
      const body = {
        label: values.label?.trim(),
        ...dates,
        reopenedUntil: fromDayjs(values.reopenedUntil) ?? null,
      };
      const parsed = parseForm(form, updatePeriodInput, body, FIELDS);
      if (!('data' in parsed)) return setProblem(parsed.unmatched.join('; ') || null);
      update.mutate({ id: period.id, body: parsed.data }, { onSuccess: done, onError: failed });
      return;
    }
    const body = {
      planId: values.planId,
      kind: values.kind,
      label: values.label?.trim() || null,
      year: values.year,
      ...dates,
    };
    const parsed = parseForm(form, createPeriodInput, body, FIELDS);
    if (!('data' in parsed)) return setProblem(parsed.unmatched.join('; ') || null);
    create.mutate(parsed.data, { onSuccess: done, onError: failed });
  };

  const date = (name: keyof Values, label: string, extra?: string, required = true) => (
    <Form.Item
      name={name}
      label={label}
      extra={extra}
      rules={required ? [{ required: true, message: t('form.required') }] : undefined}
    >
      <DatePicker format={DATE_FORMAT} placeholder={t('reports.datePlaceholder')} style={{ width: '100%' }} />
    </Form.Item>
  );

  return (
    <Modal
      open
      title={
        period
          ? t('reports.periodForm.editTitle', { label: period.label })
          : t('reports.periodForm.createTitle')
      }
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending || update.isPending}
      width={phone ? '100%' : 600}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={
          period
            ? {
                label: period.label,
                cutoffFrom: toDayjs(period.cutoffFrom),
                cutoffTo: toDayjs(period.cutoffTo),
                dueDate: toDayjs(period.dueDate),
                expiresOn: toDayjs(period.expiresOn),
                reopenedUntil: toDayjs(period.reopenedUntil),
              }
            : { kind: 'six_month', year: new Date().getFullYear() }
        }
      >
        {!period ? (
          <>
            <Form.Item
              name="planId"
              label={t('reports.periodForm.plan')}
              rules={[{ required: true, message: t('form.required') }]}
            >
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                loading={plans.isPending}
                options={(plans.data ?? []).map((plan) => ({
                  value: plan.id,
                  label: `${plan.title} (${plan.year})`,
                }))}
                notFoundContent={t('reports.periodForm.noPlans')}
              />
            </Form.Item>
            <div className="form-row">
              <Form.Item
                name="kind"
                label={t('reports.periodForm.kind')}
                rules={[{ required: true, message: t('form.required') }]}
              >
                <Select options={kindOptions} />
              </Form.Item>
              <Form.Item
                name="year"
                label={t('reports.periodForm.year')}
                rules={[{ required: true, message: t('form.required') }]}
              >
                <InputNumber min={2000} max={2100} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </div>
          </>
        ) : null}
        <Form.Item
          name="label"
          label={t('reports.periodForm.label')}
          extra={period ? undefined : t('reports.periodForm.labelHelp')}
        >
          <Input maxLength={200} />
        </Form.Item>
        <div className="form-row">
          {date('cutoffFrom', t('reports.periodForm.cutoffFrom'))}
          {date('cutoffTo', t('reports.periodForm.cutoffTo'))}
        </div>
        <div className="form-row">
          {date('dueDate', t('reports.periodForm.dueDate'))}
          {date('expiresOn', t('reports.periodForm.expiresOn'), t('reports.periodForm.expiresHelp'), false)}
        </div>
        {period ? (
          <div className={reopen ? 'highlight-field' : undefined}>
            {date(
              'reopenedUntil',
              t('reports.periodForm.reopenedUntil'),
              t('reports.periodForm.reopenHelp'),
              false,
            )}
          </div>
        ) : null}
      </Form>
      {problem ? <Alert type="error" showIcon title={problem} /> : null}
    </Modal>
  );
}
