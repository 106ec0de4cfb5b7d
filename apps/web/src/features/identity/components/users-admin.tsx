import { PlusOutlined } from '@ant-design/icons';
import { roles, type Role, type UserDto } from '@vte/contracts';
import { App, Button, Card, Input, Select } from 'antd';
import { useState } from 'react';
import { PageHeader } from '../../../components/page-header';
import { QueryError } from '../../../components/query-error';
import { useSession } from '../../../lib/auth';
import { errorMessage } from '../../../lib/errors';
import { intParam, useSearchState } from '../../../lib/hooks';
import { t } from '../../../lib/i18n';
import { useResetUserPassword, useUnlockUser, useUpdateUser, useUsers } from '../api/users';
import { TemporaryPasswordModal, type TemporaryPassword } from './temporary-password-modal';
import { UserCreateModal } from './user-create-modal';
import { UserEditDrawer } from './user-edit-drawer';
import { roleOptions, type UserPickers } from './user-form-fields';
import { UsersTable, type UserAction } from './users-table';

const FILTER_KEYS = ['q', 'role', 'agencyId', 'unitId', 'page', 'pageSize'] as const;

type UsersAdminProps = { pickers: UserPickers; canManage: boolean };

/** The users screen: server-side search and paging, create, edit, disable, reset password, unlock. */
export function UsersAdmin({ pickers, canManage }: UsersAdminProps) {
  const { user: me } = useSession();
  const { message, modal } = App.useApp();
  const [filters, setFilters] = useSearchState(FILTER_KEYS);
  const [search, setSearch] = useState(filters.q ?? '');
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<UserDto | null>(null);
  const [secret, setSecret] = useState<TemporaryPassword | null>(null);
  const { AgencyPicker, UnitPicker } = pickers;

  const role = roles.includes(filters.role as Role) ? (filters.role as Role) : undefined;
  const users = useUsers({
    q: filters.q,
    role,
    agencyId: filters.agencyId,
    unitId: filters.unitId,
    page: intParam(filters.page, 1),
    pageSize: intParam(filters.pageSize, 20),
  });
  const update = useUpdateUser();
  const reset = useResetUserPassword();
  const unlock = useUnlockUser();

  const onAction = (action: UserAction, user: UserDto) => {
    const name = user.fullName;
    if (action === 'edit') setEditing(user);
    if (action === 'unlock') {
      unlock.mutate(user.id, {
        onSuccess: () => void message.success(t('users.unlock.done', { name })),
        onError: (error) => void message.error(errorMessage(error)),
      });
    }
    if (action === 'enable') {
      update.mutate(
        { id: user.id, input: { disabled: false } },
        {
          onSuccess: () => void message.success(t('users.enable.done', { name })),
          onError: (error) => void message.error(errorMessage(error)),
        },
      );
    }
    if (action === 'disable') {
      modal.confirm({
        title: t('users.disable.title', { name }),
        content: t('users.disable.content'),
        okText: t('users.action.disable'),
        okButtonProps: { danger: true },
        cancelText: t('common.cancel'),
        onOk: () =>
          update
            .mutateAsync({ id: user.id, input: { disabled: true } })
            .then(() => void message.success(t('users.disable.done', { name })))
            .catch((error: unknown) => void message.error(errorMessage(error))),
      });
    }
    if (action === 'reset') {
      modal.confirm({
        title: t('users.reset.title', { name }),
        content: t('users.reset.content'),
        okText: t('users.action.reset'),
        okButtonProps: { danger: true },
        cancelText: t('common.cancel'),
        onOk: () =>
          reset
            .mutateAsync(user.id)
            .then(({ temporaryPassword }) =>
              setSecret({
                username: user.username,
                fullName: name,
                password: temporaryPassword,
                created: false,
              }),
            )
            .catch((error: unknown) => void message.error(errorMessage(error))),
      });
    }
  };

  return (
    <>
      <PageHeader
        title={t('users.title')}
        subtitle={t('users.subtitle')}
        extra={
          canManage ? (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setCreating(true)}
              data-testid="user-create"
            >
              {t('users.create.button')}
            </Button>
          ) : null
        }
      />
      <Card>
        <div className="filter-bar" role="search">
          <Input.Search
            value={search}
            onChange={(event) => {
              setSearch(event.target.value);
              if (!event.target.value) setFilters({ q: undefined });
            }}
            onSearch={(value) => setFilters({ q: value.trim() })}
            placeholder={t('users.filter.search')}
            aria-label={t('users.filter.search')}
            allowClear
            data-testid="users-search"
            className="filter-search"
          />
          <Select
            value={role}
            onChange={(value: Role | undefined) => setFilters({ role: value })}
            options={roleOptions}
            allowClear
            placeholder={t('users.filter.role')}
            aria-label={t('users.filter.role')}
            data-testid="users-filter-role"
            className="filter-select"
            popupMatchSelectWidth={false}
          />
          <div className="filter-select">
            <AgencyPicker
              value={filters.agencyId ?? null}
              onChange={(value) => setFilters({ agencyId: value })}
              placeholder={t('users.filter.agency')}
              aria-label={t('users.filter.agency')}
              allowClear
              data-testid="users-filter-agency"
            />
          </div>
          <div className="filter-select">
            <UnitPicker
              value={filters.unitId ?? null}
              onChange={(value) => setFilters({ unitId: value })}
              placeholder={t('users.filter.unit')}
              aria-label={t('users.filter.unit')}
              allowClear
              data-testid="users-filter-unit"
            />
          </div>
        </div>
        {users.isError ? (
          <QueryError error={users.error} onRetry={() => void users.refetch()} />
        ) : (
          <UsersTable
            data={users.data}
            loading={users.isFetching}
            canManage={canManage}
            currentUserId={me.id}
            onAction={onAction}
            onPageChange={(page, pageSize) => setFilters({ page, pageSize })}
          />
        )}
      </Card>
      <UserCreateModal
        open={creating}
        pickers={pickers}
        onClose={() => setCreating(false)}
        onCreated={(created) => {
          setCreating(false);
          setSecret({
            username: created.user.username,
            fullName: created.user.fullName,
            password: created.temporaryPassword,
            created: true,
          });
        }}
      />
      <UserEditDrawer
        user={editing}
        pickers={pickers}
        canManage={canManage}
        onClose={() => setEditing(null)}
      />
      <TemporaryPasswordModal value={secret} onClose={() => setSecret(null)} />
    </>
  );
}
