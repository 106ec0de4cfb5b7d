import { Alert, Form, Input, Modal } from 'antd';
import { errorMessage } from '../../../lib/errors';
import { t } from '../../../lib/i18n';
import type { ChildFilters } from '@vte/contracts';
import { useExport } from '../api/register';

type ExportModalProps = {
  open: boolean;
  filters: ChildFilters;
  onClose: () => void;
};

/** An export of children's data needs a stated reason: it is written into the file and the audit log. */
export function ExportModal({ open, filters, onClose }: ExportModalProps) {
  const [form] = Form.useForm<{ reason: string }>();
  const exporter = useExport();
  const submit = async () => {
    const { reason } = await form.validateFields();
    exporter.mutate(
      { ...filters, reason: reason.trim() },
      {
        onSuccess: () => {
          form.resetFields();
          onClose();
        },
      },
    );
  };
  return (
    <Modal
      open={open}
      title={t('children.export.title')}
      okText={t('children.export.ok')}
      cancelText={t('common.cancel')}
      onOk={() => void submit()}
      onCancel={onClose}
      confirmLoading={exporter.isPending}
      okButtonProps={{ 'data-testid': 'children-export-ok' } as Record<string, string>}
      destroyOnHidden
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
          <Input.TextArea rows={3} maxLength={500} showCount data-testid="children-export-reason" />
        </Form.Item>
      </Form>
      {exporter.isError ? <Alert type="error" showIcon title={errorMessage(exporter.error)} /> : null}
    </Modal>
  );
}
