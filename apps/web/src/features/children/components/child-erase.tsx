import { Alert, Button, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useApiErrorHandler } from '../../../lib/errors';
import { t } from '../../../lib/i18n';
import { useEraseChild } from '../api/child-manage';

type EraseProps = { childId: string; childName: string; onClose: () => void };

/**
 * Erasure on a lawful request: the request's reference and the legal basis are asked, then a second
 * confirmation repeats the child's name; the API empties the record and keeps an audited tombstone.
 */
export function EraseChildModal({ childId, childName, onClose }: EraseProps) {
  const [form] = Form.useForm<{ requestRef: string; reason: string }>();
  const [confirming, setConfirming] = useState<{ requestRef: string; reason: string } | null>(null);
  const erase = useEraseChild(childId);
  const navigate = useNavigate();
  const onError = useApiErrorHandler();
  const first = async () => {
    const values = await form.validateFields().catch(() => null); // messages shown on the fields
    if (values) setConfirming(values);
  };
  const second = () =>
    erase.mutate(confirming!, {
      onSuccess: () => void navigate('/children', { replace: true, state: { erased: true } }),
      onError: (error) => {
        setConfirming(null);
        onError(error, form, ['requestRef', 'reason']);
      },
    });
  return (
    <Modal
      open
      title={t(confirming ? 'children.screens.erase.confirmTitle' : 'children.screens.erase.title')}
      onCancel={onClose}
      footer={[
        <Button key="cancel" onClick={confirming ? () => setConfirming(null) : onClose}>
          {t(confirming ? 'children.screens.erase.back' : 'common.cancel')}
        </Button>,
        confirming ? (
          <Button
            key="erase"
            danger
            type="primary"
            loading={erase.isPending}
            onClick={second}
            data-testid="erase-confirm"
          >
            {t('children.screens.erase.confirm')}
          </Button>
        ) : (
          <Button key="next" danger onClick={() => void first()} data-testid="erase-next">
            {t('children.screens.erase.next')}
          </Button>
        ),
      ]}
    >
      {confirming ? (
        <Alert
          type="error"
          showIcon
          title={t('children.screens.erase.final', { name: childName })}
          description={t('children.screens.erase.finalHelp', { ref: confirming.requestRef })}
          data-testid="erase-final"
        />
      ) : (
        <>
          <Typography.Paragraph>{t('children.screens.erase.help')}</Typography.Paragraph>
          <Form form={form} layout="vertical">
            <Form.Item
              name="requestRef"
              label={t('children.screens.erase.requestRef')}
              rules={[{ required: true, whitespace: true, message: t('form.required') }]}
            >
              <Input maxLength={120} data-testid="erase-ref" />
            </Form.Item>
            <Form.Item
              name="reason"
              label={t('children.screens.erase.reason')}
              rules={[
                {
                  required: true,
                  whitespace: true,
                  min: 10,
                  message: t('children.screens.erase.reasonRule'),
                },
              ]}
            >
              <Input.TextArea rows={3} maxLength={1000} data-testid="erase-reason" />
            </Form.Item>
          </Form>
        </>
      )}
    </Modal>
  );
}
