import { UnlockOutlined } from '@ant-design/icons';
import type { MyReportDto } from '@vte/contracts';
import { App, Button, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useApiErrorHandler } from '../../../lib/errors';
import { formatDate } from '../../../lib/format';
import { t } from '../../../lib/i18n';
import { useRequestReopen } from '../api/reopen';
import { lockText } from './lock-text';

/** Whether the agency cannot write and may ask: locked or accepted, and no request waiting. */
export const canAskReopen = (row: MyReportDto): boolean =>
  !!row.lock && row.lock.reason !== 'not_open' && row.reopenRequest?.status !== 'pending';

/** Why the row is locked and where its "Đề nghị mở lại" stands (issue 9 item 3). */
export function LockStatus({ row }: { row: MyReportDto }) {
  const request = row.reopenRequest;
  return (
    <>
      {row.lock ? (
        <span className="muted small-text" data-testid="my-report-lock">
          {lockText(row.lock)}
        </span>
      ) : null}
      {request?.status === 'pending' ? (
        <span className="small-text" data-testid="my-report-reopen-status">
          {t('reports.reopen.pending', { date: formatDate(request.createdAt.slice(0, 10)) })}
        </span>
      ) : null}
      {request?.status === 'refused' ? (
        <span className="small-text text-danger" data-testid="my-report-reopen-status">
          {t('reports.reopen.refused', { answer: request.answer ?? '' })}
        </span>
      ) : null}
      {request?.status === 'granted' && !row.lock && request.reopenedUntil ? (
        <span className="small-text" data-testid="my-report-reopen-status">
          {t('reports.reopen.granted', { date: formatDate(request.reopenedUntil) })}
        </span>
      ) : null}
    </>
  );
}

/** "Đề nghị mở lại": the reason goes to the focal department, which answers in one click. */
export function ReopenRequestButton({ row }: { row: MyReportDto }) {
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();
  const ask = useRequestReopen();
  const onError = useApiErrorHandler();
  const { message } = App.useApp();

  const send = async ({ reason }: { reason: string }) => {
    try {
      await ask.mutateAsync({ periodId: row.period.id, reason });
      void message.success(t('reports.reopen.sent'));
      setOpen(false);
      form.resetFields();
    } catch (error) {
      onError(error, form, ['reason']);
    }
  };

  return (
    <>
      <Button icon={<UnlockOutlined />} onClick={() => setOpen(true)} data-testid="my-report-reopen">
        {t('reports.reopen.button')}
      </Button>
      <Modal
        open={open}
        title={t('reports.reopen.title', { period: row.period.label })}
        okText={t('reports.reopen.send')}
        cancelText={t('common.cancel')}
        confirmLoading={ask.isPending}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={(values) => void send(values)}>
          <Form.Item
            name="reason"
            label={t('reports.reopen.reason')}
            rules={[{ required: true, whitespace: true, message: t('form.required') }]}
          >
            <Input.TextArea
              autoSize={{ minRows: 3, maxRows: 8 }}
              maxLength={2000}
              placeholder={t('reports.reopen.reasonHint')}
              data-testid="reopen-reason"
            />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
