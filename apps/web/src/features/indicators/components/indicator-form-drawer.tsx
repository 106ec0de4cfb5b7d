import {
  aggregationTypes,
  indicatorDirections,
  type IndicatorDirection,
  createIndicatorInput,
  updateIndicatorInput,
  type AggregationType,
  type Dimension,
  type IndicatorDto,
} from '@vte/contracts';
import {
  App,
  AutoComplete,
  Button,
  Col,
  Drawer,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Space,
  Switch,
} from 'antd';
import { parseForm, useApiErrorHandler } from '../../../lib/errors';
import { usePhone } from '../../../lib/hooks';
import { t } from '../../../lib/i18n';
import { useCreateIndicator, useUpdateIndicator } from '../api/indicators';
import { DimensionsEditor } from './dimensions-editor';
import { aggregationLabel } from './indicator-format';

export type IndicatorFormTarget = { mode: 'create' } | { mode: 'edit'; indicator: IndicatorDto };

type Values = {
  code?: string;
  name?: string;
  group?: string;
  unit?: string;
  aggregation?: AggregationType;
  direction?: IndicatorDirection;
  dimensions?: Dimension[];
  partOfCode?: string | null;
  numeratorCode?: string | null;
  denominatorCode?: string | null;
  factor?: number | null;
  min?: number | null;
  max?: number | null;
  definition?: string;
  source?: string;
  leadBody?: string;
  legalBasis?: string;
  active?: boolean;
};
// Breakdown issues (dimensions.0.key…) have no single field: they are shown as a message.
const FIELDS = [
  'code',
  'name',
  'group',
  'unit',
  'aggregation',
  'direction',
  'partOfCode',
  'numeratorCode',
  'denominatorCode',
  'factor',
  'min',
  'max',
  'definition',
  'source',
  'leadBody',
  'legalBasis',
  'active',
] as const;
const FIELD_CODES = { INDICATOR_CODE_TAKEN: 'code' };
const blankToNull = (v: string | null | undefined) => (v?.trim() ? v.trim() : null);

/** The form's values as the API's body: ratio-only and count-only fields cleared, blanks as null. */
function requestBody(values: Values, editing: boolean) {
  const ratio = values.aggregation === 'ratio';
  return {
    ...(editing ? { active: values.active } : { code: values.code?.trim() }),
    name: values.name,
    group: values.group,
    unit: values.unit,
    aggregation: values.aggregation,
    direction: values.direction,
    dimensions: values.dimensions ?? [],
    partOfCode: ratio ? null : (values.partOfCode ?? null),
    numeratorCode: ratio ? (values.numeratorCode ?? null) : null,
    denominatorCode: ratio ? (values.denominatorCode ?? null) : null,
    factor: ratio ? (values.factor ?? 100) : null,
    min: ratio ? null : (values.min ?? null),
    max: ratio ? null : (values.max ?? null),
    definition: blankToNull(values.definition),
    source: blankToNull(values.source),
    leadBody: blankToNull(values.leadBody),
    legalBasis: blankToNull(values.legalBasis),
  };
}

type IndicatorFormDrawerProps = {
  target: IndicatorFormTarget | null;
  catalogue: IndicatorDto[];
  onClose: () => void;
};

