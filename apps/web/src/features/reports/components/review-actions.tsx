import { CheckOutlined, RollbackOutlined } from '@ant-design/icons';
import { reviewInput, type ReviewInput } from '@vte/contracts';
import { Alert, App, Button, Input, Modal } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../../lib/errors';
import { usePhone } from '../../../lib/hooks';
import { t } from '../../../lib/i18n';

type ReviewActionsProps = {
  onReview: (input: ReviewInput) => Promise<unknown>;
  pending: boolean;
  /** What is reviewed, for the dialog titles ("báo cáo của Phòng Y tế"). */
  subject: string;
};

/** Tiếp nhận / Trả lại (with the reason, which the contract requires). */
export function ReviewActions({ onReview, pending, subject }: ReviewActionsProps) {
  const [returning, setReturning] = useState(false);
  const [comment, setComment] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const { modal, message } = App.useApp();
  const phone = usePhone();

  const send = async (input: ReviewInput) => {
    const parsed = reviewInput.safeParse(input);
    if (!parsed.success) {
      setProblem(parsed.error.issues[0]?.message ?? t('form.required'));
      return;
    }
    try {
      await onReview(parsed.data);
      void message.success(
        input.decision === 'accept' ? t('reports.review.accepted') : t('reports.review.returned'),
      );
      setReturning(false);
      setComment('');
      setProblem(null);
    } catch (error) {
      if (input.decision === 'return') setProblem(errorMessage(error));
      else void message.error(errorMessage(error));
    }
  };

  return (
    <>
      <Button
        type="primary"
        icon={<CheckOutlined />}
        loading={pending && !returning}
        onClick={() =>
          modal.confirm({
            title: t('reports.review.acceptTitle'),
            content: t('reports.review.acceptConfirm', { subject }),
            okText: t('reports.review.accept'),
            cancelText: t('common.cancel'),
            onOk: () => send({ decision: 'accept', comment: null }),
          })
        }
        data-testid="review-accept"
      >
        {t('reports.review.accept')}
      </Button>
      <Button
        danger
        icon={<RollbackOutlined />}
        onClick={() => setReturning(true)}
        data-testid="review-return"
      >
        {t('reports.review.return')}
      </Button>
      <Modal
        open={returning}
        title={t('reports.review.returnTitle', { subject })}
        onCancel={() => setReturning(false)}
        onOk={() => void send({ decision: 'return', comment: comment.trim() })}
        okText={t('reports.review.return')}
        okButtonProps={{ danger: true, 'data-testid': 'review-return-send' }}
        cancelText={t('common.cancel')}
        confirmLoading={pending}
        width={phone ? '100%' : 560}
        destroyOnHidden
      >
        <label htmlFor="review-comment" className="field-label">
          {t('reports.review.comment')}
        </label>
        <Input.TextArea
          id="review-comment"
          value={comment}
          onChange={(event) => setComment(event.target.value)}
          autoSize={{ minRows: 4, maxRows: 10 }}
          maxLength={4000}
          showCount
          status={problem ? 'error' : undefined}
          data-testid="review-comment"
        />
        {problem ? <Alert type="error" showIcon title={problem} className="form-alert" /> : null}
      </Modal>
    </>
  );
}
