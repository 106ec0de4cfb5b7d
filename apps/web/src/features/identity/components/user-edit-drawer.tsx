import { updateUserInput, type UserDto } from '@vte/contracts';
import { App, Button, Descriptions, Drawer, Form, Space } from 'antd';
import { parseForm, useApiErrorHandler } from '../../../lib/errors';
import { formatDateTime } from '../../../lib/format';
import { usePhone } from '../../../lib/hooks';
import { t } from '../../../lib/i18n';
import { useUpdateUser } from '../api/users';
import { UserFormFields, userFormPayload, type UserFormValues, type UserPickers } from './user-form-fields';
import { UserStatusTags } from './user-status-tags';

const FIELDS = ['fullName', 'email', 'phone', 'role', 'agencyId', 'scopeUnitId'] as const;
const FIELD_CODES = {
  USER_AGENCY_REQUIRED: 'agencyId',
  USER_AGENCY_OUTSIDE_SCOPE: 'agencyId',
  USER_SCOPE_OUTSIDE: 'scopeUnitId',
};

type UserEditDrawerProps = {
  user: UserDto | null;
  pickers: UserPickers;
  canManage: boolean;
  onClose: () => void;
};

/** A user's details; editable for those who may manage users. */
export function UserEditDrawer({ user, pickers, canManage, onClose }: UserEditDrawerProps) {
  const [form] = Form.useForm<UserFormValues>();
  const update = useUpdateUser();
  const onError = useApiErrorHandler();
  const { message } = App.useApp();
  const phone = usePhone();

  const submit = (values: UserFormValues) => {
    if (!user) return;
    const parsed = parseForm(form, updateUserInput, userFormPayload(values), FIELDS);
    if (!('data' in parsed)) return;
    update.mutate(
      { id: user.id, input: parsed.data },
      {
        onSuccess: () => {
          void message.success(t('users.edit.saved'));
          onClose();
        },
        onError: (error) => onError(error, form, FIELDS, FIELD_CODES),
      },
    );
  };

  return (
    <Drawer
      open={user !== null}
      onClose={onClose}
      title={user ? user.fullName : ''}
      size={phone ? '100%' : 560}
      destroyOnHidden
      data-testid="user-edit-drawer"
      footer={
        canManage ? (
          <Space>
            <Button
              type="primary"
              onClick={() => form.submit()}
              loading={update.isPending}
              data-testid="user-edit-submit"
            >
              {t('common.save')}
            </Button>
            <Button onClick={onClose}>{t('common.cancel')}</Button>
          </Space>
        ) : null
      }
    >
      {user ? (
        <Descriptions
          size="small"
          column={1}
          className="drawer-facts"
          items={[
            { key: 'username', label: t('users.field.username'), children: user.username },
            { key: 'status', label: t('users.column.status'), children: <UserStatusTags user={user} /> },
            { key: 'created', label: t('users.field.createdAt'), children: formatDateTime(user.createdAt) },
            {
              key: 'login',
              label: t('users.column.lastLogin'),
              children: user.lastLoginAt ? formatDateTime(user.lastLoginAt) : t('users.neverSignedIn'),
            },
          ]}
        />
      ) : null}
      <Form
        key={user?.id ?? 'none'}
        form={form}
        layout="vertical"
        onFinish={submit}
        disabled={!canManage}
        initialValues={
          user
            ? {
                fullName: user.fullName,
                email: user.email,
                phone: user.phone,
                role: user.role,
                agencyId: user.agencyId,
                scopeUnitId: user.scopeUnitId,
              }
            : undefined
        }
        data-testid="user-edit-form"
      >
        <UserFormFields
          mode="edit"
          pickers={pickers}
          agencyLabel={user?.agencyName}
          scopeLabel={user?.scopeUnitName}
        />
      </Form>
    </Drawer>
  );
}
