import { PlusOutlined } from '@ant-design/icons';
import { agencyKindLabels, agencyKinds, type AgencyDto, type AgencyKind } from '@vte/contracts';
import { Button, DatePicker, Input, Select, Tag, Typography, type TableProps } from 'antd';
import { useState } from 'react';
import { QueryError } from '../../../components/query-error';
import { ResponsiveTable, type ResponsiveColumn } from '../../../components/responsive-table';
import { DATE_FORMAT, formatNumber, formatValidity, fromDayjs, toDayjs } from '../../../lib/format';
import { intParam, useSearchState } from '../../../lib/hooks';
import { t } from '../../../lib/i18n';
import { useAgencies, type AgencySort } from '../api/agencies';
import { AgencyFormDrawer, type AgencyFormTarget } from './agency-form-drawer';
import { kindOptions } from './options';
import { UnitPicker } from './unit-picker';

const KEYS = ['q', 'kind', 'unitId', 'valid', 'sort', 'page', 'pageSize'] as const;
const SORTS: readonly AgencySort[] = ['name', 'kind', 'validFrom'];

/** Tab "Cơ quan, đơn vị": server-side search, filter, sort and paging over agencies. */
export function AgenciesPanel({ canManage }: { canManage: boolean }) {
  const [filters, setFilters] = useSearchState(KEYS);
  const [search, setSearch] = useState(filters.q ?? '');
  const [target, setTarget] = useState<AgencyFormTarget | null>(null);
  const kind = agencyKinds.includes(filters.kind as AgencyKind) ? (filters.kind as AgencyKind) : undefined;
  const sort = SORTS.includes(filters.sort as AgencySort) ? (filters.sort as AgencySort) : 'name';
  const agencies = useAgencies({
    q: filters.q,
    kind,
    unitId: filters.unitId,
    at: filters.valid,
    sort,
    page: intParam(filters.page, 1),
    pageSize: intParam(filters.pageSize, 20),
  });

  const sortOrder = (key: AgencySort) => (sort === key ? ('ascend' as const) : null);
  const columns: ResponsiveColumn<AgencyDto>[] = [
    {
      title: t('org.agency.name'),
      key: 'name',
      card: 'title',
      sorter: true,
      sortOrder: sortOrder('name'),
      sortDirections: ['ascend'],
      render: (_value, agency) => (
        <div className="cell-stack">
          <Typography.Link onClick={() => setTarget({ mode: 'edit', agency })} data-testid="agency-open">
            {agency.name}
            {agency.shortName ? ` (${agency.shortName})` : ''}
          </Typography.Link>
          {agency.aliases.length > 0 ? (
            <span className="tag-row">
              {agency.aliases.map((alias) => (
                <Tag key={alias}>{alias}</Tag>
              ))}
            </span>
          ) : null}
        </div>
      ),
    },
    {
      title: t('org.agency.kind'),
      key: 'kind',
      sorter: true,
      sortOrder: sortOrder('kind'),
      sortDirections: ['ascend'],
      render: (_value, agency) => agencyKindLabels[agency.kind],
    },
    { title: t('org.agency.unit'), key: 'unitName', dataIndex: 'unitName', from: 'md' },
    {
      title: t('org.validity'),
      key: 'validFrom',
      sorter: true,
      sortOrder: sortOrder('validFrom'),
      sortDirections: ['ascend'],
      render: (_value, agency) => (
        <div className="cell-stack">
          <span className="nowrap">{formatValidity(agency.validFrom, agency.validTo)}</span>
          {agency.successorName ? (
            <Typography.Text type="secondary">
              {t('org.agency.successorIs', { name: agency.successorName })}
            </Typography.Text>
          ) : null}
        </div>
      ),
    },
    {
      title: t('org.agency.contact'),
      key: 'contact',
      render: (_value, agency) => (
        <div className="cell-stack">
          {agency.phone ? <a href={`tel:${agency.phone}`}>{agency.phone}</a> : null}
          {agency.email ? <a href={`mailto:${agency.email}`}>{agency.email}</a> : null}
        </div>
      ),
    },
  ];

  const onChange: TableProps<AgencyDto>['onChange'] = (pagination, _filters, sorter) => {
    const single = Array.isArray(sorter) ? sorter[0] : sorter;
    const nextSort = single?.order ? (String(single.columnKey) as AgencySort) : 'name';
    if (nextSort !== sort) setFilters({ sort: nextSort === 'name' ? undefined : nextSort });
    else setFilters({ page: pagination.current, pageSize: pagination.pageSize });
  };

  return (
    <>
      <div className="filter-bar" role="search">
        <Input.Search
          value={search}
          onChange={(event) => {
            setSearch(event.target.value);
            if (!event.target.value) setFilters({ q: undefined });
          }}
          onSearch={(value) => setFilters({ q: value.trim() })}
          placeholder={t('org.agency.search')}
          aria-label={t('org.agency.search')}
          allowClear
          className="filter-search"
          data-testid="agencies-search"
        />
        <Select
          value={kind}
          onChange={(value: AgencyKind | undefined) => setFilters({ kind: value })}
          options={kindOptions}
          allowClear
          placeholder={t('org.agency.kind')}
          aria-label={t('org.agency.kind')}
          className="filter-select"
          popupMatchSelectWidth={false}
          data-testid="agencies-filter-kind"
        />
        <div className="filter-select">
          <UnitPicker
            value={filters.unitId ?? null}
            onChange={(value) => setFilters({ unitId: value })}
            allowClear
            placeholder={t('org.agency.unit')}
            aria-label={t('org.agency.unit')}
          />
        </div>
        <DatePicker
          value={toDayjs(filters.valid)}
          onChange={(value) => setFilters({ valid: fromDayjs(value) })}
          format={DATE_FORMAT}
          placeholder={t('org.agency.validAt')}
          aria-label={t('org.agency.validAt')}
        />
        {canManage ? (
          <span className="filter-actions">
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setTarget({ mode: 'create', unitId: filters.unitId })}
              data-testid="agency-create"
            >
              {t('org.agency.create')}
            </Button>
          </span>
        ) : null}
      </div>
      {agencies.isError ? (
        <QueryError error={agencies.error} onRetry={() => void agencies.refetch()} />
      ) : (
        <ResponsiveTable<AgencyDto>
          rowKey="id"
          columns={columns}
          dataSource={agencies.data?.items ?? []}
          loading={agencies.isFetching}
          onChange={onChange}
          locale={{ emptyText: t('org.agency.empty') }}
          data-testid="agencies-table"
          pagination={{
            current: agencies.data?.page ?? 1,
            pageSize: agencies.data?.pageSize ?? 20,
            total: agencies.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => t('org.agency.total', { total: formatNumber(total) }),
          }}
        />
      )}
      <AgencyFormDrawer target={target} canManage={canManage} onClose={() => setTarget(null)} />
    </>
  );
}
