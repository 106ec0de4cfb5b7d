import type { NotificationDto } from '@vte/contracts';
import { Button, Empty, Spin, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { isApiError } from '../../../lib/api-client';
import { errorMessage } from '../../../lib/errors';
import { formatDateTime } from '../../../lib/format';
import { t } from '../../../lib/i18n';
import { useMarkAllRead, useMarkRead, useNotifications } from '../api/notifications';

/** Links are stored as app paths; accept "/app/plans/…" and full URLs of this site too. */
function appPath(link: string): string | null {
  try {
    const url = new URL(link, window.location.origin);
    if (url.origin !== window.location.origin) return null;
    const path = url.pathname.startsWith('/app/')
      ? url.pathname.slice(4)
      : url.pathname === '/app'
        ? '/'
        : url.pathname;
    return `${path}${url.search}${url.hash}`;
  } catch {
    return null;
  }
}

/** The bell's dropdown: the latest notices, mark read, open what they point to. Loaded on first open. */
export function NotificationPanel({ onNavigate }: { onNavigate: () => void }) {
  const notifications = useNotifications();
  const markRead = useMarkRead();
  const markAll = useMarkAllRead();
  const navigate = useNavigate();
  const list = notifications.data ?? [];
  const unread = list.filter((n) => !n.readAt).length;

  const openItem = (n: NotificationDto) => {
    if (!n.readAt) markRead.mutate(n.id);
    const path = n.link ? appPath(n.link) : null;
    if (path) {
      onNavigate();
      void navigate(path);
    }
  };

  return (
    <div className="notice-panel" data-testid="notification-panel">
      <div className="notice-head">
        <strong>{t('notifications.title')}</strong>
        {unread > 0 ? (
          <Button
            type="link"
            size="small"
            loading={markAll.isPending}
            onClick={() => markAll.mutate()}
            data-testid="notification-read-all"
          >
            {t('notifications.readAll')}
          </Button>
        ) : null}
      </div>
      {notifications.isPending ? (
        <div className="notice-empty">
          <Spin />
        </div>
      ) : notifications.isError ? (
        <Typography.Paragraph type="secondary" className="notice-empty">
          {isApiError(notifications.error) && notifications.error.code === 'ROUTE_NOT_FOUND'
            ? t('notifications.unavailable')
            : errorMessage(notifications.error)}
        </Typography.Paragraph>
      ) : list.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notifications.empty')} />
      ) : (
        <ul className="notice-list">
          {list.slice(0, 30).map((n) => (
            <li key={n.id}>
              <button
                type="button"
                className={`notice-item${n.readAt ? '' : ' notice-unread'}`}
                onClick={() => openItem(n)}
              >
                <span className="notice-title">{n.title}</span>
                {n.body ? <span className="notice-body">{n.body}</span> : null}
                <span className="notice-time">{formatDateTime(n.createdAt)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
