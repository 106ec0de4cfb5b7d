import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { loginInput, type MeDto } from '@vte/contracts';
import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { isApiError } from '../../../lib/api-client';
import { errorMessage, parseForm } from '../../../lib/errors';
import { t } from '../../../lib/i18n';
import { useLogin } from '../api/auth';

type LoginValues = { username: string; password: string };
const FIELDS = ['username', 'password'] as const;
/** Too many tries is a warning, not an error (a locked or disabled account answers like a wrong password). */
const WARNING_CODES = new Set(['RATE_LIMITED']);

type LoginFormProps = { onSignedIn: (me: MeDto) => void };

export function LoginForm({ onSignedIn }: LoginFormProps) {
  const [form] = Form.useForm<LoginValues>();
  const login = useLogin();
  const [failure, setFailure] = useState<{ text: string; warning: boolean } | null>(null);

  const onFinish = (values: LoginValues) => {
    setFailure(null);
    const parsed = parseForm(form, loginInput, values, FIELDS);
    if (!('data' in parsed)) return;
    login.mutate(parsed.data, {
      onSuccess: onSignedIn,
      onError: (error) => {
        setFailure({
          text: errorMessage(error),
          warning: isApiError(error) && WARNING_CODES.has(error.code),
        });
        form.setFieldValue('password', '');
      },
    });
  };

  return (
    <Form
      form={form}
      layout="vertical"
      requiredMark={false}
      onFinish={onFinish}
      size="large"
      data-testid="login-form"
    >
      {failure ? (
        <Alert
          type={failure.warning ? 'warning' : 'error'}
          showIcon
          title={failure.text}
          className="form-alert"
          role="alert"
          data-testid="login-error"
        />
      ) : null}
      <Form.Item
        name="username"
        label={t('auth.username')}
        rules={[{ required: true, whitespace: true, message: t('auth.usernameRequired') }]}
      >
        <Input
          prefix={<UserOutlined />}
          autoComplete="username"
          autoCapitalize="none"
          autoCorrect="off"
          spellCheck={false}
          autoFocus
          data-testid="login-username"
        />
      </Form.Item>
      <Form.Item
        name="password"
        label={t('auth.password')}
        rules={[{ required: true, message: t('auth.passwordRequired') }]}
      >
        <Input.Password
          prefix={<LockOutlined />}
          autoComplete="current-password"
          data-testid="login-password"
        />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={login.isPending} data-testid="login-submit">
        {t('auth.signIn')}
      </Button>
    </Form>
  );
}
