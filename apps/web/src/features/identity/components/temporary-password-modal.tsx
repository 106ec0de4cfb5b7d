import { Button, Modal, Typography } from 'antd';
import { SecretText } from '../../../components/secret-text';
import { t } from '../../../lib/i18n';

export type TemporaryPassword = {
  username: string;
  fullName: string;
  password: string | null;
  created: boolean;
};

type TemporaryPasswordModalProps = { value: TemporaryPassword | null; onClose: () => void };

/** Shows a temporary password exactly once; it cannot be shown again after closing. */
export function TemporaryPasswordModal({ value, onClose }: TemporaryPasswordModalProps) {
  return (
    <Modal
      open={value !== null}
      title={value?.created ? t('users.created.title') : t('users.reset.doneTitle')}
      onCancel={onClose}
      mask={{ closable: false }}
      keyboard={false}
      footer={
        <Button type="primary" onClick={onClose} data-testid="temporary-password-close">
          {value?.password ? t('users.tempPassword.saved') : t('common.close')}
        </Button>
      }
      destroyOnHidden
    >
      {value ? (
        <>
          <Typography.Paragraph>
            {t('users.tempPassword.for', { fullName: value.fullName, username: value.username })}
          </Typography.Paragraph>
          {value.password ? (
            <SecretText value={value.password} />
          ) : (
            <Typography.Paragraph type="secondary">{t('users.created.ownPassword')}</Typography.Paragraph>
          )}
        </>
      ) : null}
    </Modal>
  );
}
