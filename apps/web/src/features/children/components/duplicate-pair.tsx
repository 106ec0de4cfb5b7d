import { matchReasonLabels, mergeFields, type MergeField } from '@vte/contracts';
import { Alert, Button, Card, Popconfirm, Radio, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { QueryError } from '../../../components/query-error';
import { errorMessage } from '../../../lib/errors';
import { usePhone } from '../../../lib/hooks';
import { t, type MessageKey } from '../../../lib/i18n';
import { useMerge, useNotSame, usePair, type MergeResult, type PairSide } from '../api/duplicates';
import type { CodeLists } from '../api/register';
import { codeLabel, dobLabel, sexLabel } from '../lib/child-format';
import { PairStack } from './pair-stack';

type Field = {
  key: string;
  label: MessageKey;
  show: (side: PairSide, codes: CodeLists | undefined) => string;
};
const FIELDS: Field[] = [
  { key: 'fullName', label: 'children.field.fullName', show: (s) => s.fullName },
  { key: 'dob', label: 'children.column.birth', show: (s) => dobLabel(s.dob, s.dobPrecision) },
  { key: 'sex', label: 'children.column.sex', show: (s) => sexLabel(s.sex) },
  { key: 'personalId', label: 'children.field.personalId', show: (s) => s.personalId ?? '' },
  {
    key: 'ethnicityCode',
    label: 'children.field.ethnicity',
    show: (s, c) => codeLabel(c, 'ethnicity', s.ethnicityCode),
  },
  {
    key: 'residence',
    label: 'children.column.place',
    show: (s) => [s.address, s.hamlet, s.unitName].filter(Boolean).join(', '),
  },
  {
    key: 'guardians',
    label: 'children.section.guardians',
    // "relation: name" from the server; the relation code is shown by its label.
    show: (s, c) =>
      s.guardians
        .map((g) => {
          const at = g.indexOf(': ');
          return at > 0 ? `${codeLabel(c, 'relation', g.slice(0, at))}: ${g.slice(at + 2)}` : g;
        })
        .join('; '),
  },
  {
    key: 'groups',
    label: 'children.column.groups',
    show: (s, c) => s.groups.map((g) => codeLabel(c, 'circumstance_group', g)).join('; '),
  },
];
/** Links (residence, guardians, circumstances) all move to the kept record; only these are chosen. */
const CHOOSABLE = new Set<string>(mergeFields);

type PairProps = {
  pairId: string;
  codes: CodeLists | undefined;
  onMerged: (result: MergeResult) => void;
  onDecided: () => void;
};

/** Two records side by side, differences highlighted; merge with a choice per field, or "not the same child". */
export function DuplicatePair({ pairId, codes, onMerged, onDecided }: PairProps) {
  const pair = usePair(pairId);
  const merge = useMerge(pairId);
  const notSame = useNotSame(pairId);
  const [survivor, setSurvivor] = useState<'left' | 'right'>('left');
  const [choice, setChoice] = useState<Record<string, 'left' | 'right'>>({});
  const phone = usePhone();
  if (pair.isError) return <QueryError error={pair.error} onRetry={() => void pair.refetch()} />;
  if (!pair.data) return <Card loading />;
  const { left, right } = pair.data;
  const side = (s: 'left' | 'right') => (s === 'left' ? left : right);
  const rows = FIELDS.map((f) => {
    const a = f.show(left, codes);
    const b = f.show(right, codes);
    return { key: f.key, label: t(f.label), a, b, differs: a !== b };
  });
  const submit = () => {
    const fields: Partial<Record<MergeField, string>> = {};
    for (const row of rows)
      if (row.differs && CHOOSABLE.has(row.key))
        fields[row.key as MergeField] = side(choice[row.key] ?? survivor).id;
    merge.mutate({ survivorId: side(survivor).id, fields }, { onSuccess: onMerged });
  };
  const pick = (key: string, value: 'left' | 'right', text: string, differs: boolean) =>
    differs && CHOOSABLE.has(key) ? (
      <Radio
        checked={(choice[key] ?? survivor) === value}
        onChange={() => setChoice({ ...choice, [key]: value })}
      >
        {text || '—'}
      </Radio>
    ) : (
      text || '—'
    );
  return (
    <Card
      title={t('children.dup.pairTitle', { score: Math.round(pair.data.score * 100) })}
      data-testid="duplicate-pair"
    >
      <Typography.Paragraph type="secondary">
        {pair.data.reasons.map((r) => matchReasonLabels[r] ?? r).join(' · ')}
      </Typography.Paragraph>
      {phone ? (
        <PairStack rows={rows} survivor={survivor} onSurvivor={setSurvivor} pick={pick} />
      ) : (
        <Table
          rowKey="key"
          size="small"
          pagination={false}
          scroll={{ x: 'max-content' }}
          dataSource={rows}
          rowClassName={(row) => (row.differs ? 'pair-diff' : '')}
          columns={[
            { title: '', dataIndex: 'label' },
            {
              title: (
                <Radio
                  checked={survivor === 'left'}
                  onChange={() => setSurvivor('left')}
                  data-testid="dup-keep-left"
                >
                  {t('children.dup.keepThis')}
                </Radio>
              ),
              key: 'a',
              render: (_v, row) => pick(row.key, 'left', row.a, row.differs),
            },
            {
              title: (
                <Radio
                  checked={survivor === 'right'}
                  onChange={() => setSurvivor('right')}
                  data-testid="dup-keep-right"
                >
                  {t('children.dup.keepThis')}
                </Radio>
              ),
              key: 'b',
              render: (_v, row) => pick(row.key, 'right', row.b, row.differs),
            },
          ]}
        />
      )}
      {merge.isError || notSame.isError ? (
        <Alert type="error" showIcon title={errorMessage(merge.error ?? notSame.error)} />
      ) : null}
      <Space wrap className="import-actions">
        <Popconfirm
          title={t('children.dup.notSameConfirm')}
          okText={t('children.dup.notSame')}
          cancelText={t('common.cancel')}
          onConfirm={() => notSame.mutate(undefined, { onSuccess: onDecided })}
        >
          <Button loading={notSame.isPending} data-testid="dup-not-same">
            {t('children.dup.notSame')}
          </Button>
        </Popconfirm>
        <Button type="primary" onClick={submit} loading={merge.isPending} data-testid="dup-merge">
          {t('children.dup.merge')}
        </Button>
      </Space>
    </Card>
  );
}
