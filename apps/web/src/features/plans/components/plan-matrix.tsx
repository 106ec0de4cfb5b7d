import { FileExcelOutlined, TeamOutlined } from '@ant-design/icons';
import type { AssignmentRole, MatrixDto } from '@vte/contracts';
import { Button, Skeleton, Table, Typography, type TableColumnsType } from 'antd';
import { QueryError } from '../../../components/query-error';
import { usePhone } from '../../../lib/hooks';
import { t } from '../../../lib/i18n';
import { planMatrixXlsxUrl, usePlanMatrix } from '../api/plans';

type Row = MatrixDto['rows'][number];

function Cell({ role }: { role: AssignmentRole | undefined }) {
  if (!role) return <span className="sr-only">{t('plans.matrix.none')}</span>;
  return (
    <span className={`matrix-cell matrix-${role}`}>
      {t(role === 'lead' ? 'plans.matrix.lead' : 'plans.matrix.partner')}
    </span>
  );
}

/** Phân công: tasks × agencies and groups; the first columns stay put while the rest scroll. */
export function PlanMatrix({ planId }: { planId: string }) {
  const matrix = usePlanMatrix(planId);
  const phone = usePhone();
  if (matrix.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (matrix.isError) return <QueryError error={matrix.error} onRetry={() => void matrix.refetch()} />;

  const columns: TableColumnsType<Row> = [
    {
      title: t('plans.matrix.number'),
      dataIndex: 'number',
      fixed: 'left',
      width: phone ? 44 : 56,
      align: 'center',
      render: (number: string, row) =>
        row.parentId ? <span className="muted">{number}</span> : <strong>{number}</strong>,
    },
    {
      title: t('plans.matrix.task'),
      dataIndex: 'content',
      fixed: 'left',
      width: phone ? 150 : 320,
      render: (content: string) => (
        <span className="matrix-content" title={content}>
          {content}
        </span>
      ),
    },
    ...matrix.data.columns.map((column) => ({
      key: column.id,
      title: (
        <span className="matrix-head" title={column.name}>
          {column.kind === 'group' ? <TeamOutlined aria-label={t('plans.chip.group')} /> : null} {column.name}
        </span>
      ),
      width: 116,
      align: 'center' as const,
      render: (_v: unknown, row: Row) => <Cell role={row.cells[column.id]} />,
    })),
  ];

  return (
    <>
      <div className="tab-toolbar">
        <Typography.Text type="secondary">
          {t('plans.matrix.summary', { tasks: matrix.data.rows.length, columns: matrix.data.columns.length })}
        </Typography.Text>
        <Button
          icon={<FileExcelOutlined />}
          href={planMatrixXlsxUrl(planId)}
          download
          data-testid="plan-download-xlsx"
        >
          {t('plans.download.xlsx')}
        </Button>
      </div>
      <Table<Row>
        rowKey="taskId"
        size="small"
        bordered
        columns={columns}
        dataSource={matrix.data.rows}
        pagination={false}
        scroll={{ x: 'max-content' }}
        sticky
        className="plan-matrix"
        data-testid="plan-matrix"
        locale={{ emptyText: t('plans.matrix.empty') }}
      />
      <Typography.Paragraph type="secondary" className="matrix-legend">
        <Cell role="lead" /> {t('plans.matrix.legendLead')} · <Cell role="partner" />{' '}
        {t('plans.matrix.legendPartner')} · <TeamOutlined /> {t('plans.matrix.legendGroup')}
      </Typography.Paragraph>
    </>
  );
}
