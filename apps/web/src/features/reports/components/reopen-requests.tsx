import { CheckOutlined, CloseOutlined } from '@ant-design/icons';
import type { ReopenRequestDto } from '@vte/contracts';
import { App, Button, Card, Form, Input, Modal, Tag } from 'antd';
import { useState } from 'react';
import { useApiErrorHandler } from '../../../lib/errors';
import { formatDate, formatDateTime } from '../../../lib/format';
import { t } from '../../../lib/i18n';
import { useAnswerReopen, useReopenRequests } from '../api/reopen';
import { lockText } from './lock-text';
import '../reports-flow.css';

/** Days a one-click reopening lasts (the server's default, REOPEN_DAYS). */
const REOPEN_DAYS = 14;

/**
 * "Đề nghị mở lại" waiting for the focal department: reopen in one click (that agency's report,
 * 14 days) or refuse with a reason the agency reads (issue 9 item 3). Hidden when none is waiting.
 */
export function ReopenRequests() {
  const list = useReopenRequests(true);
  const answer = useAnswerReopen();
  const [refusing, setRefusing] = useState<ReopenRequestDto | null>(null);
  const [form] = Form.useForm<{ answer: string }>();
  const onError = useApiErrorHandler();
  const { message } = App.useApp();
  const pending = (list.data ?? []).filter((r) => r.status === 'pending');
  if (pending.length === 0) return null;

  const reopen = async (r: ReopenRequestDto) => {
    try {
      const done = await answer.mutateAsync({ id: r.id, decision: 'reopen' });
      void message.success(
        t('reports.reopen.granted.done', { agency: r.agencyName, date: formatDate(done.reopenedUntil) }),
      );
    } catch (error) {
      onError(error);
    }
  };
  const refuse = async ({ answer: text }: { answer: string }) => {
    if (!refusing) return;
    try {
      await answer.mutateAsync({ id: refusing.id, decision: 'refuse', answer: text });
      void message.success(t('reports.reopen.refused.done'));
      setRefusing(null);
      form.resetFields();
    } catch (error) {
      onError(error, form, ['answer']);
    }
  };

  return (
    <Card
      title={t('reports.reopen.listTitle')}
      className="report-card"
      size="small"
      data-testid="reopen-requests"
    >
      <ul className="plain-list">
        {pending.map((r) => (
          <li key={r.id} className="reopen-item" data-testid="reopen-request">
            <div className="card-list-main">
              <strong>
                {t('reports.reopen.from', {
                  agency: r.agencyName,
                  period: r.periodLabel,
                  time: formatDateTime(r.createdAt),
                })}
              </strong>
              <span className="pre-wrap">{r.reason}</span>
              {r.lock ? <Tag>{lockText(r.lock)}</Tag> : null}
            </div>
            <div className="card-list-actions">
              <Button
                type="primary"
                icon={<CheckOutlined />}
                loading={answer.isPending && answer.variables?.id === r.id}
                onClick={() => void reopen(r)}
                data-testid="reopen-grant"
              >
                {t('reports.reopen.grant', { days: REOPEN_DAYS })}
              </Button>
              <Button icon={<CloseOutlined />} onClick={() => setRefusing(r)} data-testid="reopen-refuse">
                {t('reports.reopen.refuse')}
              </Button>
            </div>
          </li>
        ))}
      </ul>
      <Modal
        open={refusing !== null}
        title={refusing ? t('reports.reopen.refuseTitle', { agency: refusing.agencyName }) : ''}
        okText={t('reports.reopen.refuse')}
        cancelText={t('common.cancel')}
        confirmLoading={answer.isPending}
        onOk={() => form.submit()}
        onCancel={() => setRefusing(null)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={(values) => void refuse(values)}>
          <Form.Item
            name="answer"
            label={t('reports.reopen.refuseReason')}
            rules={[{ required: true, whitespace: true, message: t('form.required') }]}
          >
            <Input.TextArea
              autoSize={{ minRows: 3, maxRows: 8 }}
              maxLength={2000}
              data-testid="reopen-answer"
            />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
