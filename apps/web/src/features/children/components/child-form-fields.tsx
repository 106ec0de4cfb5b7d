import { checkPersonalId, type IdContext } from '@vte/contracts';
import { DatePicker, Form, Input, Radio, Select } from 'antd';
import type { Rule } from 'antd/es/form';
import type { Dayjs } from 'dayjs';
import { DATE_FORMAT, fromDayjs } from '../../../lib/format';
import { t } from '../../../lib/i18n';
import type { CodeLists } from '../api/register';

export const codeOptions = (codes: CodeLists | undefined, list: string, parent?: string) =>
  (codes?.get(list) ?? [])
    .filter((item) => !parent || item.parentCode === parent)
    .map((item) => ({ value: item.code, label: item.label }));

const PICKERS: Record<string, { picker?: 'month' | 'year'; format: string }> = {
  day: { format: DATE_FORMAT },
  month: { picker: 'month', format: 'MM/YYYY' },
  year: { picker: 'year', format: 'YYYY' },
  estimated: { picker: 'year', format: 'YYYY' },
};

type Values = { sex?: 'M' | 'F' | null; dob?: Dayjs | null; dobPrecision?: IdContext['dobPrecision'] };

/** The ID checks of the contracts, live while typing: errors refuse, warnings only inform. */
function idRules(get: () => Values): Rule[] {
  const issues = (value: unknown) => {
    const v = get();
    const check = checkPersonalId(typeof value === 'string' ? value : '', {
      sex: v.sex ?? null,
      dob: fromDayjs(v.dob) ?? null,
      dobPrecision: v.dobPrecision ?? 'day',
    });
    return check.issues.filter((issue) => issue.code !== 'ID_MISSING');
  };
  const rule = (severity: 'error' | 'warning'): Rule => ({
    warningOnly: severity === 'warning',
    validator: async (_rule, value) => {
      const found = issues(value).filter((issue) =>
        severity === 'error' ? issue.severity === 'error' : issue.severity !== 'error',
      );
      if (found.length) throw new Error(found.map((issue) => issue.message).join(' '));
    },
  });
  return [rule('error'), rule('warning')];
}

/** Name, date of birth with its precision, sex, ethnicity, nationality, personal ID (live checks). */
export function ChildIdentityFields({ codes }: { codes: CodeLists | undefined }) {
  const form = Form.useFormInstance();
  const precision = (Form.useWatch('dobPrecision', form) as string | undefined) ?? 'day';
  const id = Form.useWatch('personalId', form) as string | undefined;
  const province = id ? checkPersonalId(id).birthProvince : null;
  return (
    <>
      <Form.Item
        name="fullName"
        label={t('children.field.fullName')}
        rules={[{ required: true, whitespace: true, message: t('form.required') }]}
      >
        <Input maxLength={120} autoComplete="off" data-testid="child-form-name" />
      </Form.Item>
      <Form.Item name="dobPrecision" label={t('children.screens.field.dobPrecision')}>
        <Select options={codeOptions(codes, 'dob_precision')} data-testid="child-form-precision" />
      </Form.Item>
      <Form.Item name="dob" label={t('children.column.birth')}>
        <DatePicker {...PICKERS[precision]} data-testid="child-form-dob" />
      </Form.Item>
      <Form.Item name="sex" label={t('children.column.sex')}>
        <Radio.Group
          options={[
            { value: 'M', label: t('children.sex.M') },
            { value: 'F', label: t('children.sex.F') },
          ]}
        />
      </Form.Item>
      <Form.Item name="ethnicityCode" label={t('children.field.ethnicity')}>
        <Select
          options={codeOptions(codes, 'ethnicity')}
          showSearch={{ optionFilterProp: 'label' }}
          allowClear
          data-testid="child-form-ethnicity"
        />
      </Form.Item>
      <Form.Item
        name="nationality"
        label={t('children.screens.field.nationality')}
        rules={[{ pattern: /^[A-Z]{2}$/, message: t('children.screens.field.nationalityHelp') }]}
      >
        <Input maxLength={2} />
      </Form.Item>
      <Form.Item
        name="personalId"
        label={t('children.field.personalId')}
        dependencies={['sex', 'dob', 'dobPrecision']}
        rules={idRules(() => form.getFieldsValue(['sex', 'dob', 'dobPrecision']) as Values)}
        extra={province ? t('children.id.birthProvince', { province: province.name }) : undefined}
      >
        <Input maxLength={20} inputMode="numeric" autoComplete="off" data-testid="child-form-id" />
      </Form.Item>
    </>
  );
}
