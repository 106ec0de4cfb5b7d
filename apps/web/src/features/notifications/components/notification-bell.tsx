import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Popover } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { t } from '../../../lib/i18n';
import { useNotifications } from '../api/notifications';
import '../notifications.css';

// The list is fetched with the shell (for the count) but drawn by a chunk loaded on first open.
const NotificationPanel = lazy(async () => ({
  default: (await import('./notification-panel')).NotificationPanel,
}));

/** The bell in the header: the unread count; a click opens the latest notices. */
export function NotificationBell() {
  const [open, setOpen] = useState(false);
  const notifications = useNotifications();
  const unread = (notifications.data ?? []).filter((n) => !n.readAt).length;

  return (
    <Popover
      open={open}
      onOpenChange={setOpen}
      trigger="click"
      placement="bottomRight"
      arrow={false}
      // Never null: antd's Tooltip treats an empty overlay as "nothing to show" and then drops
      // onOpenChange, so a click never opened the bell (issue 9 item 2).
      content={
        open ? (
          <Suspense fallback={<div className="notice-panel notice-empty">{t('common.loading')}</div>}>
            <NotificationPanel onNavigate={() => setOpen(false)} />
          </Suspense>
        ) : (
          <span />
        )
      }
    >
      <Button
        type="text"
        className="header-bell"
        aria-label={unread ? t('notifications.ariaUnread', { count: unread }) : t('notifications.aria')}
        data-testid="notification-bell"
      >
        <Badge count={unread} size="small" overflowCount={99}>
          <BellOutlined className="header-bell-icon" />
        </Badge>
      </Button>
    </Popover>
  );
}
