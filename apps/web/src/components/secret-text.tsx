import { Alert, Typography } from 'antd';
import { t } from '../lib/i18n';

type SecretTextProps = { value: string; note?: string };

/** A one-time secret (temporary password): large, monospaced, copyable, with a warning. */
export function SecretText({ value, note }: SecretTextProps) {
  return (
    <div className="secret-text">
      <Typography.Text
        code
        copyable={{ text: value, tooltips: [t('common.copy'), t('common.copied')] }}
        className="secret-value"
        data-testid="temporary-password"
      >
        {value}
      </Typography.Text>
      <Alert type="warning" showIcon title={note ?? t('users.tempPassword.note')} />
    </div>
  );
}
