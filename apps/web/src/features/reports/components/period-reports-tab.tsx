import type { AgencyReportSummaryDto } from '@vte/contracts';
import { Skeleton, Table, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { QueryError } from '../../../components/query-error';
import { formatDateTime } from '../../../lib/format';
import { t } from '../../../lib/i18n';
import { usePeriodReports } from '../api/completeness';
import { OnTimeTag, ReportStatusTag } from './report-tags';

/** Báo cáo của các cơ quan: every report of the period; opening one shows it with the review actions. */
export function PeriodReportsTab({ periodId }: { periodId: string }) {
  const reports = usePeriodReports(periodId);
  if (reports.isPending) return <Skeleton active paragraph={{ rows: 6 }} />;
  if (reports.isError) return <QueryError error={reports.error} onRetry={() => void reports.refetch()} />;
  const rows = [...reports.data].sort((a, b) => a.agencyName.localeCompare(b.agencyName, 'vi'));
  const columns: TableColumnsType<AgencyReportSummaryDto> = [
    {
      title: t('reports.column.agency'),
      key: 'agency',
      render: (_v, row) => (
        <Link to={`/reports/agency/${row.id}`} data-testid="period-report-open">
          {row.agencyName}
        </Link>
      ),
    },
    {
      title: t('reports.column.state'),
      key: 'status',
      render: (_v, row) => (
        <span className="tag-row">
          <ReportStatusTag status={row.status} />
          <OnTimeTag onTime={row.onTime} />
        </span>
      ),
    },
    {
      title: t('reports.column.version'),
      dataIndex: 'version',
      width: 90,
      responsive: ['sm'],
      render: (version: number) => (version > 0 ? version : '—'),
    },
    {
      title: t('reports.column.lastSubmittedAt'),
      key: 'sent',
      responsive: ['md'],
      render: (_v, row) => <span className="nowrap">{formatDateTime(row.lastSubmittedAt)}</span>,
    },
  ];
  return (
    <Table<AgencyReportSummaryDto>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={rows}
      loading={reports.isFetching}
      pagination={false}
      locale={{ emptyText: t('reports.periodReports.empty') }}
      data-testid="period-reports"
    />
  );
}
