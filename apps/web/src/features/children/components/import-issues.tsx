import type { ChildImportDto, ChildImportIssueDto } from '@vte/contracts';
import { Select, Table, Tag } from 'antd';
import { useState } from 'react';
import { t } from '../../../lib/i18n';
import { useImportIssues, type IssueFilter } from '../api/imports';

const SEVERITY_COLORS = { error: 'red', warning: 'orange', fixed: 'green' } as const;
type Severity = keyof typeof SEVERITY_COLORS;

export function SeverityTag({ severity }: { severity: Severity }) {
  return <Tag color={SEVERITY_COLORS[severity]}>{t(`children.severity.${severity}`)}</Tag>;
}

/** Every issue of the file, per row and column, filterable by code and severity. */
export function ImportIssues({ preview }: { preview: ChildImportDto }) {
  const [filter, setFilter] = useState<IssueFilter>({ page: 1, pageSize: 50 });
  const issues = useImportIssues(preview.id, filter);
  const codes = [...new Set(preview.issueCounts.map((c) => c.code))].map((code) => ({
    value: code,
    label: `${code} (${preview.issueCounts.filter((c) => c.code === code).reduce((n, c) => n + c.count, 0)})`,
  }));
  const order: Severity[] = ['error', 'warning', 'fixed'];
  const summary = [...preview.issueCounts].sort(
    (a, b) => order.indexOf(a.severity) - order.indexOf(b.severity) || b.count - a.count,
  );
  return (
    <>
      <div className="children-gap" data-testid="issue-counts">
        {summary.map((c) => (
          <Tag.CheckableTag
            key={`${c.code}-${c.severity}`}
            checked={filter.code === c.code && filter.severity === c.severity}
            onChange={(on) =>
              setFilter({
                ...filter,
                code: on ? c.code : undefined,
                severity: on ? c.severity : undefined,
                page: 1,
              })
            }
            className={`issue-count issue-count-${c.severity}`}
            data-testid={`issue-count-${c.code}`}
          >
            {c.code} · {t(`children.severity.${c.severity}`)}: {c.count}
          </Tag.CheckableTag>
        ))}
      </div>
      <div className="filter-bar">
        <Select
          value={filter.severity}
          onChange={(severity: Severity | undefined) => setFilter({ ...filter, severity, page: 1 })}
          allowClear
          placeholder={t('children.issues.severity')}
          aria-label={t('children.issues.severity')}
          className="filter-select"
          data-testid="issues-filter-severity"
          options={(['error', 'warning', 'fixed'] as const).map((s) => ({
            value: s,
            label: t(`children.severity.${s}`),
          }))}
        />
        <Select
          value={filter.code}
          onChange={(code: string | undefined) => setFilter({ ...filter, code, page: 1 })}
          allowClear
          placeholder={t('children.issues.code')}
          aria-label={t('children.issues.code')}
          className="filter-select"
          popupMatchSelectWidth={false}
          data-testid="issues-filter-code"
          options={codes}
        />
      </div>
      <Table<ChildImportIssueDto>
        rowKey={(issue) => `${issue.row}-${issue.column}-${issue.code}`}
        size="small"
        dataSource={issues.data?.items ?? []}
        loading={issues.isFetching}
        scroll={{ x: 'max-content' }}
        data-testid="import-issues"
        pagination={{
          current: filter.page,
          pageSize: filter.pageSize,
          total: issues.data?.total ?? 0,
          showSizeChanger: false,
          onChange: (page) => setFilter({ ...filter, page }),
        }}
        columns={[
          { title: t('children.issues.row'), dataIndex: 'row' },
          { title: t('children.issues.column'), dataIndex: 'column' },
          {
            title: t('children.issues.severity'),
            dataIndex: 'severity',
            render: (severity: Severity) => <SeverityTag severity={severity} />,
          },
          { title: t('children.issues.code'), dataIndex: 'code', responsive: ['md'] },
          { title: t('children.issues.message'), dataIndex: 'message' },
        ]}
      />
    </>
  );
}
