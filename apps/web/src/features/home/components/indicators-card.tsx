import { indicatorTrend, type AggregatedIndicatorDto } from '@vte/contracts';
import { Button, Card, Drawer, Empty } from 'antd';
import { useState } from 'react';
import { Chart } from '../../../components/chart';
import { Attainment, TrendArrow } from '../../../components/indicator-trend';
import { IndicatorTrendChart } from '../../../components/indicator-trend-chart';
import { formatNumber } from '../../../lib/format';
import { usePhone } from '../../../lib/hooks';
import { t } from '../../../lib/i18n';

const VERDICT_COLORS = { better: '#389e0d', worse: '#cf1322', neutral: '#8c8c8c' } as const;
const directionOf = (row: AggregatedIndicatorDto) => row.direction ?? 'neutral';
const num = (v: number | null) => (v === null ? '—' : formatNumber(v));

/** Indicators with a target: last period, this period (coloured by whether it moved the right way), target. */
function TargetsChart({ rows, onOpen }: { rows: AggregatedIndicatorDto[]; onOpen: (id: string) => void }) {
  return (
    <div data-testid="home-indicators-chart">
      <Chart
        height={200}
        label={t('dash.indicators')}
        onClick={(p) => onOpen(rows[p.dataIndex]!.indicatorId)}
        option={{
          tooltip: { trigger: 'axis' },
          legend: { bottom: 0 },
          grid: { left: 40, right: 8, top: 16, bottom: 48 },
          xAxis: { type: 'category', data: rows.map((r) => r.code) },
          yAxis: { type: 'value' },
          series: [
            { name: t('dash.previous'), type: 'bar', data: rows.map((r) => r.previous), color: '#bfbfbf' },
            {
              name: t('dash.current'),
              type: 'bar',
              color: '#1677ff',
              data: rows.map((r) => ({
                value: r.total,
                itemStyle: {
                  color:
                    VERDICT_COLORS[indicatorTrend(directionOf(r), r.total, r.previous)?.verdict ?? 'neutral'],
                },
              })),
            },
            { name: t('dash.target'), type: 'bar', data: rows.map((r) => r.target), color: '#faad14' },
          ],
        }}
      />
    </div>
  );
}

/** Chỉ tiêu: each figure against last period and its target, the indicator's way round; opens its trend. */
export function IndicatorsCard({ rows }: { rows: AggregatedIndicatorDto[] }) {
  const [openId, setOpenId] = useState<string | null>(null);
  const phone = usePhone();
  const open = rows.find((r) => r.indicatorId === openId) ?? null;
  const withTarget = rows.filter((r) => r.target !== null && r.total !== null);
  return (
    <Card title={t('dash.indicators')} className="home-card home-wide" data-testid="home-indicators">
      {rows.length === 0 ? <Empty description={t('dash.noIndicators')} /> : null}
      {withTarget.length ? <TargetsChart rows={withTarget} onOpen={setOpenId} /> : null}
      <ul className="plain-list home-ind-list">
        {rows.map((r) => (
          <li
            key={r.indicatorId}
            data-testid="home-indicator"
            data-code={r.code}
            data-direction={directionOf(r)}
          >
            <Button
              type="link"
              size="small"
              className="home-ind-name"
              onClick={() => setOpenId(r.indicatorId)}
            >
              <span className="indicator-code">{r.code}</span> {r.name}
            </Button>
            <span className="nowrap">
              <strong>{num(r.total)}</strong> <span className="muted small-text">{r.unit}</span>{' '}
              <TrendArrow direction={directionOf(r)} value={r.total} previous={r.previous} />
              {r.target !== null ? (
                <span className="muted small-text">
                  {' '}
                  · {t('dash.target')} {num(r.target)}
                </span>
              ) : null}
              <Attainment direction={directionOf(r)} value={r.total} target={r.target} />
            </span>
          </li>
        ))}
      </ul>
      <Drawer
        open={open !== null}
        onClose={() => setOpenId(null)}
        size={phone ? '100%' : 520}
        title={open ? `${open.code} – ${open.name}` : ''}
        data-testid="home-indicator-trend"
      >
        {open ? (
          <IndicatorTrendChart
            indicatorId={open.indicatorId}
            direction={directionOf(open)}
            unit={open.unit}
          />
        ) : null}
      </Drawer>
    </Card>
  );
}
