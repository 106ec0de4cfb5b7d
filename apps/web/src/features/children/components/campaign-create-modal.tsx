import { DEFAULT_LEGAL_BASIS, type CampaignDto } from '@vte/contracts';
import { DatePicker, Form, Input, Modal } from 'antd';
import { DATE_FORMAT, fromDayjs, todayIso, toDayjs } from '../../../lib/format';
import { useApiErrorHandler } from '../../../lib/errors';
import { t } from '../../../lib/i18n';
import type { IdPicker } from '../../../lib/types';
import { useOpenCampaign } from '../api/campaigns';

type CreateProps = {
  UnitPicker: IdPicker;
  defaultUnitId: string | null;
  onClose: (created?: CampaignDto) => void;
};

/** Opening a campaign snapshots the records with problems in the chosen unit (and all under it). */
export function CampaignCreateModal({ UnitPicker, defaultUnitId, onClose }: CreateProps) {
  const [form] = Form.useForm();
  const open = useOpenCampaign();
  const onError = useApiErrorHandler();
  const submit = async () => {
    const v = await form.validateFields();
    open.mutate(
      {
        name: v.name,
        legalBasis: v.legalBasis,
        unitIds: [v.unitId],
        startsOn: fromDayjs(v.startsOn) ?? todayIso(),
        endsOn: fromDayjs(v.endsOn) ?? null,
      },
      {
        onSuccess: (created) => onClose(created),
        onError: (error) => onError(error, form, ['name', 'legalBasis', 'unitIds', 'startsOn', 'endsOn']),
      },
    );
  };
  return (
    <Modal
      open
      title={t('children.campaign.create')}
      okText={t('children.campaign.createOk')}
      cancelText={t('common.cancel')}
      onOk={() => void submit()}
      onCancel={() => onClose()}
      confirmLoading={open.isPending}
      okButtonProps={{ 'data-testid': 'campaign-create-ok' } as Record<string, string>}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          legalBasis: DEFAULT_LEGAL_BASIS,
          unitId: defaultUnitId,
          startsOn: toDayjs(todayIso()),
        }}
      >
        <Form.Item
          name="name"
          label={t('children.campaign.name')}
          rules={[{ required: true, whitespace: true, message: t('form.required') }]}
        >
          <Input maxLength={200} data-testid="campaign-name" />
        </Form.Item>
        <Form.Item name="legalBasis" label={t('children.campaign.legalBasis')}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item
          name="unitId"
          label={t('children.campaign.unit')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <UnitPicker />
        </Form.Item>
        <Form.Item
          name="startsOn"
          label={t('children.campaign.startsOn')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <DatePicker format={DATE_FORMAT} />
        </Form.Item>
        <Form.Item name="endsOn" label={t('children.campaign.endsOn')}>
          <DatePicker format={DATE_FORMAT} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
