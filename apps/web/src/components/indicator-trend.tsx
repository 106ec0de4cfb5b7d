import { ArrowDownOutlined, ArrowUpOutlined, MinusOutlined } from '@ant-design/icons';
import {
  indicatorTrend,
  targetAttainment,
  type IndicatorDirection,
  type TargetAttainment,
} from '@vte/contracts';
import { t } from '../lib/i18n';
import './indicator-trend.css';

// Issue 9 item 7: the arrow shows the movement, its colour whether that is good news for this indicator.

/** An arrow from the previous period: green when better, red when worse, grey when neutral or equal. */
export function TrendArrow({
  direction,
  value,
  previous,
}: {
  direction: IndicatorDirection;
  value: number | null;
  previous: number | null;
}) {
  const trend = indicatorTrend(direction, value, previous);
  if (!trend) return null;
  const moved = t(`direction.${trend.move}`);
  const label = trend.verdict === 'neutral' ? moved : `${moved} — ${t(`direction.${trend.verdict}`)}`;
  const icon =
    trend.move === 'up' ? (
      <ArrowUpOutlined />
    ) : trend.move === 'down' ? (
      <ArrowDownOutlined />
    ) : (
      <MinusOutlined />
    );
  return (
    <span
      className={`ind-trend ind-trend-${trend.verdict}`}
      title={label}
      aria-label={label}
      role="img"
      data-testid="indicator-trend"
      data-verdict={trend.verdict}
      data-move={trend.move}
    >
      {icon}
    </span>
  );
}

export function attainmentLabel(a: TargetAttainment): string {
  if (a.kind === 'reached') return t('direction.reached', { percent: a.percent });
  if (a.kind === 'ceiling') return t('direction.ceilingMet');
  return t('direction.over', { percent: a.percentOver });
}

/** "(đạt 85% chỉ tiêu)", "(đạt (không vượt ngưỡng))" or "(vượt ngưỡng 18%)", coloured by whether it is met. */
export function Attainment({
  direction,
  value,
  target,
}: {
  direction: IndicatorDirection;
  value: number | null;
  target: number | null;
}) {
  const a = targetAttainment(direction, value, target);
  if (!a) return null;
  return (
    <span
      className={`small-text ind-attain ${a.met ? 'ind-attain-met' : 'ind-attain-missed'}`}
      data-testid="indicator-attainment"
    >
      {' '}
      ({attainmentLabel(a)})
    </span>
  );
}
