// Loaded lazily (chart.tsx): ECharts stays out of the sign-in and first-page bundles.
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import EChartsReactCore from 'echarts-for-react/esm/core';
import type { EChartsOption } from 'echarts';

echarts.use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export type ChartProps = {
  option: EChartsOption;
  height: number;
  onClick?: (params: { name: string; seriesName?: string; dataIndex: number }) => void;
  label: string;
};

/** One chart, SVG-rendered (crisp when printed), with a click handler for "open the list behind it". */
export default function EChart({ option, height, onClick, label }: ChartProps) {
  return (
    <div role="img" aria-label={label}>
      <EChartsReactCore
        echarts={echarts}
        option={option}
        style={{ height, width: '100%' }}
        opts={{ renderer: 'svg' }}
        onEvents={onClick ? { click: onClick } : undefined}
        notMerge
      />
    </div>
  );
}
