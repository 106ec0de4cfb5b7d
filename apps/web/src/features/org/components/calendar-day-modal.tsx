import { putCalendarDayInput, type CalendarDayDto } from '@vte/contracts';
import { App, Checkbox, Form, Input, Modal, Select } from 'antd';
import { useEffect } from 'react';
import { formatDate } from '../../../lib/format';
import { parseForm, useApiErrorHandler } from '../../../lib/errors';
import { usePhone } from '../../../lib/hooks';
import { t } from '../../../lib/i18n';
import { usePutCalendarDay } from '../api/calendar';

type Values = {
  date?: string;
  kind?: 'holiday' | 'workday';
  name?: string;
  confirmed?: boolean;
  source?: string;
};
const FIELDS = ['date', 'kind', 'name', 'confirmed', 'source'] as const;

export type CalendarDayTarget = { mode: 'create'; year: number } | { mode: 'edit'; day: CalendarDayDto };

/** Adds or edits one exception of the working calendar (a day off or a make-up working day). */
export function CalendarDayModal({
  target,
  onClose,
}: {
  target: CalendarDayTarget | null;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const put = usePutCalendarDay();
  const onError = useApiErrorHandler();
  const { message } = App.useApp();
  const phone = usePhone();
  const editing = target?.mode === 'edit' ? target.day : null;

  useEffect(() => {
    if (!target) return;
    form.resetFields();
    form.setFieldsValue(
      editing
        ? { ...editing, source: editing.source ?? '' }
        : { date: `${target.mode === 'create' ? target.year : ''}-01-01`, kind: 'holiday', confirmed: false },
    );
  }, [target, editing, form]);

  const submit = (values: Values) => {
    const date = editing?.date ?? values.date ?? '';
    const parsed = parseForm(
      form,
      putCalendarDayInput,
      {
        kind: values.kind,
        name: values.name,
        confirmed: Boolean(values.confirmed),
        source: values.source?.trim() ? values.source.trim() : null,
      },
      FIELDS,
    );
    if (!('data' in parsed)) return;
    put.mutate(
      { date, input: parsed.data },
      {
        onSuccess: () => {
          void message.success(t('calendar.saved', { date: formatDate(date) }));
          onClose();
        },
        onError: (error) => onError(error, form, FIELDS, { CALENDAR_WORKDAY_WEEKDAY: 'kind' }),
      },
    );
  };

  return (
    <Modal
      open={target !== null}
      title={editing ? t('calendar.edit', { date: formatDate(editing.date) }) : t('calendar.add')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={put.isPending}
      width={phone ? '100%' : 520}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={submit} requiredMark>
        <Form.Item name="date" label={t('calendar.field.date')} rules={[{ required: true }]}>
          <Input type="date" disabled={Boolean(editing)} />
        </Form.Item>
        <Form.Item name="kind" label={t('calendar.field.kind')} rules={[{ required: true }]}>
          <Select
            options={[
              { value: 'holiday', label: t('calendar.kind.holiday') },
              { value: 'workday', label: t('calendar.kind.workday') },
            ]}
          />
        </Form.Item>
        <Form.Item name="name" label={t('calendar.field.name')} rules={[{ required: true }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="source" label={t('calendar.field.source')}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item name="confirmed" valuePropName="checked">
          <Checkbox>{t('calendar.field.confirmed')}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}
