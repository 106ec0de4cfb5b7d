import type { AuditEntryDto } from '@vte/contracts';
import { Collapse, Descriptions, Typography } from 'antd';
import { t } from '../../../lib/i18n';

/** The entry as stored — codes, ids, UTC time — one click away for auditors (issue 9 item 11). */
export function RawDetail({ entry }: { entry: AuditEntryDto }) {
  const copy = (text: string) => ({ text, tooltips: [t('common.copy'), t('common.copied')] });
  return (
    <Collapse
      size="small"
      ghost
      className="audit-raw"
      data-testid="audit-raw"
      items={[
        {
          key: 'raw',
          label: t('audit.raw.title'),
          children: (
            <Descriptions size="small" column={1} bordered>
              <Descriptions.Item label={t('audit.raw.entity')}>
                <code>{entry.entity}</code>
              </Descriptions.Item>
              <Descriptions.Item label={t('audit.raw.entityId')}>
                {entry.entityId ? (
                  <Typography.Text className="mono-id" copyable={copy(entry.entityId)}>
                    {entry.entityId}
                  </Typography.Text>
                ) : (
                  '—'
                )}
              </Descriptions.Item>
              <Descriptions.Item label={t('audit.raw.actor')}>
                <code>{entry.actorId ?? entry.actorUsername ?? '—'}</code>
              </Descriptions.Item>
              <Descriptions.Item label={t('audit.raw.at')}>
                <code>{entry.at}</code>
              </Descriptions.Item>
              <Descriptions.Item label={t('audit.column.ip')}>{entry.ip ?? '—'}</Descriptions.Item>
            </Descriptions>
          ),
        },
      ]}
    />
  );
}
