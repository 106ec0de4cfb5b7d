import type { ConsolidatedSummaryDto } from '@vte/contracts';
import { Skeleton, Table, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { QueryError } from '../../../components/query-error';
import { formatDateTime } from '../../../lib/format';
import { t } from '../../../lib/i18n';
import { useReceived } from '../api/consolidated';
import { ConsolidatedStatusTag } from './report-tags';

/** Báo cáo nhận được: consolidated reports sent to units in my scope. */
export function ReceivedList() {
  const received = useReceived();
  if (received.isPending) return <Skeleton active paragraph={{ rows: 5 }} />;
  if (received.isError) return <QueryError error={received.error} onRetry={() => void received.refetch()} />;
  const rows = [...received.data].sort((a, b) => (b.submittedAt ?? '').localeCompare(a.submittedAt ?? ''));
  const columns: TableColumnsType<ConsolidatedSummaryDto> = [
    {
      title: t('reports.column.report'),
      key: 'subject',
      render: (_v, row) => (
        <div className="cell-stack">
          <Link to={`/reports/consolidated/${row.id}?as=receiver`} data-testid="received-open">
            {row.subject || row.periodLabel}
          </Link>
          <span className="muted small-text">{`${row.unitName} · ${row.periodLabel}`}</span>
        </div>
      ),
    },
    {
      title: t('reports.column.state'),
      key: 'status',
      render: (_v, row) => <ConsolidatedStatusTag status={row.status} />,
    },
    {
      title: t('reports.column.submittedAt'),
      key: 'submittedAt',
      responsive: ['sm'],
      render: (_v, row) => <span className="nowrap">{formatDateTime(row.submittedAt)}</span>,
    },
  ];
  return (
    <Table<ConsolidatedSummaryDto>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={rows}
      pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      locale={{ emptyText: t('reports.received.empty') }}
      data-testid="received-list"
    />
  );
}
