import { createGroupInput, updateGroupInput, type GroupDto } from '@vte/contracts';
import { App, Form, Input, Modal, Select } from 'antd';
import { parseForm, useApiErrorHandler } from '../../../lib/errors';
import { usePhone } from '../../../lib/hooks';
import { t } from '../../../lib/i18n';
import { matchesSearch } from '../../../lib/text';
import { useAgencies } from '../api/agencies';
import { useCreateGroup, useUpdateGroup } from '../api/groups';
import { UnitPicker } from './unit-picker';

type Values = {
  unitId?: string | null;
  name?: string;
  aliases?: string[];
  description?: string;
  memberIds?: string[];
};
const FIELDS = ['unitId', 'name', 'aliases', 'description', 'memberIds'] as const;

export type GroupFormTarget = { mode: 'create'; unitId?: string } | { mode: 'edit'; group: GroupDto };

type GroupFormModalProps = { target: GroupFormTarget | null; onClose: () => void };

/** Create or edit a group of agencies ("Các cơ quan phối hợp"…); members come from the group's unit. */
export function GroupFormModal({ target, onClose }: GroupFormModalProps) {
  const [form] = Form.useForm<Values>();
  const create = useCreateGroup();
  const update = useUpdateGroup();
  const onError = useApiErrorHandler();
  const { message } = App.useApp();
  const phone = usePhone();
  const editing = target?.mode === 'edit' ? target.group : null;
  const watchedUnit = Form.useWatch<string | null | undefined>('unitId', form);
  const unitId = editing?.unitId ?? watchedUnit ?? undefined;
  const agencies = useAgencies({ unitId, page: 1, pageSize: 200 }, Boolean(unitId));

  const memberOptions = [
    ...(agencies.data?.items ?? []).map((agency) => ({ value: agency.id, label: agency.name })),
    ...(editing?.members ?? [])
      .filter((member) => !agencies.data?.items.some((agency) => agency.id === member.id))
      .map((member) => ({ value: member.id, label: member.name })),
  ];

  const submit = (values: Values) => {
    const base = {
      name: values.name,
      aliases: (values.aliases ?? []).map((alias) => alias.trim()).filter(Boolean),
      description: values.description?.trim() ? values.description.trim() : null,
      memberIds: values.memberIds ?? [],
    };
    const done = (group: GroupDto) => {
      void message.success(editing ? t('org.group.saved') : t('org.group.created', { name: group.name }));
      onClose();
    };
    const fail = (error: unknown) => onError(error, form, FIELDS, { GROUP_MEMBER_INVALID: 'memberIds' });
    if (editing) {
      const parsed = parseForm(form, updateGroupInput, base, FIELDS);
      if ('data' in parsed)
        update.mutate({ id: editing.id, input: parsed.data }, { onSuccess: done, onError: fail });
    } else {
      const parsed = parseForm(
        form,
        createGroupInput,
        { ...base, unitId: values.unitId ?? undefined },
        FIELDS,
      );
      if ('data' in parsed) create.mutate(parsed.data, { onSuccess: done, onError: fail });
    }
  };

  return (
    <Modal
      open={target !== null}
      title={editing ? t('org.group.editTitle', { name: editing.name }) : t('org.group.createTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={create.isPending || update.isPending}
      width={phone ? '100%' : 640}
      mask={{ closable: false }}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        data-testid="group-form"
        initialValues={
          editing
            ? {
                unitId: editing.unitId,
                name: editing.name,
                aliases: editing.aliases,
                description: editing.description ?? undefined,
                memberIds: editing.members.map((member) => member.id),
              }
            : { unitId: target?.mode === 'create' ? target.unitId : undefined, aliases: [], memberIds: [] }
        }
      >
        <Form.Item
          name="unitId"
          label={t('org.group.unit')}
          extra={editing ? t('org.group.unitFixed') : undefined}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <UnitPicker disabled={Boolean(editing)} />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('org.group.name')}
          rules={[{ required: true, whitespace: true, message: t('form.required') }]}
        >
          <Input placeholder={t('org.group.namePlaceholder')} />
        </Form.Item>
        <Form.Item name="aliases" label={t('org.aliases')} extra={t('org.aliasesHelp')}>
          <Select
            mode="tags"
            open={false}
            tokenSeparators={[';']}
            suffixIcon={null}
            aria-label={t('org.aliases')}
          />
        </Form.Item>
        <Form.Item name="description" label={t('org.group.description')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={500} showCount />
        </Form.Item>
        <Form.Item
          name="memberIds"
          label={t('org.group.members')}
          extra={unitId ? t('org.group.membersHelp') : t('org.group.pickUnitFirst')}
        >
          <Select
            mode="multiple"
            options={memberOptions}
            disabled={!unitId}
            loading={agencies.isFetching}
            showSearch={{
              filterOption: (input, option) => matchesSearch(String(option?.label ?? ''), input),
            }}
            placeholder={t('org.group.membersPlaceholder')}
            notFoundContent={agencies.isFetching ? t('common.loading') : t('common.noMatch')}
            data-testid="group-members"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
