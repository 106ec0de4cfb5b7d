import { changePasswordInput } from '@vte/contracts';
import { App, Button, Form, Input, Space } from 'antd';
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

  const onFinish = ({ currentPassword, newPassword }: Values) => {
    const parsed = parseForm(form, changePasswordInput, { currentPassword, newPassword }, FIELDS);
    if (!('data' in parsed)) return;
    change.mutate(parsed.data, {
      onSuccess: () => {
        void message.success(t('auth.passwordChanged'));
        onDone();
      },
      onError: (error) => onError(error, form, FIELDS, FIELD_CODES),
    });
  };

  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={onFinish}
      requiredMark={false}
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
        extra={t('auth.passwordRule')}
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
