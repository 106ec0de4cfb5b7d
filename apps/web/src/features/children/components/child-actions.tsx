import type { ChildUpdateInput } from '@vte/contracts';
import { DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { DATE_FORMAT, fromDayjs, todayIso, toDayjs } from '../../../lib/format';
import { useApiErrorHandler } from '../../../lib/errors';
import { t } from '../../../lib/i18n';
import type { IdPicker } from '../../../lib/types';
import { useAddCircumstance, useMoveChild, useUpdateChild, type ChildDto } from '../api/child';
import { ChildIdentityFields } from './child-form-fields';
import type { CodeItem } from '../api/register';

const IDENTITY = ['fullName', 'dobPrecision', 'dob', 'sex', 'ethnicityCode', 'nationality', 'personalId'];

export type ChildAction = 'edit' | 'move' | 'circumstance' | null;
type Codes = Map<string, CodeItem[]> | undefined;
type ActionProps = { child: ChildDto; codes: Codes; onClose: () => void };
const codeOptions = (codes: Codes, list: string, parent?: string) =>
  (codes?.get(list) ?? [])
    .filter((item) => !parent || item.parentCode === parent)
    .map((item) => ({ value: item.code, label: item.label }));

export function EditChildModal({ child, codes, onClose }: ActionProps) {
  const [form] = Form.useForm();
  const update = useUpdateChild(child.id);
  const onError = useApiErrorHandler();
  const fields = [...IDENTITY, 'hamlet', 'address', 'notes'];
  const submit = async () => {
    const { dob, ...values } = (await form.validateFields()) as Record<string, string | undefined> & {
      dob?: Dayjs | null;
    };
    // Only what changed travels (a PATCH never resets what it does not name); dob with its precision.
    const norm = (v: unknown) => (v === '' || v === undefined ? null : v);
    const changed: Record<string, unknown> = Object.fromEntries(
      Object.entries({ ...values, dob: fromDayjs(dob) })
        .map(([k, v]) => [k, norm(v)] as const)
        .filter(([k, v]) => v !== norm((child as Record<string, unknown>)[k])),
    );
    if (changed.dob !== undefined) changed.dobPrecision = values.dobPrecision;
    if (!Object.keys(changed).length) return onClose();
    update.mutate({ ...changed, version: child.version } as ChildUpdateInput, {
      onSuccess: onClose,
      onError: (error) => onError(error, form, fields),
    });
  };
  return (
    <Modal
      open
      title={t('children.edit.title')}
      onOk={() => void submit()}
      onCancel={onClose}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={update.isPending}
      okButtonProps={{ 'data-testid': 'child-edit-save' } as Record<string, string>}
    >
      <Form form={form} layout="vertical" initialValues={{ ...child, dob: toDayjs(child.dob) }}>
        <ChildIdentityFields codes={codes} />
        <Form.Item name="hamlet" label={t('children.field.hamlet')}>
          <Input maxLength={120} />
        </Form.Item>
        <Form.Item name="address" label={t('children.field.address')}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="notes" label={t('children.field.notes')}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function MoveChildModal({ child, onClose, UnitPicker }: ActionProps & { UnitPicker: IdPicker }) {
  const [form] = Form.useForm();
  const move = useMoveChild(child.id);
  const onError = useApiErrorHandler();
  const submit = async () => {
    const values = await form.validateFields();
    move.mutate(
      {
        version: child.version,
        unitId: values.unitId,
        hamlet: values.hamlet,
        address: values.address,
        date: fromDayjs(values.date) ?? todayIso(),
      },
      {
        onSuccess: onClose,
        onError: (error) => onError(error, form, ['unitId', 'hamlet', 'address', 'date']),
      },
    );
  };
  return (
    <Modal
      open
      title={t('children.move.title')}
      onOk={() => void submit()}
      onCancel={onClose}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={move.isPending}
    >
      <Form form={form} layout="vertical" initialValues={{ date: toDayjs(todayIso()) }}>
        <Form.Item
          name="unitId"
          label={t('children.field.unit')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <UnitPicker />
        </Form.Item>
        <Form.Item name="hamlet" label={t('children.field.hamlet')}>
          <Input maxLength={120} />
        </Form.Item>
        <Form.Item name="address" label={t('children.field.address')}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item
          name="date"
          label={t('children.move.date')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <DatePicker format={DATE_FORMAT} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function AddCircumstanceModal({ child, codes, onClose }: ActionProps) {
  const [form] = Form.useForm();
  const add = useAddCircumstance(child.id);
  const onError = useApiErrorHandler();
  const group = Form.useWatch('groupCode', form) as string | undefined;
  const submit = async () => {
    const values = await form.validateFields();
    add.mutate(
      { ...values, fromDate: fromDayjs(values.fromDate) ?? todayIso() },
      {
        onSuccess: onClose,
        onError: (error) => onError(error, form, ['groupCode', 'subtypeCode', 'fromDate', 'source']),
      },
    );
  };
  return (
    <Modal
      open
      title={t('children.circumstance.title')}
      onOk={() => void submit()}
      onCancel={onClose}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={add.isPending}
    >
      <Form form={form} layout="vertical" initialValues={{ fromDate: toDayjs(todayIso()) }}>
        <Form.Item
          name="groupCode"
          label={t('children.circumstance.group')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <Select
            options={codeOptions(codes, 'circumstance_group')}
            showSearch={{ optionFilterProp: 'label' }}
          />
        </Form.Item>
        <Form.Item name="subtypeCode" label={t('children.circumstance.subtype')}>
          <Select options={codeOptions(codes, 'circumstance_subtype', group)} allowClear disabled={!group} />
        </Form.Item>
        <Form.Item
          name="fromDate"
          label={t('children.circumstance.from')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <DatePicker format={DATE_FORMAT} />
        </Form.Item>
        <Form.Item name="source" label={t('children.circumstance.source')}>
          <Input maxLength={300} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