/** Create or edit an indicator (admins); the contract schemas check the form before it is sent. */
export function IndicatorFormDrawer({ target, catalogue, onClose }: IndicatorFormDrawerProps) {
  const [form] = Form.useForm<Values>();
  const create = useCreateIndicator();
  const update = useUpdateIndicator();
  const onError = useApiErrorHandler();
  const { message } = App.useApp();
  const phone = usePhone();
  const aggregation = Form.useWatch<AggregationType | undefined>('aggregation', form);
  const editing = target?.mode === 'edit' ? target.indicator : null;

  const entered = catalogue.filter((i) => i.aggregation !== 'ratio' && i.id !== editing?.id);
  const codeOptions = entered.map((i) => ({ value: i.code, label: `${i.code} – ${i.name}` }));
  const groupOptions = [...new Set(catalogue.map((i) => i.group))].map((g) => ({ value: g }));
  const initialValues: Values = editing
    ? {
        ...editing,
        definition: editing.definition ?? '',
        source: editing.source ?? '',
        leadBody: editing.leadBody ?? '',
        legalBasis: editing.legalBasis ?? '',
      }
    : { aggregation: 'sum', direction: 'higher', dimensions: [], factor: null };

  const submit = (values: Values) => {
    const body = requestBody(values, editing !== null);
    const done = (saved: IndicatorDto) => {
      void message.success(editing ? t('indicators.saved') : t('indicators.created', { code: saved.code }));
      onClose();
    };
    const fail = (error: unknown) => onError(error, form, FIELDS, FIELD_CODES);
    if (editing) {
      const parsed = parseForm(form, updateIndicatorInput, body, FIELDS);
      if ('data' in parsed)
        update.mutate({ id: editing.id, input: parsed.data }, { onSuccess: done, onError: fail });
      else if (parsed.unmatched.length) void message.error(parsed.unmatched.join('; '));
    } else {
      const parsed = parseForm(form, createIndicatorInput, body, FIELDS);
      if ('data' in parsed) create.mutate(parsed.data, { onSuccess: done, onError: fail });
      else if (parsed.unmatched.length) void message.error(parsed.unmatched.join('; '));
    }
  };

  const required = [{ required: true, whitespace: true, message: t('form.required') }];
  return (
    <Drawer
      open={target !== null}
      onClose={onClose}
      size={phone ? '100%' : 720}
      title={editing ? `${editing.code} – ${editing.name}` : t('indicators.createTitle')}
      destroyOnHidden
      data-testid="indicator-form-drawer"
      footer={
        <Space>
          <Button
            type="primary"
            onClick={() => form.submit()}
            loading={create.isPending || update.isPending}
            data-testid="indicator-submit"
          >
            {t('common.save')}
          </Button>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
        </Space>
      }
    >
      <Form
        key={editing?.id ?? 'new'}
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={initialValues}
      >
        <Row gutter={16}>
          <Col xs={24} sm={8}>
            <Form.Item name="code" label={t('indicators.field.code')} rules={editing ? [] : required}>
              <Input disabled={Boolean(editing)} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={16}>
            <Form.Item name="group" label={t('indicators.field.group')} rules={required}>
              <AutoComplete options={groupOptions} filterOption />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="name" label={t('indicators.field.name')} rules={required}>
              <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={8}>
            <Form.Item name="unit" label={t('indicators.field.unit')} rules={required}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={12} sm={16}>
            <Form.Item
              name="aggregation"
              label={t('indicators.field.aggregation')}
              rules={required}
              extra={phone ? undefined : t('indicators.aggregation.help')}
            >
              <Select options={aggregationTypes.map((a) => ({ value: a, label: aggregationLabel(a) }))} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item
              name="direction"
              label={t('direction.field')}
              rules={required}
              extra={phone ? undefined : t('direction.help')}
            >
              <Select
                data-testid="indicator-direction"
                options={indicatorDirections.map((d) => ({ value: d, label: t(`direction.${d}`) }))}
              />
            </Form.Item>
          </Col>
          {aggregation === 'ratio' ? (
            <>
              <Col xs={24} sm={9}>
                <Form.Item name="numeratorCode" label={t('indicators.field.numerator')} rules={required}>
                  <Select showSearch optionFilterProp="label" options={codeOptions} />
                </Form.Item>
              </Col>
              <Col xs={24} sm={9}>
                <Form.Item name="denominatorCode" label={t('indicators.field.denominator')} rules={required}>
                  <Select showSearch optionFilterProp="label" options={codeOptions} />
                </Form.Item>
              </Col>
              <Col xs={24} sm={6}>
                <Form.Item name="factor" label={t('indicators.field.factor')}>
                  <InputNumber
                    min={1}
                    max={100000}
                    precision={0}
                    placeholder="100"
                    style={{ width: '100%' }}
                  />
                </Form.Item>
              </Col>
            </>
          ) : (
            <>
              <Col xs={24} sm={12}>
                <Form.Item
                  name="partOfCode"
                  label={t('indicators.field.partOf')}
                  extra={t('indicators.field.partOfHelp')}
                >
                  <Select allowClear showSearch optionFilterProp="label" options={codeOptions} />
                </Form.Item>
              </Col>
              <Col xs={12} sm={6}>
                <Form.Item name="min" label={t('indicators.field.min')}>
                  <InputNumber min={0} precision={0} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col xs={12} sm={6}>
                <Form.Item name="max" label={t('indicators.field.max')}>
                  <InputNumber min={0} precision={0} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
            </>
          )}
          <Col xs={24}>
            <Form.Item label={t('indicators.field.dimensions')}>
              <DimensionsEditor />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="definition" label={t('indicators.field.definition')}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="source" label={t('indicators.field.source')}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="leadBody" label={t('indicators.field.leadBody')}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="legalBasis" label={t('indicators.field.legalBasis')}>
              <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
            </Form.Item>
          </Col>
          {editing ? (
            <Col xs={24}>
              <Form.Item name="active" label={t('indicators.field.active')} valuePropName="checked">
                <Switch />
              </Form.Item>
            </Col>
          ) : null}
        </Row>
      </Form>
    </Drawer>
  );
}
