import { createUserInput } from '@vte/contracts';
import { App, Form, Modal } from 'antd';
import { useSession } from '../../../lib/auth';
import { parseForm, useApiErrorHandler } from '../../../lib/errors';
import { usePhone } from '../../../lib/hooks';
import { t } from '../../../lib/i18n';
import { useCreateUser, type CreatedUser } from '../api/users';
import { UserFormFields, userFormPayload, type UserFormValues, type UserPickers } from './user-form-fields';

const FIELDS = [
  'username',
  'fullName',
  'email',
  'phone',
  'role',
  'agencyId',
  'scopeUnitId',
  'password',
] as const;
const FIELD_CODES = {
  USER_USERNAME_TAKEN: 'username',
  USER_AGENCY_REQUIRED: 'agencyId',
  USER_AGENCY_OUTSIDE_SCOPE: 'agencyId',
  USER_SCOPE_OUTSIDE: 'scopeUnitId',
  AUTH_WEAK_PASSWORD: 'password',
};

type UserCreateModalProps = {
  open: boolean;
  pickers: UserPickers;
  onClose: () => void;
  onCreated: (created: CreatedUser) => void;
};

export function UserCreateModal({ open, pickers, onClose, onCreated }: UserCreateModalProps) {
  const [form] = Form.useForm<UserFormValues>();
  const { user: me } = useSession();
  const create = useCreateUser();
  const onError = useApiErrorHandler();
  const { message } = App.useApp();
  const phone = usePhone();

  const submit = (values: UserFormValues) => {
    const body = {
      ...userFormPayload(values),
      username: values.username,
      scopeUnitId: values.scopeUnitId ?? null,
      password: values.password ? values.password : undefined,
    };
    const parsed = parseForm(form, createUserInput, body, FIELDS);
    if (!('data' in parsed)) return;
    create.mutate(parsed.data, {
      onSuccess: (created) => {
        void message.success(t('users.created.toast', { username: created.user.username }));
        form.resetFields();
        onCreated(created);
      },
      onError: (error) => onError(error, form, FIELDS, FIELD_CODES),
    });
  };

  return (
    <Modal
      open={open}
      title={t('users.create.title')}
      okText={t('users.create.submit')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={create.isPending}
      okButtonProps={{ 'data-testid': 'user-create-submit' } as Record<string, string>}
      width={phone ? '100%' : 640}
      mask={{ closable: false }}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ scopeUnitId: me.scopeUnitId, agencyId: null }}
        data-testid="user-create-form"
      >
        <UserFormFields mode="create" pickers={pickers} scopeLabel={me.scopeUnitName} />
      </Form>
    </Modal>
  );
}
