import { createUnitInput, unitTypeLabels, unitTypes, updateUnitInput, type UnitDto } from '@vte/contracts';
import { App, Col, DatePicker, Form, Input, Modal, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { parseForm, useApiErrorHandler } from '../../../lib/errors';
import { DATE_FORMAT, fromDayjs, toDayjs, todayIso } from '../../../lib/format';
import { usePhone } from '../../../lib/hooks';
import { t } from '../../../lib/i18n';
import { useCreateUnit, useUpdateUnit } from '../api/units';
import { UnitPicker } from './unit-picker';

type Values = {
  code?: string;
  name?: string;
  type?: UnitDto['type'];
  parentId?: string | null;
  validFrom?: Dayjs;
  validTo?: Dayjs | null;
  legalBasis?: string;
};
const FIELDS = ['code', 'name', 'type', 'parentId', 'validFrom', 'validTo', 'legalBasis'] as const;
const FIELD_CODES = {
  UNIT_CODE_TAKEN: 'code',
  UNIT_PARENT_INVALID: 'parentId',
  UNIT_PARENT_CYCLE: 'parentId',
  UNIT_PARENT_TYPE: 'parentId',
  UNIT_CHILDREN_TYPE: 'type',
  UNIT_DATES_INVALID: 'validTo',
};
const typeOptions = unitTypes.map((type) => ({ value: type, label: unitTypeLabels[type] }));
const blankToNull = (value: string | undefined) => (value?.trim() ? value.trim() : null);

export type UnitFormTarget = { mode: 'create'; parentId?: string | null } | { mode: 'edit'; unit: UnitDto };

type UnitFormModalProps = {
  target: UnitFormTarget | null;
  onClose: () => void;
  onSaved: (unit: UnitDto) => void;
};

export function UnitFormModal({ target, onClose, onSaved }: UnitFormModalProps) {
  const [form] = Form.useForm<Values>();
  const create = useCreateUnit();
  const update = useUpdateUnit();
  const onError = useApiErrorHandler();
  const { message } = App.useApp();
  const phone = usePhone();
  const validFrom = Form.useWatch<Dayjs | undefined>('validFrom', form);
  const editing = target?.mode === 'edit' ? target.unit : null;

  const initialValues: Values = editing
    ? {
        code: editing.code ?? undefined,
        name: editing.name,
        type: editing.type,
        parentId: editing.parentId,
        validFrom: toDayjs(editing.validFrom),
        validTo: toDayjs(editing.validTo) ?? null,
        legalBasis: editing.legalBasis ?? undefined,
      }
    : {
        parentId: target?.mode === 'create' ? (target.parentId ?? null) : null,
        validFrom: toDayjs(todayIso()),
      };

  const submit = (values: Values) => {
    const body = {
      code: blankToNull(values.code),
      name: values.name,
      type: values.type,
      parentId: values.parentId ?? null,
      validFrom: fromDayjs(values.validFrom),
      validTo: fromDayjs(values.validTo) ?? null,
      legalBasis: blankToNull(values.legalBasis),
    };
    const done = (unit: UnitDto) => {
      void message.success(editing ? t('org.unit.saved') : t('org.unit.created', { name: unit.name }));
      onSaved(unit);
    };
    const fail = (error: unknown) => onError(error, form, FIELDS, FIELD_CODES);
    if (editing) {
      const parsed = parseForm(form, updateUnitInput, body, FIELDS);
      if ('data' in parsed)
        update.mutate({ id: editing.id, input: parsed.data }, { onSuccess: done, onError: fail });
    } else {
      const parsed = parseForm(form, createUnitInput, body, FIELDS);
      if ('data' in parsed) create.mutate(parsed.data, { onSuccess: done, onError: fail });
    }
  };

  return (
    <Modal
      open={target !== null}
      title={editing ? t('org.unit.editTitle', { name: editing.name }) : t('org.unit.createTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={create.isPending || update.isPending}
      width={phone ? '100%' : 640}
      mask={{ closable: false }}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={initialValues}
        data-testid="unit-form"
      >
        <Row gutter={16}>
          <Col xs={24} sm={16}>
            <Form.Item
              name="name"
              label={t('org.unit.name')}
              rules={[{ required: true, whitespace: true, message: t('form.required') }]}
            >
              <Input placeholder={t('org.unit.namePlaceholder')} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name="code" label={t('org.unit.code')} extra={t('org.unit.codeHelp')}>
              <Input inputMode="numeric" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="type"
              label={t('org.unit.type')}
              rules={[{ required: true, message: t('form.required') }]}
            >
              <Select options={typeOptions} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="parentId" label={t('org.unit.parent')} extra={t('org.unit.parentHelp')}>
              <UnitPicker
                at={fromDayjs(validFrom) ?? todayIso()}
                excludeId={editing?.id}
                allowClear
                placeholder={t('org.unit.noParent')}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="validFrom"
              label={t('org.validFrom')}
              rules={[{ required: true, message: t('form.required') }]}
            >
              <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="validTo" label={t('org.validTo')} extra={t('org.validToHelp')}>
              <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="legalBasis" label={t('org.legalBasis')} extra={t('org.legalBasisHelp')}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={500} showCount />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
