import { PlusOutlined } from '@ant-design/icons';
import { campaignProblemLabels } from '@vte/contracts';
import { Alert, Button, Card, Descriptions, Empty, Select, Space, Tag } from 'antd';
import { useState } from 'react';
import { PageHeader } from '../../../components/page-header';
import { QueryError } from '../../../components/query-error';
import { useSession } from '../../../lib/auth';
import { errorMessage } from '../../../lib/errors';
import { formatDate, formatValidity } from '../../../lib/format';
import { t } from '../../../lib/i18n';
import type { IdPicker } from '../../../lib/types';
import { downloadSheet, useBoard, useCampaigns, useRefresh, useSample } from '../api/campaigns';
import { CampaignCreateModal } from './campaign-create-modal';
import { PoliceImport } from './campaign-police';
import { HamletsPanel, UnitsProgress } from './campaign-units';
import { ChildrenNav } from './children-nav';
import { ReasonModal } from './reason-modal';
import '../children.css';

type Dialog = 'create' | 'police-export' | 'police-import' | null;

/** Đợt làm sạch (CV 2513): problems per unit and thôn, check sheets, the police step, phúc tra. */
export function CampaignBoard({ UnitPicker }: { UnitPicker: IdPicker }) {
  const { user } = useSession();
  const campaigns = useCampaigns();
  const [picked, setPicked] = useState<string | null>(null);
  const [unitId, setUnitId] = useState<string | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const id = picked ?? campaigns.data?.[0]?.id ?? null;
  const campaign = campaigns.data?.find((c) => c.id === id) ?? null;
  const board = useBoard(id);
  const refresh = useRefresh(id ?? '');
  const sample = useSample(id ?? '');
  const failure = refresh.error ?? sample.error;

  return (
    <>
      <PageHeader
        title={t('children.campaign.title')}
        subtitle={t('children.campaign.subtitle')}
        extra={
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setDialog('create')}
            data-testid="campaign-create"
          >
            {t('children.campaign.create')}
          </Button>
        }
      />
      <ChildrenNav active="campaigns" />
      {campaigns.isError ? (
        <QueryError error={campaigns.error} onRetry={() => void campaigns.refetch()} />
      ) : null}
      {campaigns.data && campaigns.data.length === 0 ? (
        <Empty description={t('children.campaign.none')} />
      ) : null}
      {campaign ? (
        <Card
          className="children-gap"
          title={
            <Select
              value={campaign.id}
              onChange={(value: string) => {
                setPicked(value);
                setUnitId(null);
              }}
              options={(campaigns.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
              popupMatchSelectWidth={false}
              aria-label={t('children.campaign.pick')}
              className="filter-select-wide"
            />
          }
        >
          <Descriptions
            size="small"
            column={{ xs: 1, sm: 2 }}
            items={[
              {
                key: 'basis',
                label: t('children.campaign.legalBasis'),
                children: campaign.legalBasis ?? '—',
              },
              {
                key: 'dates',
                label: t('children.campaign.dates'),
                children: formatValidity(campaign.startsOn, campaign.endsOn),
              },
              {
                key: 'units',
                label: t('children.campaign.units'),
                children: campaign.units.map((u) => u.name).join(', '),
              },
              {
                key: 'sample',
                label: t('children.campaign.sample'),
                children: campaign.sample
                  ? formatDate(campaign.sample.drawnAt)
                  : t('children.campaign.noSample'),
              },
            ]}
          />
          <Space wrap className="children-gap">
            <Button onClick={() => refresh.mutate(undefined)} loading={refresh.isPending}>
              {t('children.campaign.refresh')}
            </Button>
            <Button onClick={() => setDialog('police-export')}>{t('children.police.export')}</Button>
            <Button onClick={() => setDialog('police-import')}>{t('children.police.importTitle')}</Button>
            <Button
              onClick={() => sample.mutate(undefined)}
              loading={sample.isPending}
              disabled={Boolean(campaign.sample)}
            >
              {t('children.campaign.drawSample')}
            </Button>
          </Space>
          {failure ? (
            <Alert type="error" showIcon title={errorMessage(failure)} className="children-gap" />
          ) : null}
          {board.data ? (
            <>
              <div className="children-gap" data-testid="campaign-problems">
                {board.data.problems.map((p) => (
                  <Tag key={p.code}>
                    {campaignProblemLabels[p.code]}: {p.count}
                  </Tag>
                ))}
              </div>
              <UnitsProgress board={board.data} onPick={setUnitId} />
            </>
          ) : null}
          {unitId && id ? <HamletsPanel campaignId={id} unitId={unitId} /> : null}
        </Card>
      ) : null}
      {dialog === 'create' ? (
        <CampaignCreateModal
          UnitPicker={UnitPicker}
          defaultUnitId={user.scopeUnitId ?? null}
          onClose={(created) => {
            if (created) setPicked(created.id);
            setDialog(null);
          }}
        />
      ) : null}
      {dialog === 'police-export' && id ? (
        <ReasonModal
          title={t('children.police.export')}
          onSubmit={(reason) => downloadSheet(id, 'police', { reason })}
          onClose={() => setDialog(null)}
        />
      ) : null}
      {dialog === 'police-import' && id ? (
        <PoliceImport campaignId={id} onClose={() => setDialog(null)} />
      ) : null}
    </>
  );
}
