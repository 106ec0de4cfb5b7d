import { auditActionLabels, auditActions, type AuditAction, type AuditEntryDto } from '@vte/contracts';
import { AutoComplete, Card, DatePicker, Input, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { PageHeader } from '../../../components/page-header';
import { QueryError } from '../../../components/query-error';
import { ResponsiveTable, type ResponsiveColumn } from '../../../components/responsive-table';
import { DATE_FORMAT, formatDateTime, formatNumber, fromDayjs, toDayjs } from '../../../lib/format';
import { intParam, useSearchState } from '../../../lib/hooks';
import { t } from '../../../lib/i18n';
import type { IdPicker } from '../../../lib/types';
import { useAuditEntries } from '../api/audit';
import { AuditDiff } from './audit-diff';
import { RawDetail } from './raw-detail';
import { actorLabel, entityLabel } from './audit-labels';

const KEYS = ['actorId', 'entity', 'entityId', 'action', 'from', 'to', 'page', 'pageSize'] as const;

const ACTION_COLORS: Record<AuditAction, string> = {
  create: 'green',
  update: 'blue',
  delete: 'red',
  read: 'purple',
  login: 'cyan',
  login_failed: 'orange',
  logout: 'default',
  password_change: 'gold',
  password_reset: 'gold',
  export: 'geekblue',
  submit: 'blue',
  return: 'orange',
  accept: 'green',
  remind: 'gold',
  regenerate: 'blue',
};

/** The entities offered in the filter (the server writes more; any code can be typed). */
const FILTER_ENTITIES = [
  'app_user',
  'admin_unit',
  'unit_succession',
  'agency',
  'agency_group',
  'plan',
  'report_period',
];
const actionOptions = auditActions.map((action) => ({ value: action, label: auditActionLabels[action] }));
const entityOptions = FILTER_ENTITIES.map((entity) => ({
  value: entity,
  label: `${entityLabel(entity)} (${entity})`,
}));

type AuditLogProps = { UserPicker?: IdPicker };

/** Nhật ký hệ thống: who did what to which record, when and from where, with the before/after. */
export function AuditLog({ UserPicker }: AuditLogProps) {
  const [filters, setFilters] = useSearchState(KEYS);
  const [entityId, setEntityId] = useState(filters.entityId ?? '');
  const action = auditActions.includes(filters.action as AuditAction)
    ? (filters.action as AuditAction)
    : undefined;
  const entries = useAuditEntries({
    actorId: filters.actorId,
    entity: filters.entity,
    entityId: filters.entityId,
    action,
    from: filters.from,
    to: filters.to,
    page: intParam(filters.page, 1),
    pageSize: intParam(filters.pageSize, 50),
  });

  const columns: ResponsiveColumn<AuditEntryDto>[] = [
    {
      title: t('audit.column.time'),
      key: 'at',
      dataIndex: 'at',
      card: 'title',
      render: (at: string) => <span className="nowrap">{formatDateTime(at, true)}</span>,
    },
    {
      title: t('audit.column.actor'),
      key: 'actor',
      render: (_v, entry) => {
        const name = actorLabel(entry);
        if (!name) return <Typography.Text type="secondary">{t('audit.system')}</Typography.Text>;
        return (
          <span className="cell-stack">
            <span>{name}</span>
            {entry.actorName && entry.actorUsername ? (
              <Typography.Text type="secondary" className="small-text">
                {entry.actorUsername}
              </Typography.Text>
            ) : null}
          </span>
        );
      },
    },
    {
      title: t('audit.column.action'),
      key: 'action',
      dataIndex: 'action',
      render: (value: AuditAction) => <Tag color={ACTION_COLORS[value]}>{auditActionLabels[value]}</Tag>,
    },
    {
      title: t('audit.column.entity'),
      key: 'entity',
      render: (_v, entry) => (
        <span className="cell-stack">
          <span>{entityLabel(entry.entity)}</span>
          {entry.entityId ? (
            <Typography.Link
              className="small-text"
              onClick={() => {
                setEntityId(entry.entityId!);
                setFilters({ entity: entry.entity, entityId: entry.entityId! });
              }}
              title={t('audit.filter.historyOf')}
            >
              {entry.entityName ?? t('audit.filter.historyOf')}
            </Typography.Link>
          ) : null}
        </span>
      ),
    },
    {
      title: t('audit.column.ip'),
      key: 'ip',
      dataIndex: 'ip',
      from: 'lg',
      render: (ip: string | null) => ip ?? '—',
    },
  ];

  return (
    <>
      <PageHeader title={t('audit.title')} subtitle={t('audit.subtitle')} />
      <Card>
        <div className="filter-bar" role="search">
          {UserPicker ? (
            <div className="filter-select">
              <UserPicker
                value={filters.actorId ?? null}
                onChange={(value) => setFilters({ actorId: value })}
                placeholder={t('audit.filter.actor')}
                aria-label={t('audit.filter.actor')}
                data-testid="audit-filter-actor"
              />
            </div>
          ) : null}
          <Select
            value={action}
            onChange={(value: AuditAction | undefined) => setFilters({ action: value })}
            options={actionOptions}
            allowClear
            placeholder={t('audit.filter.action')}
            aria-label={t('audit.filter.action')}
            className="filter-select"
            popupMatchSelectWidth={false}
            data-testid="audit-filter-action"
          />
          <AutoComplete
            value={filters.entity}
            options={entityOptions}
            onChange={(value: string) => setFilters({ entity: value.trim() || undefined })}
            allowClear
            placeholder={t('audit.filter.entity')}
            aria-label={t('audit.filter.entity')}
            className="filter-select"
            popupMatchSelectWidth={false}
            data-testid="audit-filter-entity"
          />
          <Input.Search
            value={entityId}
            onChange={(event) => {
              setEntityId(event.target.value);
              if (!event.target.value) setFilters({ entityId: undefined });
            }}
            onSearch={(value) => setFilters({ entityId: value.trim() })}
            placeholder={t('audit.filter.entityId')}
            aria-label={t('audit.filter.entityId')}
            allowClear
            className="filter-search"
            data-testid="audit-filter-entity-id"
          />
          <DatePicker.RangePicker
            value={[toDayjs(filters.from) ?? null, toDayjs(filters.to) ?? null]}
            onChange={(range) => setFilters({ from: fromDayjs(range?.[0]), to: fromDayjs(range?.[1]) })}
            format={DATE_FORMAT}
            allowEmpty={[true, true]}
            placeholder={[t('audit.filter.from'), t('audit.filter.to')]}
            data-testid="audit-filter-dates"
          />
        </div>
        {entries.isError ? (
          <QueryError error={entries.error} onRetry={() => void entries.refetch()} />
        ) : (
          <ResponsiveTable<AuditEntryDto>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={entries.data?.items ?? []}
            loading={entries.isFetching}
            locale={{ emptyText: t('audit.empty') }}
            expandable={{
              expandedRowRender: (entry) => (
                <>
                  <AuditDiff before={entry.before} after={entry.after} names={entry.names} />
                  <RawDetail entry={entry} />
                </>
              ),
            }}
            data-testid="audit-table"
            pagination={{
              current: entries.data?.page ?? 1,
              pageSize: entries.data?.pageSize ?? 50,
              total: entries.data?.total ?? 0,
              showSizeChanger: true,
              pageSizeOptions: [20, 50, 100, 200],
              showTotal: (total) => t('audit.total', { total: formatNumber(total) }),
              onChange: (page, pageSize) => setFilters({ page, pageSize }),
            }}
          />
        )}
      </Card>
    </>
  );
}
