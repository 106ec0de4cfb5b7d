import { ApartmentOutlined } from '@ant-design/icons';
import { periodKindLabels, periodKinds, type PeriodKind, type ProvinceCompletenessDto } from '@vte/contracts';
import {
  App,
  Button,
  Card,
  Empty,
  Select,
  Skeleton,
  Table,
  Tabs,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { PageHeader } from '../../../components/page-header';
import { QueryError } from '../../../components/query-error';
import { errorMessage } from '../../../lib/errors';
import { formatDate, formatNumber } from '../../../lib/format';
import { usePhone, useSearchState } from '../../../lib/hooks';
import { t } from '../../../lib/i18n';
import { useProvinceConsolidate, type GenerateMode, type GenerateResult } from '../api/consolidated';
import { usePeriods } from '../api/periods';
import { useProvince } from '../api/province';
import { latestYear, percent } from '../lib/rates';
import { CompletenessSummary } from './completeness-summary';
import { ConflictsModal } from './conflicts-modal';
import { ReceivedList } from './received-list';
import { ConsolidatedStatusTag, OnTimeTag } from './report-tags';
import { ReportsNav } from './reports-nav';
import '../reports.css';

type UnitRow = ProvinceCompletenessDto['units'][number];
const thisYear = new Date().getFullYear();
const kindOptions = periodKinds.map((kind) => ({ value: kind, label: periodKindLabels[kind] }));

/** Cấp tỉnh: each unit's agencies and consolidated report for one kind of period and year. */
export function ProvincePage({ canReview }: { canReview: boolean }) {
  const [filters, setFilters] = useSearchState(['kind', 'year', 'tab'] as const);
  const phone = usePhone();
  const kind = periodKinds.includes(filters.kind as PeriodKind) ? (filters.kind as PeriodKind) : 'six_month';
  const periods = usePeriods({ kind });
  const year =
    filters.year && /^\d{4}$/.test(filters.year)
      ? Number(filters.year)
      : latestYear(periods.data ?? [], thisYear);
  const yearKnown = Boolean(filters.year) || !periods.isPending;
  const province = useProvince(kind, year, yearKnown);
  const consolidate = useProvinceConsolidate();
  const [conflicts, setConflicts] = useState<GenerateResult['conflicts']>([]);
  const [generatedId, setGeneratedId] = useState<string | null>(null);
  const navigate = useNavigate();
  const { message } = App.useApp();
  const years = [...new Set([thisYear, year, ...(periods.data ?? []).map((p) => p.year)])].sort(
    (a, b) => b - a,
  );

  const run = async (mode: GenerateMode) => {
    try {
      const result = await consolidate.mutateAsync({ kind, year, mode });
      setGeneratedId(result.report.id);
      if (mode === 'keep' && result.conflicts.length) setConflicts(result.conflicts);
      else void navigate(`/reports/consolidated/${result.report.id}`);
    } catch (error) {
      void message.error({ content: errorMessage(error), duration: 8 });
    }
  };

  const columns: TableColumnsType<UnitRow> = [
    {
      title: t('reports.column.unit'),
      key: 'unit',
      render: (_v, row) => (
        <div className="cell-stack">
          <Link to={`/reports/periods/${row.periodId}`}>{row.unitName}</Link>
          <span className="muted small-text">{t('reports.dueOn', { date: formatDate(row.dueDate) })}</span>
        </div>
      ),
    },
    {
      title: t('reports.column.agencies'),
      key: 'agencies',
      render: (_v, row) => (
        <span className="nowrap">
          {formatNumber(row.counts.submitted)}/{formatNumber(row.counts.expected)}{' '}
          <span className="muted small-text">({percent(row.counts.rate)}%)</span>
        </span>
      ),
    },
    {
      title: t('reports.column.lateMissing'),
      key: 'late',
      responsive: ['md'],
      render: (_v, row) =>
        t('reports.province.lateMissing', { late: row.counts.late, missing: row.counts.missing }),
    },
    {
      title: t('reports.column.consolidated'),
      key: 'consolidated',
      render: (_v, row) =>
        row.consolidated ? (
          <div className="cell-stack">
            <span className="tag-row">
              <ConsolidatedStatusTag status={row.consolidated.status} />
              <OnTimeTag onTime={row.onTime} />
            </span>
            <Link
              to={`/reports/consolidated/${row.consolidated.id}?as=receiver`}
              data-testid="province-open-unit"
            >
              {t('reports.province.open')}
            </Link>
          </div>
        ) : (
          <span className="muted">{t('reports.province.noConsolidated')}</span>
        ),
    },
  ];

  const data = province.data;
  const overview = (
    <>
      {province.isPending || !yearKnown ? <Skeleton active paragraph={{ rows: 8 }} /> : null}
      {province.isError ? (
        <QueryError error={province.error} onRetry={() => void province.refetch()} />
      ) : null}
      {data ? (
        <>
          <div className="province-summaries">
            <div>
              <Typography.Title level={3} className="section-title">
                {t('reports.province.units')}
              </Typography.Title>
              <CompletenessSummary counts={data.counts} noun="units" />
            </div>
            <div>
              <Typography.Title level={3} className="section-title">
                {t('reports.province.agencies')}
              </Typography.Title>
              <CompletenessSummary counts={data.agencyCounts} />
            </div>
          </div>
          <Table<UnitRow>
            rowKey="unitId"
            size="small"
            columns={columns}
            dataSource={data.units}
            loading={province.isFetching}
            pagination={false}
            locale={{ emptyText: <Empty description={t('reports.province.empty')} /> }}
            data-testid="province-units"
          />
          <div className="tab-toolbar province-report">
            <span className="tag-row">
              <strong>{t('reports.province.report')}</strong>
              {data.provinceReport ? (
                <>
                  <ConsolidatedStatusTag status={data.provinceReport.status} />
                  <Link to={`/reports/consolidated/${data.provinceReport.id}`}>
                    {t('reports.province.open')}
                  </Link>
                </>
              ) : (
                <span className="muted">{t('reports.province.noReport')}</span>
              )}
            </span>
            {canReview ? (
              <Button
                type="primary"
                icon={<ApartmentOutlined />}
                loading={consolidate.isPending}
                onClick={() => void run('keep')}
                data-testid="province-consolidate"
              >
                {t('reports.province.consolidate')}
              </Button>
            ) : null}
          </div>
        </>
      ) : null}
    </>
  );

  return (
    <>
      <PageHeader title={t('reports.province.title')} subtitle={t('reports.province.subtitle')} />
      <ReportsNav active="province" />
      <div className="filter-bar">
        <Select
          className="filter-select"
          value={kind}
          aria-label={t('reports.filter.kind')}
          onChange={(value) => setFilters({ kind: value })}
          options={kindOptions}
        />
        <Select
          className="filter-select"
          value={year}
          aria-label={t('reports.filter.year')}
          onChange={(value) => setFilters({ year: value })}
          options={years.map((y) => ({ value: y, label: String(y) }))}
        />
      </div>
      <Card>
        <Tabs
          activeKey={filters.tab === 'received' ? 'received' : 'overview'}
          onChange={(key) => setFilters({ tab: key === 'overview' ? null : key })}
          destroyOnHidden
          size={phone ? 'small' : undefined}
          tabBarGutter={phone ? 16 : undefined}
          items={[
            { key: 'overview', label: t('reports.province.overview'), children: overview },
            { key: 'received', label: t('reports.received.title'), children: <ReceivedList /> },
          ]}
        />
      </Card>
      {conflicts.length ? (
        <ConflictsModal
          conflicts={conflicts}
          replacing={consolidate.isPending}
          onReplace={() => run('replace')}
          onClose={() => {
            setConflicts([]);
            if (generatedId) void navigate(`/reports/consolidated/${generatedId}`);
          }}
        />
      ) : null}
    </>
  );
}
