import { EditOutlined, PlusOutlined, ThunderboltOutlined, UnlockOutlined } from '@ant-design/icons';
import { periodKindLabels, periodKinds, type PeriodDto, type PeriodKind } from '@vte/contracts';
import { Button, Card, Empty, Select, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { PageHeader } from '../../../components/page-header';
import { QueryError } from '../../../components/query-error';
import { formatDate } from '../../../lib/format';
import { usePhone, useSearchState } from '../../../lib/hooks';
import { t } from '../../../lib/i18n';
import { usePeriods, usePlanOptions } from '../api/periods';
import { GeneratePeriodsModal } from './generate-periods-modal';
import { PeriodFormModal } from './period-form-modal';
import { DeadlineText } from './report-tags';
import { ReportsNav } from './reports-nav';
import { ReopenRequests } from './reopen-requests';
import '../reports.css';

const KEYS = ['year', 'planId', 'kind'] as const;
const thisYear = new Date().getFullYear();
const yearOptions = Array.from({ length: 8 }, (_v, i) => thisYear + 1 - i).map((year) => ({
  value: String(year),
  label: String(year),
}));
const kindOptions = periodKinds.map((kind) => ({ value: kind, label: periodKindLabels[kind] }));

type Editing = { period?: PeriodDto; reopen?: boolean } | null;

/** Kỳ báo cáo: the reporting periods in the user's scope; reviewers create, date and reopen them. */
export function PeriodsList({ canReview }: { canReview: boolean }) {
  const [filters, setFilters] = useSearchState(KEYS);
  const [editing, setEditing] = useState<Editing>(null);
  const [generating, setGenerating] = useState(false);
  const phone = usePhone();
  const year = filters.year && /^\d{4}$/.test(filters.year) ? Number(filters.year) : undefined;
  const kind = periodKinds.includes(filters.kind as PeriodKind) ? (filters.kind as PeriodKind) : undefined;
  const periods = usePeriods({ year, planId: filters.planId, kind });
  const plans = usePlanOptions(true);
  const rows = [...(periods.data ?? [])].sort((a, b) => b.dueDate.localeCompare(a.dueDate));

  const columns: TableColumnsType<PeriodDto> = [
    {
      title: t('reports.column.period'),
      key: 'label',
      render: (_v, period) => (
        <div className="cell-stack">
          <Link to={`/reports/periods/${period.id}`} className="strong-link" data-testid="period-open">
            {period.label}
          </Link>
          <span className="muted small-text">
            {[periodKindLabels[period.kind], period.planTitle, phone ? period.unitName : null]
              .filter(Boolean)
              .join(' · ')}
          </span>
        </div>
      ),
    },
    { title: t('reports.column.unit'), dataIndex: 'unitName', responsive: ['md'] },
    {
      title: t('reports.column.cutoff'),
      key: 'cutoff',
      responsive: ['lg'],
      render: (_v, p) => `${formatDate(p.cutoffFrom)} – ${formatDate(p.cutoffTo)}`,
    },
    {
      title: t('reports.column.due'),
      key: 'due',
      render: (_v, p) => (
        <div className="cell-stack">
          <span className="nowrap">{formatDate(p.dueDate)}</span>
          {p.locked ? (
            <Tag color="default" className="state-tag">
              {t('reports.period.locked')}
            </Tag>
          ) : (
            <DeadlineText dueDate={p.dueDate} />
          )}
          {p.reopenedUntil ? (
            <span className="small-text muted">
              {t('reports.period.reopenedUntil', { date: formatDate(p.reopenedUntil) })}
            </span>
          ) : null}
        </div>
      ),
    },
  ];
  if (canReview)
    columns.push({
      title: <span className="sr-only">{t('common.actions')}</span>,
      key: 'actions',
      width: phone ? 56 : 200,
      render: (_v, period) => (
        <div className="row-actions">
          <Button
            size="small"
            icon={<EditOutlined />}
            onClick={() => setEditing({ period })}
            aria-label={t('reports.period.edit')}
          >
            {phone ? null : t('reports.period.edit')}
          </Button>
          {period.locked ? (
            <Button
              size="small"
              icon={<UnlockOutlined />}
              onClick={() => setEditing({ period, reopen: true })}
            >
              {phone ? null : t('reports.period.reopen')}
            </Button>
          ) : null}
        </div>
      ),
    });

  return (
    <>
      <PageHeader
        title={t('reports.periods.title')}
        subtitle={t('reports.periods.subtitle')}
        extra={
          canReview ? (
            <div className="page-actions">
              <Button
                icon={<ThunderboltOutlined />}
                onClick={() => setGenerating(true)}
                data-testid="periods-generate"
              >
                {t('reports.generate.title')}
              </Button>
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setEditing({})}
                data-testid="periods-create"
              >
                {t('reports.periods.create')}
              </Button>
            </div>
          ) : null
        }
      />
      <ReportsNav active="periods" />
      {canReview ? <ReopenRequests /> : null}
      <div className="filter-bar">
        <Select
          className="filter-select"
          allowClear
          placeholder={t('reports.filter.year')}
          aria-label={t('reports.filter.year')}
          value={filters.year}
          onChange={(value) => setFilters({ year: value })}
          options={yearOptions}
        />
        <Select
          className="filter-select"
          allowClear
          placeholder={t('reports.filter.kind')}
          aria-label={t('reports.filter.kind')}
          value={kind}
          onChange={(value) => setFilters({ kind: value })}
          options={kindOptions}
        />
        <Select
          className="filter-select-wide"
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('reports.filter.plan')}
          aria-label={t('reports.filter.plan')}
          value={filters.planId}
          onChange={(value) => setFilters({ planId: value })}
          loading={plans.isPending}
          options={(plans.data ?? []).map((plan) => ({ value: plan.id, label: plan.title }))}
        />
      </div>
      {periods.isError ? (
        <QueryError error={periods.error} onRetry={() => void periods.refetch()} />
      ) : (
        <Card>
          <Table<PeriodDto>
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={rows}
            loading={periods.isFetching}
            pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
            locale={{
              emptyText: (
                <Empty
                  description={canReview ? t('reports.periods.emptyReview') : t('reports.periods.empty')}
                />
              ),
            }}
            data-testid="periods-table"
          />
        </Card>
      )}
      {editing ? (
        <PeriodFormModal period={editing.period} reopen={editing.reopen} onClose={() => setEditing(null)} />
      ) : null}
      {generating ? <GeneratePeriodsModal onClose={() => setGenerating(false)} /> : null}
    </>
  );
}
