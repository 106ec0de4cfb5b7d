import type { UserDto } from '@vte/contracts';
import { Tag } from 'antd';
import { t } from '../../../lib/i18n';

/** Active / disabled / locked / must change password, as tags. */
export function UserStatusTags({ user }: { user: UserDto }) {
  return (
    <span className="tag-row">
      {user.disabled ? (
        <Tag color="default">{t('users.status.disabled')}</Tag>
      ) : (
        <Tag color="green">{t('users.status.active')}</Tag>
      )}
      {user.locked ? <Tag color="red">{t('users.status.locked')}</Tag> : null}
      {user.mustChangePassword ? <Tag color="gold">{t('users.status.mustChange')}</Tag> : null}
    </span>
  );
}
