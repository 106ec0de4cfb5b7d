import { changePasswordInput } from '@vte/contracts';
import { App, Button, Form, Input, Space } from 'antd';
import { useState } from 'react';
import { parseForm, useApiErrorHandler } from '../../../lib/errors';
import { t } from '../../../lib/i18n';
import { useChangePassword } from '../api/auth';

type Values = { currentPassword: string; newPassword: string; confirmPassword: string };
const FIELDS = ['currentPassword', 'newPassword'] as const;
const FIELD_CODES = {
  AUTH_WRONG_PASSWORD: 'currentPassword',
  AUTH_WEAK_PASSWORD: 'newPassword',
  AUTH_SAME_PASSWORD: 'newPassword',
};

type ChangePasswordFormProps = { onDone: () => void; onCancel?: () => void };

export function ChangePasswordForm({ onDone, onCancel }: ChangePasswordFormProps) {
  const [form] = Form.useForm<Values>();
  const change = useChangePassword();
  const onError = useApiErrorHandler();
  const { message } = App.useApp();
  // The rule under the field is hidden while it shows why a password was refused: the refusal already
  // gives the advice, and both together read as the same message twice (issue 9 item 15).
  const [refused, setRefused] = useState(false);

  const onFinish = ({ currentPassword, newPassword }: Values) => {
    const markRefused = () => setRefused(form.getFieldError('newPassword').length > 0);
    const parsed = parseForm(form, changePasswordInput, { currentPassword, newPassword }, FIELDS);
    if (!('data' in parsed)) return markRefused();
    change.mutate(parsed.data, {
      onSuccess: () => {
        void message.success(t('auth.passwordChanged'));
        onDone();
      },
      onError: (error) => {
        onError(error, form, FIELDS, FIELD_CODES);
        markRefused();
      },
    });
  };

  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={onFinish}
      requiredMark={false}
      onValuesChange={(changed: Partial<Values>) => {
        if ('newPassword' in changed) setRefused(false);
      }}
      data-testid="change-password-form"
    >
      <Form.Item
        name="currentPassword"
        label={t('auth.currentPassword')}
        rules={[{ required: true, message: t('auth.passwordRequired') }]}
      >
        <Input.Password autoComplete="current-password" autoFocus />
      </Form.Item>
      <Form.Item
        name="newPassword"
        label={t('auth.newPassword')}
        extra={refused ? undefined : t('auth.passwordRule')}
        rules={[{ required: true, message: t('auth.passwordRequired') }]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirmPassword"
        label={t('auth.confirmPassword')}
        dependencies={['newPassword']}
        rules={[
          { required: true, message: t('auth.confirmRequired') },
          ({ getFieldValue }) => ({
            validator: (_rule, value: string | undefined) =>
              !value || value === getFieldValue('newPassword')
                ? Promise.resolve()
                : Promise.reject(new Error(t('auth.confirmMismatch'))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Space wrap>
        <Button
          type="primary"
          htmlType="submit"
          loading={change.isPending}
          data-testid="change-password-submit"
        >
          {t('auth.changePassword')}
        </Button>
        {onCancel ? <Button onClick={onCancel}>{t('common.cancel')}</Button> : null}
      </Space>
    </Form>
  );
}
