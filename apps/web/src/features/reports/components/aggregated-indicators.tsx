import type { AggregatedIndicatorDto } from '@vte/contracts';
import { Table, Tooltip, type TableColumnsType } from 'antd';
import { Attainment, TrendArrow } from '../../../components/indicator-trend';
import { formatNumber } from '../../../lib/format';
import { t } from '../../../lib/i18n';

const num = (value: number | null) => (value === null ? '—' : formatNumber(value));
// Reports frozen before indicators had a direction make no judgement (issue 9 item 7).
const directionOf = (row: AggregatedIndicatorDto) => row.direction ?? 'neutral';

/** Chỉ tiêu: the aggregated value, beside the previous period (with an arrow) and the target. */
export function AggregatedIndicators({ indicators }: { indicators: AggregatedIndicatorDto[] }) {
  const columns: TableColumnsType<AggregatedIndicatorDto> = [
    {
      title: t('reports.ind.indicator'),
      key: 'name',
      render: (_v, row) => (
        <div className="cell-stack">
          <span>
            <span className="indicator-code">{row.code}</span> {row.name}
          </span>
          {row.cells.filter((c) => c.disagg !== '').length ? (
            <span className="muted small-text">
              {row.cells
                .filter((c) => c.disagg !== '')
                .map((c) => `${c.label}: ${num(c.value)}`)
                .join(' · ')}
            </span>
          ) : null}
        </div>
      ),
    },
    {
      title: <span className="nowrap">{t('reports.ind.value')}</span>,
      key: 'total',
      align: 'right',
      render: (_v, row) => (
        <span className="nowrap">
          <strong>{num(row.total)}</strong> <span className="muted small-text">{row.unit}</span>{' '}
          <TrendArrow direction={directionOf(row)} value={row.total} previous={row.previous} />
        </span>
      ),
    },
    {
      title: <span className="nowrap">{t('reports.ind.previous')}</span>,
      key: 'previous',
      align: 'right',
      responsive: ['sm'],
      render: (_v, row) => num(row.previous),
    },
    {
      title: <span className="nowrap">{t('reports.ind.target')}</span>,
      key: 'target',
      align: 'right',
      responsive: ['sm'],
      render: (_v, row) => (
        <span className="nowrap">
          {num(row.target)}
          <Attainment direction={directionOf(row)} value={row.total} target={row.target} />
        </span>
      ),
    },
    {
      title: t('reports.ind.missing'),
      key: 'missing',
      responsive: ['md'],
      render: (_v, row) =>
        row.missing.length ? (
          <ul className="plain-list small-text">
            {row.missing.map((m) => (
              <li key={m.name}>{m.comment ? <Tooltip title={m.comment}>{m.name} ⓘ</Tooltip> : m.name}</li>
            ))}
          </ul>
        ) : (
          <span className="muted">—</span>
        ),
    },
  ];
  return (
    <Table<AggregatedIndicatorDto>
      rowKey="indicatorId"
      size="small"
      columns={columns}
      dataSource={indicators}
      pagination={false}
      locale={{ emptyText: t('reports.indicators.none') }}
      data-testid="aggregated-indicators"
    />
  );
}
