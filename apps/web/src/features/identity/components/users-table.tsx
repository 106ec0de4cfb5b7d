import { EditOutlined, MoreOutlined } from '@ant-design/icons';
import { roleLabels, type UserDto } from '@vte/contracts';
import { Button, Dropdown, Space, Typography, type MenuProps } from 'antd';
import { ResponsiveTable, type ResponsiveColumn } from '../../../components/responsive-table';
import { formatDateTime, formatNumber } from '../../../lib/format';
import { t } from '../../../lib/i18n';
import type { UserPage } from '../api/users';
import { UserStatusTags } from './user-status-tags';

export type UserAction = 'edit' | 'reset' | 'unlock' | 'disable' | 'enable';

type UsersTableProps = {
  data: UserPage | undefined;
  loading: boolean;
  canManage: boolean;
  currentUserId: string;
  onAction: (action: UserAction, user: UserDto) => void;
  onPageChange: (page: number, pageSize: number) => void;
};

function actionItems(user: UserDto, currentUserId: string): MenuProps['items'] {
  return [
    { key: 'reset', label: t('users.action.reset') },
    ...(user.locked ? [{ key: 'unlock', label: t('users.action.unlock') }] : []),
    { type: 'divider' as const },
    user.disabled
      ? { key: 'enable', label: t('users.action.enable') }
      : {
          key: 'disable',
          label: t('users.action.disable'),
          danger: true,
          disabled: user.id === currentUserId,
        },
  ];
}

export function UsersTable({
  data,
  loading,
  canManage,
  currentUserId,
  onAction,
  onPageChange,
}: UsersTableProps) {
  const columns: ResponsiveColumn<UserDto>[] = [
    {
      title: t('users.column.user'),
      key: 'user',
      card: 'title',
      render: (_value, user) => (
        <div className="cell-stack">
          <Typography.Link onClick={() => onAction('edit', user)} data-testid="user-open">
            {user.fullName}
          </Typography.Link>
          <Typography.Text type="secondary">{user.username}</Typography.Text>
        </div>
      ),
    },
    {
      title: t('users.column.role'),
      key: 'role',
      dataIndex: 'role',
      render: (role: UserDto['role']) => roleLabels[role],
    },
    {
      title: t('users.column.agency'),
      key: 'agency',
      from: 'md',
      render: (_value, user) => (
        <div className="cell-stack">
          <span>{user.agencyName ?? '—'}</span>
          <Typography.Text type="secondary">{user.scopeUnitName ?? t('common.national')}</Typography.Text>
        </div>
      ),
    },
    {
      title: t('users.column.status'),
      key: 'status',
      render: (_value, user) => <UserStatusTags user={user} />,
    },
    {
      title: t('users.column.lastLogin'),
      key: 'lastLogin',
      dataIndex: 'lastLoginAt',
      from: 'lg',
      render: (value: string | null) =>
        value ? (
          formatDateTime(value)
        ) : (
          <Typography.Text type="secondary">{t('users.neverSignedIn')}</Typography.Text>
        ),
    },
  ];
  if (canManage) {
    columns.push({
      title: <span className="sr-only">{t('common.actions')}</span>,
      key: 'actions',
      card: 'actions',
      align: 'right',
      render: (_value, user) => (
        <Space size={4}>
          <Button
            size="small"
            icon={<EditOutlined />}
            onClick={() => onAction('edit', user)}
            aria-label={t('users.action.editOf', { name: user.fullName })}
            data-testid="user-edit"
          />
          <Dropdown
            trigger={['click']}
            menu={{
              items: actionItems(user, currentUserId),
              onClick: ({ key }) => onAction(key as UserAction, user),
            }}
          >
            <Button
              size="small"
              icon={<MoreOutlined />}
              aria-label={t('users.action.moreOf', { name: user.fullName })}
              data-testid="user-more"
            />
          </Dropdown>
        </Space>
      ),
    });
  }

  return (
    <ResponsiveTable<UserDto>
      rowKey="id"
      columns={columns}
      dataSource={data?.items ?? []}
      loading={loading}
      locale={{ emptyText: t('users.empty') }}
      data-testid="users-table"
      pagination={{
        current: data?.page ?? 1,
        pageSize: data?.pageSize ?? 20,
        total: data?.total ?? 0,
        showSizeChanger: true,
        pageSizeOptions: [10, 20, 50, 100],
        showTotal: (total) => t('users.total', { total: formatNumber(total) }),
        onChange: onPageChange,
      }}
    />
  );
}
