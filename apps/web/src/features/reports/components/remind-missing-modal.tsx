import { Alert, App, Input, Modal } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../../lib/errors';
import { usePhone } from '../../../lib/hooks';
import { t } from '../../../lib/i18n';
import { useRemindMissing } from '../api/completeness';

export type RemindTarget = { agencyIds?: string[]; names: string[] };

type RemindMissingModalProps = {
  periodId: string;
  periodLabel: string;
  target: RemindTarget;
  onClose: () => void;
};

/** Nhắc báo cáo: to every agency that has not sent (default), or to the ones chosen. */
export function RemindMissingModal({ periodId, periodLabel, target, onClose }: RemindMissingModalProps) {
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const remind = useRemindMissing(periodId);
  const { message } = App.useApp();
  const phone = usePhone();

  const send = () => {
    setProblem(null);
    remind.mutate(
      { agencyIds: target.agencyIds, message: text.trim() || null },
      {
        onSuccess: ({ agencies, recipients }) => {
          if (recipients > 0) void message.success(t('reports.remind.sent', { agencies, recipients }));
          else void message.warning(t('reports.remind.noRecipients'));
          onClose();
        },
        onError: (error) => setProblem(errorMessage(error)),
      },
    );
  };

  return (
    <Modal
      open
      title={target.agencyIds ? t('reports.remind.titleSome') : t('reports.remind.titleAll')}
      onCancel={onClose}
      onOk={send}
      okText={t('reports.remind.send')}
      cancelText={t('common.cancel')}
      confirmLoading={remind.isPending}
      width={phone ? '100%' : 560}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'remind-send' }}
    >
      <p>
        {t('reports.remind.to', { period: periodLabel })}{' '}
        <strong>{target.names.length ? target.names.join(', ') : t('reports.remind.nobody')}</strong>
      </p>
      <label htmlFor="remind-message" className="field-label">
        {t('reports.remind.message')}
      </label>
      <Input.TextArea
        id="remind-message"
        value={text}
        onChange={(event) => setText(event.target.value)}
        autoSize={{ minRows: 3, maxRows: 8 }}
        maxLength={1000}
        showCount
        placeholder={t('reports.remind.messageHint')}
        data-testid="remind-message"
      />
      {problem ? <Alert type="error" showIcon title={problem} className="form-alert" /> : null}
    </Modal>
  );
}
