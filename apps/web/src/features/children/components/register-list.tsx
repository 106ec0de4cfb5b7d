import { DownloadOutlined, ImportOutlined, UserAddOutlined } from '@ant-design/icons';
import { Button, Card, Input, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { PageHeader } from '../../../components/page-header';
import { QueryError } from '../../../components/query-error';
import { useSession } from '../../../lib/auth';
import { formatNumber } from '../../../lib/format';
import { usePhone } from '../../../lib/hooks';
import { t } from '../../../lib/i18n';
import type { IdPicker } from '../../../lib/types';
import { useCodes, useRegisterSearch, type RegisterFilters, type RegisterRow } from '../api/register';
import { useSessionState } from '../lib/session-state';
import { birthLabel, codeLabel, sexLabel } from '../lib/child-format';
import { ChildrenNav } from './children-nav';
import { ExportModal } from './export-modal';
import { IdStateTag } from './id-state-tag';
import { RegisterCards } from './register-cards';
import { RegisterFiltersBar } from './register-filters';
import '../children.css';

const PAGE_SIZE = 20;

type RegisterListProps = {
  UnitPicker: IdPicker;
  can: { read: boolean; export: boolean; import: boolean; manage?: boolean };
};

/** Sổ theo dõi trẻ em: filters and search in component state (never the address bar), keyset pages. */
export function RegisterList({ UnitPicker, can }: RegisterListProps) {
  const { user } = useSession();
  // Keyed by user: whoever signs in next on this tab never sees the previous user's search.
  const [filters, setFilters] = useSessionState<RegisterFilters & { q?: string }>(
    `vte.children.filters.${user.id}`,
    {},
  );
  const [typed, setTyped] = useState(filters.q ?? '');
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const [exporting, setExporting] = useState(false);
  // On a phone the eight filters fold behind one button, so the list starts on the first screen.
  const phone = usePhone();
  const [showFilters, setShowFilters] = useState(false);
  const navigate = useNavigate();
  const codes = useCodes();
  const cursor = cursors[cursors.length - 1];
  const page = useRegisterSearch({ ...filters, cursor, limit: PAGE_SIZE });
  const patch = (next: Partial<RegisterFilters & { q?: string }>) => {
    setCursors([undefined]);
    setFilters({ ...filters, ...next });
  };

  const open = (row: RegisterRow) => void navigate(`/children/${row.id}`, { state: { purpose: 'quan_ly' } });
  const columns: TableColumnsType<RegisterRow> = [
    {
      title: t('children.column.name'),
      key: 'name',
      render: (_v, row) =>
        can.read && !row.masked ? (
          <Link to={`/children/${row.id}`} state={{ purpose: 'quan_ly' }} data-testid="child-open">
            {row.name}
          </Link>
        ) : (
          <span data-testid="child-masked">{row.name}</span>
        ),
    },
    { title: t('children.column.birth'), key: 'birth', render: (_v, row) => birthLabel(row) },
    { title: t('children.column.sex'), dataIndex: 'sex', render: (sex: RegisterRow['sex']) => sexLabel(sex) },
    {
      title: t('children.column.place'),
      key: 'place',
      responsive: ['md'],
      render: (_v, row) => [row.hamlet, row.unitName].filter(Boolean).join(', '),
    },
    {
      title: t('children.column.groups'),
      dataIndex: 'groups',
      responsive: ['lg'],
      render: (groups: string[]) =>
        groups.map((code) => <Tag key={code}>{codeLabel(codes.data, 'circumstance_group', code)}</Tag>),
    },
    {
      title: t('children.column.idState'),
      dataIndex: 'idVerification',
      responsive: ['sm'],
      render: (value: string | null) => <IdStateTag code={value} codes={codes.data} />,
    },
  ];

  const { q, ...onlyFilters } = filters;
  // The total is counted on the first page only; later pages keep the first page's figure.
  const [total, setTotal] = useState<number | null>(null);
  useEffect(() => {
    if (page.data && page.data.total != null) setTotal(page.data.total);
  }, [page.data]);
  return (
    <>
      <PageHeader
        title={t('children.title')}
        subtitle={t('children.subtitle')}
        extra={
          <>
            {can.manage ? (
              <Button
                type="primary"
                icon={<UserAddOutlined />}
                onClick={() => void navigate('/children/new')}
                data-testid="children-new"
              >
                {t('children.screens.new.open')}
              </Button>
            ) : null}
            {can.import ? (
              <Button icon={<ImportOutlined />} onClick={() => void navigate('/children/import')}>
                {t('children.import.open')}
              </Button>
            ) : null}
            {can.export ? (
              <Button
                icon={<DownloadOutlined />}
                onClick={() => setExporting(true)}
                data-testid="children-export"
              >
                {t('children.export.open')}
              </Button>
            ) : null}
          </>
        }
      />
      <ChildrenNav active="register" />
      <Card>
        <div className="filter-bar" role="search">
          {can.read ? (
            <Input.Search
              value={typed}
              onChange={(event) => {
                setTyped(event.target.value);
                if (!event.target.value) patch({ q: undefined });
              }}
              onSearch={(value) => patch({ q: value.trim().length >= 2 ? value.trim() : undefined })}
              placeholder={t('children.search.placeholder')}
              aria-label={t('children.search.placeholder')}
              allowClear
              className="filter-search"
              data-testid="children-search"
            />
          ) : null}
          {phone && !showFilters ? (
            <Button onClick={() => setShowFilters(true)} data-testid="children-filters-open">
              {t('children.filter.open', { count: Object.values(onlyFilters).filter(Boolean).length })}
            </Button>
          ) : (
            <RegisterFiltersBar
              value={onlyFilters}
              onChange={patch}
              codes={codes.data}
              UnitPicker={UnitPicker}
              full={can.read}
            />
          )}
        </div>
        {page.isError ? (
          <QueryError error={page.error} onRetry={() => void page.refetch()} />
        ) : phone ? (
          <RegisterCards
            rows={page.data?.rows ?? []}
            loading={page.isFetching}
            canOpen={can.read}
            codes={codes.data}
            emptyText={q ? t('common.noMatch') : t('children.empty')}
          />
        ) : (
          <Table<RegisterRow>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={page.data?.rows ?? []}
            loading={page.isFetching}
            pagination={false}
            scroll={{ x: 'max-content' }}
            onRow={(row) => (can.read && !row.masked ? { onDoubleClick: () => open(row) } : {})}
            locale={{ emptyText: q ? t('common.noMatch') : t('children.empty') }}
            data-testid="children-table"
          />
        )}
        <div className="children-pager">
          <Typography.Text type="secondary" data-testid="children-total">
            {total != null
              ? t(page.data?.totalCapped ? 'children.totalCapped' : 'children.total', {
                  count: formatNumber(total),
                })
              : ''}
          </Typography.Text>
          <Button disabled={cursors.length <= 1} onClick={() => setCursors(cursors.slice(0, -1))}>
            {t('children.page.previous')}
          </Button>
          <Button
            disabled={!page.data?.nextCursor}
            onClick={() => setCursors([...cursors, page.data?.nextCursor ?? undefined])}
            data-testid="children-next"
          >
            {t('children.page.next')}
          </Button>
        </div>
      </Card>
      <ExportModal open={exporting} filters={filters} onClose={() => setExporting(false)} />
    </>
  );
}
