import { PlusOutlined } from '@ant-design/icons';
import type { IndicatorDto } from '@vte/contracts';
import {
  Button,
  Checkbox,
  Empty,
  Input,
  Skeleton,
  Space,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useMemo, useState } from 'react';
import { QueryError } from '../../../components/query-error';
import { usePhone } from '../../../lib/hooks';
import { t } from '../../../lib/i18n';
import { matchesSearch } from '../../../lib/text';
import { useIndicators } from '../api/indicators';
import { IndicatorDetailDrawer } from './indicator-detail-drawer';
import { IndicatorFormDrawer, type IndicatorFormTarget } from './indicator-form-drawer';
import {
  aggregationColor,
  aggregationLabel,
  byGroup,
  dimensionSummary,
  searchText,
} from './indicator-format';
import '../indicators.css';

type IndicatorCatalogueProps = { canManage: boolean };

/** The catalogue grouped as the circular groups it, searched on the device (it is small). */
export function IndicatorCatalogue({ canManage }: IndicatorCatalogueProps) {
  const [q, setQ] = useState('');
  const [showInactive, setShowInactive] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  const [formTarget, setFormTarget] = useState<IndicatorFormTarget | null>(null);
  const phone = usePhone();
  const list = useIndicators(showInactive);
  const all = useMemo(() => list.data ?? [], [list.data]);
  const shown = useMemo(() => all.filter((i) => !q || matchesSearch(searchText(i), q)), [all, q]);
  const open = all.find((i) => i.id === openId) ?? null;

  const columns: TableColumnsType<IndicatorDto> = [
    {
      title: t('indicators.column.code'),
      dataIndex: 'code',
      width: phone ? 90 : 110,
      render: (code: string, i) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text strong>{code}</Typography.Text>
          {i.active ? null : <Tag>{t('indicators.inactive')}</Tag>}
        </Space>
      ),
    },
    {
      title: t('indicators.column.name'),
      dataIndex: 'name',
      render: (name: string, i) => (
        <Space orientation="vertical" size={2}>
          <Typography.Link onClick={() => setOpenId(i.id)}>{name}</Typography.Link>
          {phone ? (
            <Typography.Text type="secondary">
              {i.unit} · {aggregationLabel(i.aggregation)} · {dimensionSummary(i)}
            </Typography.Text>
          ) : null}
        </Space>
      ),
    },
    ...(phone
      ? []
      : ([
          { title: t('indicators.column.unit'), dataIndex: 'unit', width: 100 },
          {
            title: t('indicators.column.aggregation'),
            dataIndex: 'aggregation',
            width: 120,
            render: (_v, i) => (
              <Tag color={aggregationColor[i.aggregation]}>{aggregationLabel(i.aggregation)}</Tag>
            ),
          },
          {
            title: t('indicators.column.dimensions'),
            key: 'dimensions',
            width: 220,
            render: (_v, i) => dimensionSummary(i),
          },
        ] satisfies TableColumnsType<IndicatorDto>)),
  ];

  if (list.isError) return <QueryError error={list.error} onRetry={() => void list.refetch()} />;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <div className="indicator-toolbar">
        <Input.Search
          allowClear
          placeholder={t('indicators.search')}
          aria-label={t('indicators.search')}
          value={q}
          onChange={(e) => setQ(e.target.value)}
          style={{ width: phone ? '100%' : 320 }}
        />
        <Checkbox checked={showInactive} onChange={(e) => setShowInactive(e.target.checked)}>
          {t('indicators.showInactive')}
        </Checkbox>
        {canManage ? (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setFormTarget({ mode: 'create' })}
            data-testid="indicator-create"
          >
            {t('indicators.create')}
          </Button>
        ) : null}
      </div>
      {list.isPending ? (
        <Skeleton active />
      ) : shown.length === 0 ? (
        <Empty description={all.length ? t('common.noMatch') : t('indicators.empty')} />
      ) : (
        <>
          <Typography.Text type="secondary">{t('indicators.count', { count: shown.length })}</Typography.Text>
          {byGroup(shown).map(([group, items]) => (
            <section key={group} aria-label={group}>
              <Typography.Title level={5}>{group}</Typography.Title>
              <Table
                rowKey="id"
                size="small"
                columns={columns}
                dataSource={items}
                pagination={false}
                onRow={(i) => ({ onClick: () => setOpenId(i.id), style: { cursor: 'pointer' } })}
              />
            </section>
          ))}
        </>
      )}
      <IndicatorDetailDrawer
        indicator={open}
        canManage={canManage}
        onClose={() => setOpenId(null)}
        onEdit={(indicator) => {
          setOpenId(null);
          setFormTarget({ mode: 'edit', indicator });
        }}
      />
      <IndicatorFormDrawer target={formTarget} catalogue={all} onClose={() => setFormTarget(null)} />
    </Space>
  );
}
