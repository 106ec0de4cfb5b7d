import { Alert, App, Modal, Select } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../../lib/errors';
import { usePhone } from '../../../lib/hooks';
import { t } from '../../../lib/i18n';
import { useGeneratePeriods, usePlanOptions } from '../api/periods';

/** Tạo kỳ từ kế hoạch: the periods the plan's "Chế độ báo cáo" names (idempotent on the server). */
export function GeneratePeriodsModal({ onClose }: { onClose: () => void }) {
  const [planId, setPlanId] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const plans = usePlanOptions(true);
  const generate = useGeneratePeriods();
  const { message } = App.useApp();
  const phone = usePhone();

  const submit = () => {
    if (!planId) return setProblem(t('reports.generate.pickPlan'));
    setProblem(null);
    generate.mutate(planId, {
      onSuccess: (periods) => {
        void message.success(t('reports.generate.done', { count: periods.length }));
        onClose();
      },
      onError: (error) => setProblem(errorMessage(error)),
    });
  };

  return (
    <Modal
      open
      title={t('reports.generate.title')}
      onCancel={onClose}
      onOk={submit}
      okText={t('reports.generate.button')}
      cancelText={t('common.cancel')}
      confirmLoading={generate.isPending}
      width={phone ? '100%' : 560}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'generate-periods-send' }}
    >
      <p className="muted">{t('reports.generate.help')}</p>
      <label htmlFor="generate-plan" className="field-label">
        {t('reports.periodForm.plan')}
      </label>
      <Select
        id="generate-plan"
        value={planId}
        onChange={setPlanId}
        showSearch={{ optionFilterProp: 'label' }}
        loading={plans.isPending}
        style={{ width: '100%' }}
        options={(plans.data ?? []).map((plan) => ({
          value: plan.id,
          label: `${plan.title} (${plan.year})`,
        }))}
        notFoundContent={t('reports.periodForm.noPlans')}
        data-testid="generate-plan"
      />
      {plans.isError ? (
        <Alert type="error" showIcon title={errorMessage(plans.error)} className="form-alert" />
      ) : null}
      {problem ? <Alert type="error" showIcon title={problem} className="form-alert" /> : null}
    </Modal>
  );
}
