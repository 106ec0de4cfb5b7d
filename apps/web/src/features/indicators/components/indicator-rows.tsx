import type { IndicatorDto } from '@vte/contracts';
import { Skeleton, Typography } from 'antd';
import type { ReactNode } from 'react';
import '../indicators.css';

type IndicatorRowsProps = {
  items: IndicatorDto[];
  loading: boolean;
  control: (i: IndicatorDto) => ReactNode;
};

/** One line per indicator with its control beside it, or under it on a narrow screen. */
export function IndicatorRows({ items, loading, control }: IndicatorRowsProps) {
  if (loading) return <Skeleton active />;
  return (
    <div className="indicator-rows">
      {items.map((i) => (
        <div key={i.id} className="indicator-row" data-testid={`indicator-row-${i.code}`}>
          <div className="indicator-row-name">
            <Typography.Text strong>{i.code}</Typography.Text> <Typography.Text>{i.name}</Typography.Text>
          </div>
          <div className="indicator-row-control">{control(i)}</div>
        </div>
      ))}
    </div>
  );
}
