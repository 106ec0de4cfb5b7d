import { Checkbox, DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useApiErrorHandler } from '../../../lib/errors';
import { DATE_FORMAT, fromDayjs, toDayjs } from '../../../lib/format';
import { t, type MessageKey } from '../../../lib/i18n';
import { useSubRecord, type SubKind } from '../api/child-manage';
import type { CodeLists } from '../api/register';
import { codeOptions } from './child-form-fields';

type FieldType = 'text' | 'long' | 'date' | 'code' | 'year' | 'bool';
type Field = { name: string; label: MessageKey; type: FieldType; list?: string; required?: boolean };
const f = (name: string, label: MessageKey, type: FieldType, extra: Partial<Field> = {}): Field => ({
  name,
  label,
  type,
  ...extra,
});

const SOURCE = f('source', 'children.circumstance.source', 'text');
const EVIDENCE = f('evidence', 'children.screens.field.evidence', 'long');
/** Each sub-record's fields, in the contracts' names (children-record.ts). */
export const SUB_FIELDS: Record<SubKind, Field[]> = {
  guardians: [
    f('relation', 'children.screens.field.relation', 'code', { list: 'relation', required: true }),
    f('fullName', 'children.field.fullName', 'text', { required: true }),
    f('birthYear', 'children.screens.field.birthYear', 'year'),
    f('phone', 'children.screens.field.phone', 'text'),
    f('address', 'children.field.address', 'text'),
    f('isPrimaryContact', 'children.screens.field.primaryContact', 'bool'),
    f('validFrom', 'children.circumstance.from', 'date'),
    f('validTo', 'children.screens.field.to', 'date'),
  ],
  circumstances: [
    f('groupCode', 'children.circumstance.group', 'code', { list: 'circumstance_group', required: true }),
    f('subtypeCode', 'children.circumstance.subtype', 'code', { list: 'circumstance_subtype' }),
    f('fromDate', 'children.circumstance.from', 'date', { required: true }),
    f('toDate', 'children.screens.field.to', 'date'),
    f('endReason', 'children.screens.field.endReason', 'text'),
    SOURCE,
    EVIDENCE,
  ],
  risks: [
    f('riskCode', 'children.section.risk', 'code', { list: 'risk', required: true }),
    f('fromDate', 'children.circumstance.from', 'date', { required: true }),
    f('toDate', 'children.screens.field.to', 'date'),
    SOURCE,
    EVIDENCE,
    f('note', 'children.field.notes', 'long'),
  ],
  consents: [
    f('purpose', 'children.screens.field.consentPurpose', 'code', {
      list: 'consent_purpose',
      required: true,
    }),
    f('representativeName', 'children.screens.field.representative', 'text', { required: true }),
    f('representativeRelation', 'children.screens.field.relation', 'code', {
      list: 'relation',
      required: true,
    }),
    f('givenByChild', 'children.screens.field.givenByChild', 'bool'),
    f('method', 'children.screens.field.consentMethod', 'code', { list: 'consent_method', required: true }),
    f('givenOn', 'children.screens.field.givenOn', 'date', { required: true }),
    EVIDENCE,
  ],
};
/** A consent is not rewritten, only withdrawn (contracts consentPatch). */
const CONSENT_WITHDRAW: Field[] = [
  f('withdrawnOn', 'children.screens.field.withdrawnOn', 'date', { required: true }),
  EVIDENCE,
];

type InputProps = {
  value?: unknown;
  checked?: boolean;
  onChange?: (...args: unknown[]) => void;
  id?: string;
};
type FieldInputProps = InputProps & { field: Field; codes: CodeLists | undefined; group?: string };

/** One control; Form.Item hands it value/checked and onChange, passed on to the antd input. */
function FieldInput({ field, codes, group, ...bind }: FieldInputProps) {
  const id = `sub-${field.name}`;
  const props = bind as Record<string, unknown>;
  if (field.type === 'date') return <DatePicker format={DATE_FORMAT} data-testid={id} {...props} />;
  if (field.type === 'long') return <Input.TextArea rows={2} maxLength={1000} data-testid={id} {...props} />;
  if (field.type === 'year') return <InputNumber min={1900} max={2100} data-testid={id} {...props} />;
  if (field.type === 'bool')
    return (
      <Checkbox data-testid={id} {...props}>
        {t(field.label)}
      </Checkbox>
    );
  if (field.type === 'code') {
    const parent = field.name === 'subtypeCode' ? group : undefined;
    return (
      <Select
        options={codeOptions(codes, field.list!, parent)}
        showSearch={{ optionFilterProp: 'label' }}
        allowClear={!field.required}
        disabled={field.name === 'subtypeCode' && !group}
        data-testid={id}
        {...props}
      />
    );
  }
  return <Input maxLength={300} data-testid={id} {...props} />;
}

type SubModalProps = {
  childId: string;
  kind: SubKind;
  /** The row being changed; absent for a new one. */
  row?: Record<string, unknown> & { id: string };
  codes: CodeLists | undefined;
  onClose: () => void;
};

/** Add or change one guardian, circumstance, risk or consent (withdrawal only, for a consent). */
export function SubRecordModal({ childId, kind, row, codes, onClose }: SubModalProps) {
  const [form] = Form.useForm();
  const write = useSubRecord(childId, kind);
  const onError = useApiErrorHandler();
  const fields = row && kind === 'consents' ? CONSENT_WITHDRAW : SUB_FIELDS[kind];
  const group = Form.useWatch('groupCode', form) as string | undefined;
  const initial = Object.fromEntries(
    fields.map((field) => {
      const v = row?.[field.name];
      return [field.name, field.type === 'date' ? toDayjs(v as string | null) : v];
    }),
  );
  const submit = async () => {
    const values = (await form.validateFields().catch(() => null)) as Record<string, unknown> | null;
    if (!values) return; // messages shown on the fields
    const body: Record<string, unknown> = {};
    for (const field of fields) {
      const v = values[field.name];
      const value = field.type === 'date' ? (fromDayjs(v as never) ?? null) : v;
      if (field.type === 'bool') body[field.name] = Boolean(v);
      else if (value !== undefined && value !== '') body[field.name] = value;
      else if (row) body[field.name] = null;
    }
    write.mutate(
      { subId: row?.id, body },
      {
        onSuccess: onClose,
        onError: (error) =>
          onError(
            error,
            form,
            fields.map((x) => x.name),
          ),
      },
    );
  };
  return (
    <Modal
      open
      title={t(`children.screens.sub.${kind}.${row ? 'edit' : 'add'}` as MessageKey)}
      onOk={() => void submit()}
      onCancel={onClose}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={write.isPending}
      okButtonProps={{ 'data-testid': 'sub-save' } as Record<string, string>}
    >
      <Form form={form} layout="vertical" initialValues={initial}>
        {fields.map((field) => (
          <Form.Item
            key={field.name}
            name={field.name}
            label={field.type === 'bool' ? undefined : t(field.label)}
            valuePropName={field.type === 'bool' ? 'checked' : 'value'}
            rules={field.required ? [{ required: true, message: t('form.required') }] : undefined}
          >
            <FieldInput field={field} codes={codes} group={group} />
          </Form.Item>
        ))}
      </Form>
    </Modal>
  );
}
