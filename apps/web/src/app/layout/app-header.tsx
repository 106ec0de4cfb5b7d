import {
  DownOutlined,
  KeyOutlined,
  LogoutOutlined,
  MenuOutlined,
  TranslationOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { roleLabels } from '@vte/contracts';
import { Avatar, Button, Dropdown, Layout, Typography, type MenuProps } from 'antd';
import { useNavigate } from 'react-router';
import { NotificationBell } from '../../features/notifications/components/notification-bell';
import { useSession } from '../../lib/auth';
import { locale, setLocale, t } from '../../lib/i18n';

type AppHeaderProps = {
  phone: boolean;
  onOpenMenu: () => void;
  onSignOut: () => void;
  signingOut: boolean;
};

const initials = (fullName: string): string =>
  fullName
    .split(/\s+/)
    .filter(Boolean)
    .slice(-1)
    .map((word) => word[0]?.toUpperCase() ?? '')
    .join('');

export function AppHeader({ phone, onOpenMenu, onSignOut, signingOut }: AppHeaderProps) {
  const { user } = useSession();
  const navigate = useNavigate();
  const roleLabel = roleLabels[user.role];

  const items: MenuProps['items'] = [
    {
      key: 'who',
      disabled: true,
      label: (
        <div className="user-menu-who">
          <strong>{user.fullName}</strong>
          <span>{roleLabel}</span>
          <span>{user.agencyName ?? user.scopeUnitName ?? t('common.national')}</span>
        </div>
      ),
    },
    { type: 'divider' },
    { key: 'password', icon: <KeyOutlined />, label: t('auth.changePassword') },
    {
      key: 'language',
      icon: <TranslationOutlined />,
      label: locale === 'vi' ? 'English' : 'Tiếng Việt',
    },
    { type: 'divider' },
    { key: 'logout', icon: <LogoutOutlined />, label: t('auth.signOut'), danger: true, disabled: signingOut },
  ];

  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key === 'password') void navigate('/change-password');
    if (key === 'language') setLocale(locale === 'vi' ? 'en' : 'vi');
    if (key === 'logout') onSignOut();
  };

  return (
    <Layout.Header className="app-header">
      {phone ? (
        <Button
          type="text"
          icon={<MenuOutlined />}
          onClick={onOpenMenu}
          aria-label={t('nav.openMenu')}
          data-testid="menu-open"
          className="header-menu-button"
        />
      ) : null}
      {phone ? <span className="header-brand">{t('app.name')}</span> : <span />}
      <div className="header-right">
        <NotificationBell />
        <Dropdown menu={{ items, onClick }} trigger={['click']} placement="bottomRight">
          <Button type="text" className="user-button" data-testid="user-menu" aria-label={t('nav.userMenu')}>
            <Avatar
              size="small"
              className="user-avatar"
              icon={initials(user.fullName) ? undefined : <UserOutlined />}
            >
              {initials(user.fullName)}
            </Avatar>
            {phone ? null : (
              <span className="user-button-text">
                <Typography.Text strong ellipsis>
                  {user.fullName}
                </Typography.Text>
                <Typography.Text type="secondary" ellipsis className="user-role">
                  {roleLabel}
                </Typography.Text>
              </span>
            )}
            <DownOutlined className="user-button-caret" />
          </Button>
        </Dropdown>
      </div>
    </Layout.Header>
  );
}
