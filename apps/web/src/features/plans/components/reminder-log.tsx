import type { ReminderDto } from '@vte/contracts';
import { Alert, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { QueryError } from '../../../components/query-error';
import { isApiError } from '../../../lib/api-client';
import { formatDateTime, formatNumber } from '../../../lib/format';
import { t } from '../../../lib/i18n';
import { useReminders } from '../api/reminders';

const KIND: Record<ReminderDto['kind'], { color: string; label: Parameters<typeof t>[0] }> = {
  before_due: { color: 'blue', label: 'plans.reminders.kind.before_due' },
  overdue: { color: 'red', label: 'plans.reminders.kind.overdue' },
  manual: { color: 'default', label: 'plans.reminders.kind.manual' },
};

/** Nhắc việc: every reminder sent for this plan, automatic or by hand. */
export function ReminderLog({ planId }: { planId: string }) {
  const reminders = useReminders(planId);
  if (reminders.isError) {
    if (isApiError(reminders.error) && reminders.error.code === 'ROUTE_NOT_FOUND') {
      return <Alert type="info" showIcon title={t('plans.reminders.unavailable')} />;
    }
    return <QueryError error={reminders.error} onRetry={() => void reminders.refetch()} />;
  }
  const columns: TableColumnsType<ReminderDto> = [
    {
      title: t('plans.reminders.time'),
      dataIndex: 'createdAt',
      render: (v: string) => <span className="nowrap">{formatDateTime(v)}</span>,
    },
    {
      title: t('plans.reminders.agency'),
      key: 'agency',
      render: (_v, r) => (
        <div className="cell-stack">
          <span>{r.agencyName}</span>
          {r.taskNumber ? (
            <Typography.Text type="secondary">
              {t('plans.review.taskN', { number: r.taskNumber })}
            </Typography.Text>
          ) : null}
        </div>
      ),
    },
    {
      title: t('plans.reminders.kind'),
      dataIndex: 'kind',
      render: (kind: ReminderDto['kind']) => <Tag color={KIND[kind].color}>{t(KIND[kind].label)}</Tag>,
    },
    {
      title: t('plans.reminders.message'),
      dataIndex: 'message',
      render: (v: string | null) => <div className="pre-wrap reminder-message">{v ?? '—'}</div>,
    },
    {
      title: t('plans.reminders.sender'),
      key: 'sender',
      responsive: ['md'],
      render: (_v, r) =>
        r.kind !== 'manual' ? (
          <Typography.Text type="secondary">{t('plans.reminders.system')}</Typography.Text>
        ) : (
          (r.sentByName ?? '—')
        ),
    },
    {
      title: t('plans.reminders.recipients'),
      dataIndex: 'recipients',
      align: 'right',
      render: (n: number) => formatNumber(n),
    },
  ];
  return (
    <Table<ReminderDto>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={reminders.data ?? []}
      loading={reminders.isFetching}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: reminders.isPending ? ' ' : t('plans.reminders.empty') }}
      data-testid="reminder-log"
    />
  );
}
