import { roleLabels, roles, type Role } from '@vte/contracts';
import { Col, Form, Input, Row, Select } from 'antd';
import { t } from '../../../lib/i18n';
import type { IdPicker } from '../../../lib/types';

/** Pickers owned by the org feature, handed in by the route (features do not import each other). */
export type UserPickers = { AgencyPicker: IdPicker; UnitPicker: IdPicker };

export type UserFormValues = {
  username?: string;
  fullName?: string;
  email?: string | null;
  phone?: string | null;
  role?: Role;
  agencyId?: string | null;
  scopeUnitId?: string | null;
  password?: string;
};

export const roleOptions = roles.map((role) => ({ value: role, label: roleLabels[role] }));

const emptyToNull = (value: string | null | undefined): string | null =>
  value?.trim() ? value.trim() : null;

/** Form values → the fields both user contracts share (empty text becomes null). */
export function userFormPayload(values: UserFormValues) {
  return {
    fullName: values.fullName,
    email: emptyToNull(values.email),
    phone: emptyToNull(values.phone),
    role: values.role,
    agencyId: values.agencyId ?? null,
    scopeUnitId: values.scopeUnitId === undefined ? undefined : values.scopeUnitId,
  };
}

type UserFormFieldsProps = {
  mode: 'create' | 'edit';
  pickers: UserPickers;
  agencyLabel?: string | null;
  scopeLabel?: string | null;
};

/** The fields of the create form and the edit drawer (antd names match the contract fields). */
export function UserFormFields({ mode, pickers, agencyLabel, scopeLabel }: UserFormFieldsProps) {
  const { AgencyPicker, UnitPicker } = pickers;
  const role = Form.useWatch<Role | undefined>('role');
  const agencyRequired = role === 'agency_reporter';

  return (
    <Row gutter={16}>
      {mode === 'create' ? (
        <Col xs={24} sm={12}>
          <Form.Item
            name="username"
            label={t('users.field.username')}
            extra={t('users.field.usernameHelp')}
            rules={[{ required: true, whitespace: true, message: t('form.required') }]}
          >
            <Input autoComplete="off" autoCapitalize="none" spellCheck={false} data-testid="user-username" />
          </Form.Item>
        </Col>
      ) : null}
      <Col xs={24} sm={mode === 'create' ? 12 : 24}>
        <Form.Item
          name="fullName"
          label={t('users.field.fullName')}
          rules={[{ required: true, whitespace: true, message: t('form.required') }]}
        >
          <Input autoComplete="off" data-testid="user-fullName" />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item
          name="email"
          label={t('users.field.email')}
          rules={[{ type: 'email', message: t('form.email') }]}
        >
          <Input type="email" inputMode="email" autoComplete="off" data-testid="user-email" />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item name="phone" label={t('users.field.phone')}>
          <Input type="tel" inputMode="tel" autoComplete="off" data-testid="user-phone" />
        </Form.Item>
      </Col>
      <Col xs={24}>
        <Form.Item
          name="role"
          label={t('users.field.role')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <Select
            options={roleOptions}
            data-testid="user-role"
            placeholder={t('users.field.rolePlaceholder')}
          />
        </Form.Item>
      </Col>
      <Col xs={24}>
        <Form.Item
          name="scopeUnitId"
          label={t('users.field.scope')}
          extra={t('users.field.scopeHelp')}
          rules={[
            {
              validator: (_rule, value: string | null | undefined) =>
                value === undefined ? Promise.reject(new Error(t('form.required'))) : Promise.resolve(),
            },
          ]}
        >
          <UnitPicker allowNational valueLabel={scopeLabel} data-testid="user-scopeUnitId" />
        </Form.Item>
      </Col>
      <Col xs={24}>
        <Form.Item
          name="agencyId"
          label={t('users.field.agency')}
          extra={agencyRequired ? t('users.field.agencyRequiredHelp') : t('users.field.agencyHelp')}
          rules={[{ required: agencyRequired, message: t('users.field.agencyRequired') }]}
        >
          <AgencyPicker allowClear valueLabel={agencyLabel} data-testid="user-agencyId" />
        </Form.Item>
      </Col>
      {mode === 'create' ? (
        <Col xs={24}>
          <Form.Item
            name="password"
            label={t('users.field.password')}
            extra={t('users.field.passwordHelp')}
            rules={[{ min: 10, message: t('auth.passwordRule') }]}
          >
            <Input.Password autoComplete="new-password" data-testid="user-password" />
          </Form.Item>
        </Col>
      ) : null}
    </Row>
  );
}
