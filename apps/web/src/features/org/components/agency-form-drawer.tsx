import { createAgencyInput, updateAgencyInput, type AgencyDto, type AgencyKind } from '@vte/contracts';
import { App, Button, Col, DatePicker, Drawer, Form, Input, Row, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { parseForm, useApiErrorHandler } from '../../../lib/errors';
import { DATE_FORMAT, fromDayjs, toDayjs, todayIso } from '../../../lib/format';
import { usePhone } from '../../../lib/hooks';
import { t } from '../../../lib/i18n';
import { useCreateAgency, useUpdateAgency } from '../api/agencies';
import { AgencyPicker } from './agency-picker';
import { kindOptions } from './options';
import { UnitPicker } from './unit-picker';

type Values = {
  unitId?: string | null;
  name?: string;
  shortName?: string;
  aliases?: string[];
  kind?: AgencyKind;
  parentAgencyId?: string | null;
  successorId?: string | null;
  phone?: string;
  email?: string;
  address?: string;
  validFrom?: Dayjs;
  validTo?: Dayjs | null;
};
const FIELDS = [
  'unitId',
  'name',
  'shortName',
  'aliases',
  'kind',
  'parentAgencyId',
  'successorId',
  'phone',
  'email',
  'address',
  'validFrom',
  'validTo',
] as const;
const FIELD_CODES = { AGENCY_NAME_TAKEN: 'name', UNIT_NOT_FOUND: 'unitId' };
const blankToNull = (value: string | undefined) => (value?.trim() ? value.trim() : null);

export type AgencyFormTarget = { mode: 'create'; unitId?: string } | { mode: 'edit'; agency: AgencyDto };

type AgencyFormDrawerProps = { target: AgencyFormTarget | null; canManage: boolean; onClose: () => void };

/** Create or edit an agency; read-only for those who may only read the catalogue. */
export function AgencyFormDrawer({ target, canManage, onClose }: AgencyFormDrawerProps) {
  const [form] = Form.useForm<Values>();
  const create = useCreateAgency();
  const update = useUpdateAgency();
  const onError = useApiErrorHandler();
  const { message } = App.useApp();
  const phone = usePhone();
  const unitId = Form.useWatch<string | null | undefined>('unitId', form);
  const editing = target?.mode === 'edit' ? target.agency : null;

  const initialValues: Values = editing
    ? {
        unitId: editing.unitId,
        name: editing.name,
        shortName: editing.shortName ?? undefined,
        aliases: editing.aliases,
        kind: editing.kind,
        parentAgencyId: editing.parentAgencyId,
        successorId: editing.successorId,
        phone: editing.phone ?? undefined,
        email: editing.email ?? undefined,
        address: editing.address ?? undefined,
        validFrom: toDayjs(editing.validFrom),
        validTo: toDayjs(editing.validTo) ?? null,
      }
    : {
        unitId: target?.mode === 'create' ? target.unitId : undefined,
        aliases: [],
        validFrom: toDayjs(todayIso()),
      };

  const submit = (values: Values) => {
    const body = {
      unitId: values.unitId ?? undefined,
      name: values.name,
      shortName: blankToNull(values.shortName),
      aliases: (values.aliases ?? []).map((alias) => alias.trim()).filter(Boolean),
      kind: values.kind,
      parentAgencyId: values.parentAgencyId ?? null,
      successorId: values.successorId ?? null,
      phone: blankToNull(values.phone),
      email: blankToNull(values.email),
      address: blankToNull(values.address),
      validFrom: fromDayjs(values.validFrom),
      validTo: fromDayjs(values.validTo) ?? null,
    };
    const done = (agency: AgencyDto) => {
      void message.success(editing ? t('org.agency.saved') : t('org.agency.created', { name: agency.name }));
      onClose();
    };
    const fail = (error: unknown) => onError(error, form, FIELDS, FIELD_CODES);
    if (editing) {
      const parsed = parseForm(form, updateAgencyInput, body, FIELDS);
      if ('data' in parsed)
        update.mutate({ id: editing.id, input: parsed.data }, { onSuccess: done, onError: fail });
    } else {
      const parsed = parseForm(form, createAgencyInput, body, FIELDS);
      if ('data' in parsed) create.mutate(parsed.data, { onSuccess: done, onError: fail });
    }
  };

  const required = [{ required: true, message: t('form.required') }];
  return (
    <Drawer
      open={target !== null}
      onClose={onClose}
      size={phone ? '100%' : 640}
      title={editing ? editing.name : t('org.agency.createTitle')}
      destroyOnHidden
      data-testid="agency-drawer"
      footer={
        canManage ? (
          <Space>
            <Button
              type="primary"
              onClick={() => form.submit()}
              loading={create.isPending || update.isPending}
              data-testid="agency-submit"
            >
              {t('common.save')}
            </Button>
            <Button onClick={onClose}>{t('common.cancel')}</Button>
          </Space>
        ) : null
      }
    >
      <Form
        key={editing?.id ?? 'new'}
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={initialValues}
        disabled={!canManage}
        data-testid="agency-form"
      >
        <Row gutter={16}>
          <Col xs={24}>
            <Form.Item name="unitId" label={t('org.agency.unit')} rules={required}>
              <UnitPicker valueLabel={editing?.unitName} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={16}>
            <Form.Item
              name="name"
              label={t('org.agency.name')}
              rules={[{ required: true, whitespace: true, message: t('form.required') }]}
            >
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name="shortName" label={t('org.agency.shortName')}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="aliases" label={t('org.aliases')} extra={t('org.aliasesHelp')}>
              <Select
                mode="tags"
                open={false}
                tokenSeparators={[';']}
                suffixIcon={null}
                aria-label={t('org.aliases')}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="kind" label={t('org.agency.kind')} rules={required}>
              <Select options={kindOptions} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="parentAgencyId" label={t('org.agency.parent')}>
              <AgencyPicker unitId={unitId ?? undefined} excludeId={editing?.id} allowClear />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="validFrom" label={t('org.validFrom')} rules={required}>
              <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="validTo" label={t('org.validTo')} extra={t('org.validToHelp')}>
              <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item
              name="successorId"
              label={t('org.agency.successor')}
              extra={t('org.agency.successorHelp')}
            >
              <AgencyPicker excludeId={editing?.id} valueLabel={editing?.successorName} allowClear />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="phone" label={t('org.agency.phone')}>
              <Input type="tel" inputMode="tel" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="email"
              label={t('org.agency.email')}
              rules={[{ type: 'email', message: t('form.email') }]}
            >
              <Input type="email" inputMode="email" />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="address" label={t('org.agency.address')}>
              <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} maxLength={300} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Drawer>
  );
}
