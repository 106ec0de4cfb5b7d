import { BellOutlined } from '@ant-design/icons';
import type { CompletenessDto, CompletenessRowDto } from '@vte/contracts';
import { Button, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { formatDateTime } from '../../../lib/format';
import { t } from '../../../lib/i18n';
import { CompletenessSummary } from './completeness-summary';
import { RemindMissingModal, type RemindTarget } from './remind-missing-modal';
import { CompletenessStateTag, OnTimeTag } from './report-tags';

type CompletenessTabProps = { data: CompletenessDto; canRemind: boolean; fetching: boolean };

const notSent = (row: CompletenessRowDto) => row.state === 'missing' || row.state === 'draft';

/** Tình hình nộp báo cáo: counts, each expected agency's state, reminders; unexpected reports apart. */
export function CompletenessTab({ data, canRemind, fetching }: CompletenessTabProps) {
  const [remind, setRemind] = useState<RemindTarget | null>(null);
  const missing = data.agencies.filter(notSent);

  const columns = (withRemind: boolean): TableColumnsType<CompletenessRowDto> => {
    const list: TableColumnsType<CompletenessRowDto> = [
      {
        title: t('reports.column.agency'),
        key: 'agency',
        render: (_v, row) => (
          <div className="cell-stack">
            {row.reportId ? (
              <Link to={`/reports/agency/${row.reportId}`}>{row.agencyName}</Link>
            ) : (
              <span>{row.agencyName}</span>
            )}
            {row.standsFor.length ? (
              <span className="muted small-text">
                {t('reports.standsFor', { names: row.standsFor.join(', ') })}
              </span>
            ) : null}
          </div>
        ),
      },
      {
        title: t('reports.column.state'),
        key: 'state',
        render: (_v, row) => (
          <span className="tag-row">
            <CompletenessStateTag state={row.state} />
            <OnTimeTag onTime={row.onTime} />
          </span>
        ),
      },
      {
        title: t('reports.column.submittedAt'),
        key: 'submittedAt',
        responsive: ['sm'],
        render: (_v, row) => <span className="nowrap">{formatDateTime(row.firstSubmittedAt)}</span>,
      },
    ];
    if (withRemind)
      list.push({
        title: <span className="sr-only">{t('common.actions')}</span>,
        key: 'remind',
        width: 60,
        render: (_v, row) =>
          notSent(row) ? (
            <Button
              size="small"
              icon={<BellOutlined />}
              onClick={() => setRemind({ agencyIds: [row.agencyId], names: [row.agencyName] })}
              aria-label={t('reports.remind.one', { agency: row.agencyName })}
              title={t('reports.remind.one', { agency: row.agencyName })}
              data-testid="remind-one"
            />
          ) : null,
      });
    return list;
  };

  return (
    <div className="completeness-tab">
      <CompletenessSummary counts={data.counts} />
      <div className="tab-toolbar">
        <Typography.Title level={3} className="section-title">
          {t('reports.completeness.byAgency', { count: data.agencies.length })}
        </Typography.Title>
        {canRemind ? (
          <Button
            type="primary"
            icon={<BellOutlined />}
            disabled={missing.length === 0}
            onClick={() => setRemind({ names: missing.map((row) => row.agencyName) })}
            data-testid="remind-missing"
          >
            {t('reports.remind.all', { count: missing.length })}
          </Button>
        ) : null}
      </div>
      <Table<CompletenessRowDto>
        rowKey="agencyId"
        size="small"
        columns={columns(canRemind)}
        dataSource={data.agencies}
        loading={fetching}
        pagination={false}
        locale={{ emptyText: t('reports.completeness.noAgencies') }}
        data-testid="completeness-table"
      />
      {data.unexpected.length > 0 ? (
        <>
          <Typography.Title level={3} className="section-title">
            {t('reports.completeness.unexpected', { count: data.unexpected.length })}
          </Typography.Title>
          <p className="muted">{t('reports.completeness.unexpectedHelp')}</p>
          <Table<CompletenessRowDto>
            rowKey="agencyId"
            size="small"
            columns={columns(false)}
            dataSource={data.unexpected}
            pagination={false}
            data-testid="completeness-unexpected"
          />
        </>
      ) : null}
      {remind ? (
        <RemindMissingModal
          periodId={data.period.id}
          periodLabel={data.period.label}
          target={remind}
          onClose={() => setRemind(null)}
        />
      ) : null}
    </div>
  );
}
