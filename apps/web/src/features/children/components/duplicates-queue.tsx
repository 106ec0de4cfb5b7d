import { matchBandLabels } from '@vte/contracts';
import { Alert, Button, Card, Table, Tag } from 'antd';
import { useState } from 'react';
import { PageHeader } from '../../../components/page-header';
import { QueryError } from '../../../components/query-error';
import { useSession } from '../../../lib/auth';
import { errorMessage } from '../../../lib/errors';
import { t } from '../../../lib/i18n';
import { usePairs, useScan, useUndoMerge, type MergeResult, type PairSummary } from '../api/duplicates';
import { useCodes } from '../api/register';
import { dobLabel } from '../lib/child-format';
import { ChildrenNav } from './children-nav';
import { DuplicatePair } from './duplicate-pair';
import '../children.css';

/** Hồ sơ nghi trùng: the queue of pairs; one pair at a time side by side; a merge can be undone. */
export function DuplicatesQueue() {
  const { user } = useSession();
  const pairs = usePairs();
  const codes = useCodes();
  const scan = useScan();
  const undo = useUndoMerge();
  const [open, setOpen] = useState<string | null>(null);
  const [merged, setMerged] = useState<MergeResult | null>(null);
  const side = (s: PairSummary['a']) => `${s.fullName} (${dobLabel(s.dob, s.dobPrecision)})`;

  return (
    <>
      <PageHeader
        title={t('children.dup.title')}
        subtitle={t('children.dup.subtitle')}
        extra={
          user.scopeUnitId ? (
            <Button
              onClick={() => scan.mutate(user.scopeUnitId!)}
              loading={scan.isPending}
              data-testid="dup-scan"
            >
              {t('children.dup.scan')}
            </Button>
          ) : null
        }
      />
      <ChildrenNav active="duplicates" />
      {scan.isError ? <Alert type="error" showIcon title={errorMessage(scan.error)} /> : null}
      {merged ? (
        <Alert
          type="success"
          showIcon
          className="children-gap"
          title={t('children.dup.merged')}
          data-testid="dup-merged"
          action={
            <Button
              size="small"
              loading={undo.isPending}
              onClick={() => undo.mutate(merged.mergeId, { onSuccess: () => setMerged(null) })}
              data-testid="dup-undo"
            >
              {t('children.dup.undo')}
            </Button>
          }
        />
      ) : null}
      {undo.isError ? <Alert type="error" showIcon title={errorMessage(undo.error)} /> : null}
      {open ? (
        <div className="children-gap">
          <DuplicatePair
            key={open}
            pairId={open}
            codes={codes.data}
            onMerged={(result) => {
              setMerged(result);
              setOpen(null);
            }}
            onDecided={() => setOpen(null)}
          />
        </div>
      ) : null}
      <Card>
        {pairs.isError ? (
          <QueryError error={pairs.error} onRetry={() => void pairs.refetch()} />
        ) : (
          <Table<PairSummary>
            rowKey="id"
            size="middle"
            loading={pairs.isFetching}
            dataSource={pairs.data?.items ?? []}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t('children.dup.empty') }}
            data-testid="dup-pairs"
            columns={[
              { title: t('children.dup.first'), key: 'a', render: (_v, p) => side(p.a) },
              { title: t('children.dup.second'), key: 'b', render: (_v, p) => side(p.b) },
              {
                title: t('children.dup.score'),
                dataIndex: 'score',
                render: (score: number, p) => (
                  <Tag color={score >= 0.92 ? 'red' : 'orange'}>
                    {Math.round(score * 100)}%{p.band ? ` · ${matchBandLabels[p.band]}` : ''}
                  </Tag>
                ),
              },
              {
                title: t('common.actions'),
                key: 'open',
                render: (_v, p) => (
                  <Button size="small" onClick={() => setOpen(p.id)} data-testid="dup-open">
                    {t('children.dup.compare')}
                  </Button>
                ),
              },
            ]}
          />
        )}
      </Card>
    </>
  );
}
