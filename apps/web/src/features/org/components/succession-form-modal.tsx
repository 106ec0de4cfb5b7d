import { createSuccessionInput, successionKindLabels, successionKinds } from '@vte/contracts';
import { App, DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { parseForm, useApiErrorHandler } from '../../../lib/errors';
import { DATE_FORMAT, fromDayjs, previousDay, toDayjs, todayIso } from '../../../lib/format';
import { usePhone } from '../../../lib/hooks';
import { t } from '../../../lib/i18n';
import { useCreateSuccession } from '../api/units';
import { UnitPicker } from './unit-picker';

type Values = {
  fromUnitId?: string | null;
  toUnitId?: string | null;
  kind?: string;
  effectiveDate?: Dayjs;
  legalBasis?: string;
};
const FIELDS = ['fromUnitId', 'toUnitId', 'kind', 'effectiveDate', 'legalBasis'] as const;
const kindOptions = successionKinds.map((kind) => ({ value: kind, label: successionKindLabels[kind] }));

export type SuccessionTarget = { fromUnitId?: string; fromUnitName?: string };

type SuccessionFormModalProps = { target: SuccessionTarget | null; onClose: () => void };

/**
 * Records that a unit became another on a date (merge, split, rename…). The "from" unit is chosen among
 * the units valid the day before the change, the "to" unit among those valid on the day itself.
 */
export function SuccessionFormModal({ target, onClose }: SuccessionFormModalProps) {
  const [form] = Form.useForm<Values>();
  const create = useCreateSuccession();
  const onError = useApiErrorHandler();
  const { message } = App.useApp();
  const phone = usePhone();
  const effective = fromDayjs(Form.useWatch<Dayjs | undefined>('effectiveDate', form)) ?? todayIso();

  const submit = (values: Values) => {
    const body = {
      ...values,
      effectiveDate: fromDayjs(values.effectiveDate),
      legalBasis: values.legalBasis?.trim(),
    };
    const parsed = parseForm(form, createSuccessionInput, body, FIELDS);
    if (!('data' in parsed)) return;
    create.mutate(parsed.data, {
      onSuccess: (succession) => {
        void message.success(
          t('org.succession.created', { from: succession.fromUnitName, to: succession.toUnitName }),
        );
        onClose();
      },
      onError: (error) => onError(error, form, FIELDS, { SUCCESSION_INVALID: 'toUnitId' }),
    });
  };

  const required = [{ required: true, message: t('form.required') }];
  return (
    <Modal
      open={target !== null}
      title={t('org.succession.title')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={create.isPending}
      width={phone ? '100%' : 600}
      mask={{ closable: false }}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ fromUnitId: target?.fromUnitId, effectiveDate: toDayjs(todayIso()) }}
        data-testid="succession-form"
      >
        <Form.Item name="effectiveDate" label={t('org.succession.effectiveDate')} rules={required}>
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="kind" label={t('org.succession.kind')} rules={required}>
          <Select options={kindOptions} />
        </Form.Item>
        <Form.Item
          name="fromUnitId"
          label={t('org.succession.from')}
          extra={t('org.succession.fromHelp')}
          rules={required}
        >
          <UnitPicker at={previousDay(effective)} valueLabel={target?.fromUnitName} />
        </Form.Item>
        <Form.Item
          name="toUnitId"
          label={t('org.succession.to')}
          extra={t('org.succession.toHelp')}
          rules={required}
        >
          <UnitPicker at={effective} />
        </Form.Item>
        <Form.Item
          name="legalBasis"
          label={t('org.legalBasis')}
          rules={[{ required: true, whitespace: true, message: t('form.required') }]}
        >
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 5 }}
            maxLength={500}
            showCount
            placeholder={t('org.succession.legalBasisPlaceholder')}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
