import { Skeleton } from 'antd';
import { lazy, Suspense } from 'react';
import type { ChartProps } from './echarts-core';

const EChart = lazy(() => import('./echarts-core'));

/** A chart whose library is fetched on first use, with a placeholder of the same height meanwhile. */
export function Chart(props: ChartProps) {
  return (
    <Suspense fallback={<Skeleton.Node active style={{ height: props.height, width: '100%' }} />}>
      <EChart {...props} />
    </Suspense>
  );
}
export type { ChartProps };
