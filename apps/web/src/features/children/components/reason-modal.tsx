import { Alert, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../../lib/errors';
import { t } from '../../../lib/i18n';

type ReasonModalProps = {
  title: string;
  onSubmit: (reason: string) => Promise<unknown>;
  onClose: () => void;
};

/** Asks why personal data leaves the system (check sheets, police lists); the server records it. */
export function ReasonModal({ title, onSubmit, onClose }: ReasonModalProps) {
  const [form] = Form.useForm<{ reason: string }>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const submit = async () => {
    const { reason } = await form.validateFields();
    setBusy(true);
    setFailure(null);
    try {
      await onSubmit(reason.trim());
      onClose();
    } catch (error) {
      setFailure(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title={title}
      okText={t('children.export.ok')}
      cancelText={t('common.cancel')}
      onOk={() => void submit()}
      onCancel={onClose}
      confirmLoading={busy}
      okButtonProps={{ 'data-testid': 'reason-ok' } as Record<string, string>}
    >
      <Alert type="warning" showIcon title={t('children.export.warning')} className="children-gap" />
      <Form form={form} layout="vertical">
        <Form.Item
          name="reason"
          label={t('children.export.reason')}
          rules={[
            { required: true, whitespace: true, min: 10, message: t('children.export.reasonRequired') },
          ]}
        >
          <Input.TextArea rows={3} maxLength={500} data-testid="reason-text" />
        </Form.Item>
      </Form>
      {failure ? <Alert type="error" showIcon title={failure} /> : null}
    </Modal>
  );
}
