import { useQueries, useQuery } from '@tanstack/react-query';
import type { IndicatorDirection, ReportsDashboardDto } from '@vte/contracts';
import { Empty, Skeleton } from 'antd';
import { api } from '../lib/api-client';
import { t } from '../lib/i18n';
import { Chart } from './chart';

const dashboard = (periodId?: string) => ({
  queryKey: ['indicator-trend', 'dashboard', periodId ?? 'now'],
  queryFn: ({ signal }: { signal: AbortSignal }) =>
    api.get<ReportsDashboardDto>('/reports/dashboard', { query: { periodId }, signal }),
  staleTime: 60_000,
});

/** The indicator's total over the last periods of the same kind and unit as the current one (at most 6). */
export function useIndicatorTrend(indicatorId: string | null) {
  const now = useQuery({ ...dashboard(), enabled: Boolean(indicatorId) });
  const current = now.data?.period;
  const periods = current
    ? (now.data?.periods ?? [])
        .filter((p) => p.unitId === current.unitId && p.kind === current.kind && p.dueDate <= current.dueDate)
        .sort((a, b) => a.dueDate.localeCompare(b.dueDate))
        .slice(-6)
    : [];
  const each = useQueries({
    queries: periods.map((p) => ({ ...dashboard(p.id), enabled: Boolean(indicatorId) })),
  });
  const points = periods.map((p, i) => {
    const row = each[i]?.data?.indicators.find((x) => x.indicatorId === indicatorId);
    return { label: p.label, value: row?.total ?? null, target: row?.target ?? null };
  });
  return { pending: now.isPending || each.some((q) => q.isPending), points };
}

/** Xu hướng: the indicator's line over periods beside its target (dashed), the better side noted. */
export function IndicatorTrendChart({
  indicatorId,
  direction,
  unit,
}: {
  indicatorId: string;
  direction: IndicatorDirection;
  unit: string;
}) {
  const { pending, points } = useIndicatorTrend(indicatorId);
  if (pending) return <Skeleton active paragraph={{ rows: 4 }} />;
  if (!points.some((p) => p.value !== null)) return <Empty description={t('dash.trendEmpty')} />;
  return (
    <div data-testid="indicator-trend-chart" data-direction={direction}>
      <Chart
        height={220}
        label={`${t('dash.trend')} (${t(`direction.${direction}`)})`}
        option={{
          tooltip: { trigger: 'axis' },
          legend: { bottom: 0 },
          grid: { left: 40, right: 16, top: 24, bottom: 48 },
          xAxis: { type: 'category', data: points.map((p) => p.label) },
          yAxis: { type: 'value', name: unit },
          series: [
            { name: t('dash.current'), type: 'line', data: points.map((p) => p.value), connectNulls: true },
            {
              name: t('dash.target'),
              type: 'line',
              data: points.map((p) => p.target),
              lineStyle: { type: 'dashed' },
              symbol: 'none',
            },
          ],
        }}
      />
      <p className="muted small-text">{t(`direction.${direction}`)}</p>
    </div>
  );
}
