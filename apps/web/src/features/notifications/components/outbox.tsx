import type { OutboxItemDto } from '@vte/contracts';
import { Alert, Card, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { PageHeader } from '../../../components/page-header';
import { QueryError } from '../../../components/query-error';
import { isApiError } from '../../../lib/api-client';
import { formatDateTime, formatNumber } from '../../../lib/format';
import { intParam, useSearchState } from '../../../lib/hooks';
import { t, type MessageKey } from '../../../lib/i18n';
import { useOutbox } from '../api/notifications';

const STATUS: Record<OutboxItemDto['status'], { color: string; label: MessageKey }> = {
  pending: { color: 'blue', label: 'outbox.status.queued' },
  sending: { color: 'processing', label: 'outbox.status.sending' },
  sent: { color: 'green', label: 'outbox.status.sent' },
  failed: { color: 'red', label: 'outbox.status.failed' },
};

/** Thư gửi đi: every e-mail the system queued, with its state — in development, where mail is read. */
export function Outbox() {
  const [filters, setFilters] = useSearchState(['page', 'pageSize'] as const);
  const outbox = useOutbox(intParam(filters.page, 1), intParam(filters.pageSize, 20));
  const columns: TableColumnsType<OutboxItemDto> = [
    {
      title: t('outbox.column.created'),
      dataIndex: 'createdAt',
      render: (v: string) => <span className="nowrap">{formatDateTime(v)}</span>,
    },
    { title: t('outbox.column.to'), dataIndex: 'toAddress' },
    {
      title: t('outbox.column.subject'),
      dataIndex: 'subject',
      render: (v: string) => <div className="outbox-subject">{v}</div>,
    },
    {
      title: t('outbox.column.status'),
      key: 'status',
      render: (_v, item) => {
        const s = STATUS[item.status];
        return (
          <div className="cell-stack">
            <span>
              <Tag color={s.color}>{t(s.label)}</Tag>
            </span>
            {item.lastError ? (
              <Typography.Text type="danger" className="small-text">
                {item.lastError}
              </Typography.Text>
            ) : null}
          </div>
        );
      },
    },
    { title: t('outbox.column.attempts'), dataIndex: 'attempts', align: 'right', responsive: ['md'] },
    {
      title: t('outbox.column.sent'),
      dataIndex: 'sentAt',
      responsive: ['md'],
      render: (v: string | null) => (v ? <span className="nowrap">{formatDateTime(v)}</span> : '—'),
    },
  ];
  const unavailable = outbox.isError && isApiError(outbox.error) && outbox.error.code === 'ROUTE_NOT_FOUND';
  return (
    <>
      <PageHeader title={t('outbox.title')} subtitle={t('outbox.subtitle')} />
      <Card>
        {unavailable ? (
          <Alert type="info" showIcon title={t('outbox.unavailable')} />
        ) : outbox.isError ? (
          <QueryError error={outbox.error} onRetry={() => void outbox.refetch()} />
        ) : (
          <Table<OutboxItemDto>
            rowKey="id"
            columns={columns}
            dataSource={outbox.data?.items ?? []}
            loading={outbox.isFetching}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: outbox.isPending ? ' ' : t('outbox.empty') }}
            data-testid="outbox-table"
            pagination={{
              current: outbox.data?.page ?? 1,
              pageSize: outbox.data?.pageSize ?? 20,
              total: outbox.data?.total ?? 0,
              showSizeChanger: true,
              showTotal: (total) => t('outbox.total', { total: formatNumber(total) }),
              onChange: (page, pageSize) => setFilters({ page, pageSize }),
            }}
          />
        )}
      </Card>
    </>
  );
}
