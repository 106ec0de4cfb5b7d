import { Segmented, Table, Typography } from 'antd';
import { useState } from 'react';
import { t } from '../../../lib/i18n';
import { fieldLabel, showValue } from './audit-labels';

type DiffRow = {
  key: string;
  before: unknown;
  after: unknown;
  change: 'added' | 'removed' | 'changed' | 'same';
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Field-by-field comparison of two JSON snapshots (top level; nested values compared as JSON). */
export function diffRows(before: unknown, after: unknown): DiffRow[] {
  const left = isRecord(before) ? before : {};
  const right = isRecord(after) ? after : {};
  const keys = [...new Set([...Object.keys(left), ...Object.keys(right)])];
  return keys.map((key) => {
    const a = left[key];
    const b = right[key];
    const change = !(key in left)
      ? 'added'
      : !(key in right)
        ? 'removed'
        : JSON.stringify(a) === JSON.stringify(b)
          ? 'same'
          : 'changed';
    return { key, before: a, after: b, change };
  });
}

type AuditDiffProps = { before: unknown; after: unknown; names?: Record<string, string> };

/** The before/after of an audited write: changed fields first, or the raw JSON side by side. */
export function AuditDiff({ before, after, names = {} }: AuditDiffProps) {
  const [view, setView] = useState<'changes' | 'all' | 'json'>('changes');
  const structured = isRecord(before) || isRecord(after);
  const rows = diffRows(before, after);
  const changed = rows.filter((row) => row.change !== 'same');

  if (before == null && after == null) {
    return <Typography.Text type="secondary">{t('audit.diff.none')}</Typography.Text>;
  }

  return (
    <div className="audit-diff" data-testid="audit-diff">
      {structured ? (
        <Segmented
          size="small"
          value={view}
          onChange={(value) => setView(value as typeof view)}
          options={[
            { value: 'changes', label: t('audit.diff.changes', { count: changed.length }) },
            { value: 'all', label: t('audit.diff.allFields') },
            { value: 'json', label: t('audit.raw.show') },
          ]}
        />
      ) : null}
      {structured && view !== 'json' ? (
        <Table<DiffRow>
          size="small"
          rowKey="key"
          pagination={false}
          dataSource={view === 'changes' ? changed : rows}
          locale={{ emptyText: t('audit.diff.noChanges') }}
          rowClassName={(row) => `diff-${row.change}`}
          scroll={{ x: 'max-content' }}
          columns={[
            {
              title: t('audit.diff.field'),
              dataIndex: 'key',
              render: (key: string) => <span title={key}>{fieldLabel(key)}</span>,
            },
            {
              title: t('audit.diff.before'),
              key: 'before',
              render: (_v, row) => <pre className="diff-value">{showValue(row.before, names)}</pre>,
            },
            {
              title: t('audit.diff.after'),
              key: 'after',
              render: (_v, row) => <pre className="diff-value">{showValue(row.after, names)}</pre>,
            },
          ]}
        />
      ) : (
        <div className="diff-json">
          <section>
            <Typography.Text strong>{t('audit.diff.before')}</Typography.Text>
            <pre tabIndex={0}>{before == null ? '—' : JSON.stringify(before, null, 2)}</pre>
          </section>
          <section>
            <Typography.Text strong>{t('audit.diff.after')}</Typography.Text>
            <pre tabIndex={0}>{after == null ? '—' : JSON.stringify(after, null, 2)}</pre>
          </section>
        </div>
      )}
    </div>
  );
}
