import { Modal, Radio, Space, Typography } from 'antd';
import { useState } from 'react';
import { t } from '../../../lib/i18n';

export const PURPOSES = ['quan_ly', 'ho_tro_can_thiep', 'thong_ke', 'lam_sach', 'khac'] as const;
export type Purpose = (typeof PURPOSES)[number];

type PurposeModalProps = { initial: Purpose; onChoose: (purpose: Purpose) => void; onCancel: () => void };

/** Why the record is opened: asked every time, recorded with the audit row of the read (Law 91/2025). */
export function PurposeModal({ initial, onChoose, onCancel }: PurposeModalProps) {
  const [purpose, setPurpose] = useState<Purpose>(initial);
  return (
    <Modal
      open
      title={t('children.purpose.title')}
      okText={t('children.purpose.ok')}
      cancelText={t('common.back')}
      onOk={() => onChoose(purpose)}
      onCancel={onCancel}
      okButtonProps={{ 'data-testid': 'child-purpose-ok' } as Record<string, string>}
      maskClosable={false}
    >
      <Typography.Paragraph type="secondary">{t('children.purpose.help')}</Typography.Paragraph>
      <Radio.Group value={purpose} onChange={(event) => setPurpose(event.target.value as Purpose)}>
        <Space direction="vertical">
          {PURPOSES.map((code) => (
            <Radio key={code} value={code} data-testid={`child-purpose-${code}`}>
              {t(`children.purpose.${code}`)}
            </Radio>
          ))}
        </Space>
      </Radio.Group>
    </Modal>
  );
}
