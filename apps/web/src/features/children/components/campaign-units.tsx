import {
  visitResultLabels,
  visitResults,
  type BoardDto,
  type CampaignItemDto,
  type VisitResult,
} from '@vte/contracts';
import { Button, Progress, Select, Table, Tag } from 'antd';
import { useState } from 'react';
import { t } from '../../../lib/i18n';
import { useHamlets, useItems, useVisit, type HamletRow } from '../api/campaigns';
import { dobLabel } from '../lib/child-format';
import { ReasonModal } from './reason-modal';
import { downloadSheet } from '../api/campaigns';

type UnitRow = BoardDto['units'][number];
const pct = (part: number, total: number) => (total ? Math.round((part / total) * 100) : 0);

/** Progress per unit: problems found, fixed, visited, sent to and answered by the police, phúc tra. */
export function UnitsProgress({ board, onPick }: { board: BoardDto; onPick: (unitId: string) => void }) {
  return (
    <Table<UnitRow>
      rowKey="unitId"
      size="small"
      pagination={false}
      dataSource={board.units}
      scroll={{ x: 'max-content' }}
      data-testid="campaign-units"
      onRow={(row) => ({ onClick: () => onPick(row.unitId) })}
      columns={[
        {
          title: t('children.field.unit'),
          dataIndex: 'unitName',
          render: (v: string) => <Button type="link">{v}</Button>,
        },
        { title: t('children.campaign.total'), dataIndex: 'total' },
        {
          title: t('children.campaign.fixed'),
          key: 'fixed',
          render: (_v, r) => <Progress percent={pct(r.fixed, r.total)} size="small" />,
        },
        { title: t('children.campaign.visited'), dataIndex: 'visited', responsive: ['sm'] },
        { title: t('children.campaign.sent'), dataIndex: 'sentToPolice', responsive: ['md'] },
        { title: t('children.campaign.verified'), dataIndex: 'verified', responsive: ['md'] },
        {
          title: t('children.campaign.errorRate'),
          key: 'rate',
          responsive: ['md'],
          render: (_v, r) =>
            r.errorRate == null
              ? '—'
              : `${Math.round(r.errorRate * 1000) / 10}% (${r.sampleChecked}/${r.sampled})`,
        },
      ]}
    />
  );
}

/** A unit's thôn with their open records; a check sheet per thôn for the household visits. */
export function HamletsPanel({ campaignId, unitId }: { campaignId: string; unitId: string }) {
  const hamlets = useHamlets(campaignId, unitId);
  const [sheetFor, setSheetFor] = useState<HamletRow | null>(null);
  const [listFor, setListFor] = useState<HamletRow | null>(null);
  return (
    <>
      <Table<HamletRow>
        rowKey={(r) => r.hamlet ?? ''}
        size="small"
        pagination={false}
        loading={hamlets.isFetching}
        dataSource={hamlets.data ?? []}
        data-testid="campaign-hamlets"
        columns={[
          {
            title: t('children.field.hamlet'),
            dataIndex: 'hamlet',
            render: (v: string | null) => v ?? t('children.campaign.noHamlet'),
          },
          { title: t('children.campaign.open'), dataIndex: 'open' },
          { title: t('children.campaign.visited'), dataIndex: 'visited' },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_v, row) => (
              <>
                <Button size="small" onClick={() => setListFor(row)}>
                  {t('children.campaign.list')}
                </Button>{' '}
                <Button size="small" onClick={() => setSheetFor(row)}>
                  {t('children.campaign.checkSheet')}
                </Button>
              </>
            ),
          },
        ]}
      />
      {listFor ? <ItemsTable campaignId={campaignId} unitId={unitId} hamlet={listFor.hamlet ?? ''} /> : null}
      {sheetFor ? (
        <ReasonModal
          title={t('children.campaign.checkSheet')}
          onSubmit={(reason) =>
            downloadSheet(campaignId, 'check-sheet', { unitId, hamlet: sheetFor.hamlet ?? '', reason })
          }
          onClose={() => setSheetFor(null)}
        />
      ) : null}
    </>
  );
}

function ItemsTable({ campaignId, unitId, hamlet }: { campaignId: string; unitId: string; hamlet: string }) {
  const [page, setPage] = useState(1);
  const items = useItems(campaignId, { unitId, hamlet, page, pageSize: 50 });
  const visit = useVisit(campaignId);
  return (
    <Table<CampaignItemDto>
      rowKey="id"
      size="small"
      loading={items.isFetching}
      dataSource={items.data?.items ?? []}
      scroll={{ x: 'max-content' }}
      pagination={{
        current: page,
        pageSize: 50,
        total: items.data?.total ?? 0,
        onChange: setPage,
        showSizeChanger: false,
      }}
      columns={[
        { title: t('children.column.name'), dataIndex: 'fullName' },
        { title: t('children.column.birth'), key: 'dob', render: (_v, r) => dobLabel(r.dob, r.dobPrecision) },
        {
          title: t('children.campaign.problems'),
          dataIndex: 'currentProblems',
          render: (codes: string[]) => codes.map((c) => <Tag key={c}>{c}</Tag>),
        },
        {
          title: t('children.campaign.visitResult'),
          key: 'visit',
          render: (_v, r) => (
            <Select
              value={r.visitResult ?? undefined}
              placeholder={t('children.campaign.notVisited')}
              className="filter-select"
              popupMatchSelectWidth={false}
              options={visitResults.map((v) => ({ value: v, label: visitResultLabels[v] }))}
              onChange={(result: VisitResult) => visit.mutate({ itemId: r.id, result })}
            />
          ),
        },
      ]}
    />
  );
}
