import { updatePlanInput, type PlanDto, type UpdatePlanInput } from '@vte/contracts';
import { Alert, App, Button, DatePicker, Drawer, Form, Input, InputNumber, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { errorMessage, parseForm, useApiErrorHandler } from '../../../lib/errors';
import { DATE_FORMAT, fromDayjs, toDayjs } from '../../../lib/format';
import { usePhone } from '../../../lib/hooks';
import { t } from '../../../lib/i18n';
import { useUpdatePlan } from '../api/plan-edit';
import { usePlans } from '../api/plans';
import { OrganisationField, ReportingField, TextListField } from './plan-edit-lists';
import '../plan-import.css';

type Values = Required<UpdatePlanInput>;
const FIELDS = [
  'issuerName',
  'number',
  'place',
  'issuedDate',
  'issuedMonth',
  'year',
  'title',
  'bases',
  'purpose',
  'requirements',
  'funding',
  'organisation',
  'reporting',
  'recipients',
  'parentPlanId',
] as const;

const initialValues = (plan: PlanDto): Values => ({
  issuerAgencyId: plan.issuerAgencyId,
  issuerName: plan.issuerName,
  number: plan.number,
  place: plan.place,
  issuedDate: plan.issuedDate,
  issuedMonth: plan.issuedMonth,
  year: plan.year,
  title: plan.title,
  bases: plan.bases,
  purpose: plan.purpose,
  requirements: plan.requirements,
  funding: plan.funding,
  organisation: plan.organisation,
  reporting: plan.reporting.map((r) => ({
    ...r,
    dueRule: (['before', 'by', 'on', 'rule'] as const).find((x) => x === r.dueRule) ?? 'before',
  })),
  recipients: plan.recipients,
  parentPlanId: plan.parentPlanId,
});

const text = (v: string | null | undefined) => v?.trim() || null;
const clean = (list: string[] | undefined) => (list ?? []).map((x) => x.trim()).filter(Boolean);

/** Empty inputs become null and blank list rows are dropped before the contract checks the rest. */
function payload(v: Values): Values {
  return {
    ...v,
    issuerName: v.issuerName?.trim() ?? '',
    title: v.title?.trim() ?? '',
    number: text(v.number),
    place: text(v.place),
    purpose: text(v.purpose),
    funding: text(v.funding),
    issuedDate: v.issuedDate ?? null,
    issuedMonth: v.issuedDate ? null : (v.issuedMonth ?? null),
    parentPlanId: v.parentPlanId ?? null,
    bases: clean(v.bases),
    requirements: clean(v.requirements),
    recipients: clean(v.recipients),
    organisation: (v.organisation ?? [])
      .map((o) => ({ agency: text(o.agency), responsibilities: o.responsibilities.trim() }))
      .filter((o) => o.agency || o.responsibilities),
    reporting: (v.reporting ?? []).filter((r) => r.period.trim() || r.due),
  };
}

function ParentPlanSelect({
  planId,
  ...props
}: {
  planId: string;
  value?: string | null;
  onChange?: (v: string | null) => void;
}) {
  const plans = usePlans({ page: 1, pageSize: 200 });
  const options = (plans.data?.items ?? [])
    .filter((p) => p.id !== planId)
    .map((p) => ({ value: p.id, label: `${p.title} (${p.issuerName})` }));
  return (
    <Select
      id="pe-parent"
      value={props.value ?? undefined}
      onChange={(v: string | undefined) => props.onChange?.(v ?? null)}
      options={options}
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      loading={plans.isFetching}
      placeholder={t('plans.edit.noParent')}
    />
  );
}

type PlanEditDrawerProps = { plan: PlanDto; open: boolean; onClose: () => void };

/** Sửa thông tin kế hoạch: the document's header and closing parts (tasks are edited one by one). */
export function PlanEditDrawer({ plan, open, onClose }: PlanEditDrawerProps) {
  const [form] = Form.useForm<Values>();
  const update = useUpdatePlan();
  const onError = useApiErrorHandler();
  const { message } = App.useApp();
  const phone = usePhone();
  const [problem, setProblem] = useState<string | null>(null);
  const issuedDate = Form.useWatch('issuedDate', form);

  const submit = (values: Values) => {
    setProblem(null);
    const parsed = parseForm(form, updatePlanInput, payload(values), FIELDS);
    if (!('data' in parsed)) {
      if (parsed.unmatched.length) setProblem(parsed.unmatched.join('; '));
      return;
    }
    update.mutate(
      { id: plan.id, input: parsed.data },
      {
        onSuccess: () => {
          void message.success(t('plans.edit.saved'));
          onClose();
        },
        onError: (error) => {
          setProblem(errorMessage(error));
          onError(error, form, FIELDS);
        },
      },
    );
  };

  const dateProps = {
    getValueProps: (v: string | null) => ({ value: toDayjs(v) }),
    normalize: (d: Dayjs | null) => fromDayjs(d) ?? null,
  };
  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={t('plans.edit.planTitle')}
      size={phone ? '100%' : 760}
      destroyOnHidden
      data-testid="plan-edit-drawer"
      footer={
        <Space>
          <Button
            type="primary"
            onClick={() => form.submit()}
            loading={update.isPending}
            data-testid="plan-edit-submit"
          >
            {t('common.save')}
          </Button>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
        </Space>
      }
    >
      {problem ? <Alert type="error" showIcon title={problem} className="form-alert" /> : null}
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={initialValues(plan)}
        data-testid="plan-edit-form"
      >
        <Form.Item name="issuerName" label={t('plans.field.issuer')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="number" label={t('plans.field.number')}>
          <Input maxLength={60} placeholder={t('plans.field.numberHint')} data-testid="plan-edit-number" />
        </Form.Item>
        <Space wrap align="start">
          <Form.Item name="place" label={t('plans.field.place')}>
            <Input maxLength={120} />
          </Form.Item>
          <Form.Item name="issuedDate" label={t('plans.field.issuedDate')} {...dateProps}>
            <DatePicker format={DATE_FORMAT} />
          </Form.Item>
          {issuedDate ? null : (
            <Form.Item
              name="issuedMonth"
              label={t('plans.field.issuedMonth')}
              getValueProps={(v: string | null) => ({ value: v ? dayjs(`${v}-01`) : undefined })}
              normalize={(m: Dayjs | null) => (m ? m.format('YYYY-MM') : null)}
            >
              <DatePicker picker="month" format="MM/YYYY" />
            </Form.Item>
          )}
          <Form.Item name="year" label={t('plans.field.year')}>
            <InputNumber min={2000} max={2100} />
          </Form.Item>
        </Space>
        <Form.Item name="title" label={t('plans.field.title')}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={1000} />
        </Form.Item>
        <Form.Item name="parentPlanId" label={t('plans.edit.parent')}>
          <ParentPlanSelect planId={plan.id} />
        </Form.Item>
        <Form.Item name="bases" label={t('plans.field.bases')}>
          <TextListField
            id="pe-bases"
            addLabel={t('plans.review.addBasis')}
            itemLabel={(i) => t('plans.review.basisN', { n: i + 1 })}
            multiline
            maxLength={1000}
          />
        </Form.Item>
        <Form.Item name="purpose" label={t('plans.field.purpose')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={10000} />
        </Form.Item>
        <Form.Item name="requirements" label={t('plans.field.requirements')}>
          <TextListField
            id="pe-req"
            addLabel={t('plans.review.addItem')}
            itemLabel={(i) => t('plans.review.requirementN', { n: i + 1 })}
            multiline
            maxLength={5000}
          />
        </Form.Item>
        <Form.Item name="funding" label={t('plans.field.funding')}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 6 }} maxLength={10000} />
        </Form.Item>
        <Form.Item name="organisation" label={t('plans.edit.organisation')}>
          <OrganisationField />
        </Form.Item>
        <Form.Item name="reporting" label={t('plans.review.reporting')}>
          <ReportingField />
        </Form.Item>
        <Form.Item name="recipients" label={t('plans.field.recipients')}>
          <TextListField
            id="pe-recipients"
            addLabel={t('plans.review.addRecipient')}
            itemLabel={(i) => t('plans.review.recipientN', { n: i + 1 })}
            maxLength={300}
          />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
