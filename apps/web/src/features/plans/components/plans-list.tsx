import { ImportOutlined } from '@ant-design/icons';
import { planStatusLabels, planStatuses, type PlanStatus, type PlanSummaryDto } from '@vte/contracts';
import { Button, Card, Empty, Input, Select, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { PageHeader } from '../../../components/page-header';
import { QueryError } from '../../../components/query-error';
import { ResponsiveTable, type ResponsiveColumn } from '../../../components/responsive-table';
import { formatNumber } from '../../../lib/format';
import { intParam, useSearchState } from '../../../lib/hooks';
import { t } from '../../../lib/i18n';
import { usePlans } from '../api/plans';
import { planIssueLine } from './plan-format';
import { PlanStatusTag } from './plan-tags';
import { PlansNav } from './plans-nav';
import '../plans.css';

const KEYS = ['q', 'status', 'year', 'page', 'pageSize'] as const;
const statusOptions = planStatuses.map((status) => ({ value: status, label: planStatusLabels[status] }));
const thisYear = new Date().getFullYear();
const yearOptions = Array.from({ length: 8 }, (_v, i) => thisYear + 1 - i).map((year) => ({
  value: String(year),
  label: String(year),
}));

type PlansListProps = { canManage: boolean };

/** Danh sách kế hoạch: searched, filtered and paged on the server; filters live in the address bar. */
export function PlansList({ canManage }: PlansListProps) {
  const [filters, setFilters] = useSearchState(KEYS);
  const [q, setQ] = useState(filters.q ?? '');
  const navigate = useNavigate();
  const status = planStatuses.includes(filters.status as PlanStatus)
    ? (filters.status as PlanStatus)
    : undefined;
  const year = filters.year && /^\d{4}$/.test(filters.year) ? Number(filters.year) : undefined;
  const plans = usePlans({
    q: filters.q,
    status,
    year,
    page: intParam(filters.page, 1),
    pageSize: intParam(filters.pageSize, 20),
  });
  const filtered = Boolean(filters.q || status || year);

  const columns: ResponsiveColumn<PlanSummaryDto>[] = [
    {
      title: t('plans.column.plan'),
      key: 'title',
      card: 'title',
      render: (_v, plan) => (
        <div className="cell-stack">
          <Link to={`/plans/${plan.id}`} className="plan-title-link" data-testid="plan-open">
            {plan.title}
          </Link>
          <Typography.Text type="secondary">
            {[plan.issuerName, planIssueLine(plan)].filter(Boolean).join(' · ')}
          </Typography.Text>
        </div>
      ),
    },
    { title: t('plans.column.year'), key: 'year', dataIndex: 'year', width: 80 },
    {
      title: t('plans.column.unit'),
      key: 'unitName',
      dataIndex: 'unitName',
      from: 'md',
    },
    {
      title: t('plans.column.tasks'),
      key: 'taskCount',
      dataIndex: 'taskCount',
      align: 'right',
      width: 110,
      render: (count: number) => formatNumber(count),
    },
    {
      title: t('plans.column.status'),
      key: 'status',
      dataIndex: 'status',
      width: 140,
      render: (value: PlanStatus) => <PlanStatusTag status={value} />,
    },
  ];

  const importButton = canManage ? (
    <Button
      type="primary"
      icon={<ImportOutlined />}
      onClick={() => void navigate('/plans/import')}
      data-testid="plan-import"
    >
      {t('plans.import.button')}
    </Button>
  ) : null;

  const empty = filtered ? (
    t('plans.list.noMatch')
  ) : (
    <Empty description={t(canManage ? 'plans.list.emptyManage' : 'plans.list.empty')}>{importButton}</Empty>
  );

  return (
    <>
      <PageHeader title={t('plans.title')} subtitle={t('plans.subtitle')} extra={importButton} />
      <PlansNav active="list" />
      <Card>
        <div className="filter-bar" role="search">
          <Input.Search
            value={q}
            onChange={(event) => {
              setQ(event.target.value);
              if (!event.target.value) setFilters({ q: undefined });
            }}
            onSearch={(value) => setFilters({ q: value.trim() })}
            placeholder={t('plans.filter.search')}
            aria-label={t('plans.filter.search')}
            allowClear
            className="filter-search"
            data-testid="plans-search"
          />
          <Select
            value={status}
            onChange={(value: PlanStatus | undefined) => setFilters({ status: value })}
            options={statusOptions}
            allowClear
            placeholder={t('plans.filter.status')}
            aria-label={t('plans.filter.status')}
            className="filter-select"
          />
          <Select
            value={year ? String(year) : undefined}
            onChange={(value: string | undefined) => setFilters({ year: value })}
            options={yearOptions}
            allowClear
            placeholder={t('plans.filter.year')}
            aria-label={t('plans.filter.year')}
            className="filter-select"
          />
        </div>
        {plans.isError ? (
          <QueryError error={plans.error} onRetry={() => void plans.refetch()} />
        ) : (
          <ResponsiveTable<PlanSummaryDto>
            rowKey="id"
            columns={columns}
            dataSource={plans.data?.items ?? []}
            loading={plans.isFetching}
            locale={{ emptyText: plans.isPending ? ' ' : empty }}
            data-testid="plans-table"
            pagination={{
              current: plans.data?.page ?? 1,
              pageSize: plans.data?.pageSize ?? 20,
              total: plans.data?.total ?? 0,
              showSizeChanger: true,
              pageSizeOptions: [10, 20, 50, 100],
              showTotal: (total) => t('plans.list.total', { total: formatNumber(total) }),
              onChange: (page, pageSize) => setFilters({ page, pageSize }),
            }}
          />
        )}
      </Card>
    </>
  );
}
