import type { Timeframe } from '@vte/contracts';
import { Button, Checkbox, DatePicker, InputNumber, Popover, Select, Space } from 'antd';
import { useState } from 'react';
import { DATE_FORMAT, fromDayjs, toDayjs } from '../../../lib/format';
import { t } from '../../../lib/i18n';
import { describeTimeframe, withWindow } from './plan-format';

type Kind = Timeframe['kind'];
const KINDS: Kind[] = ['year-round', 'quarters', 'month', 'date', 'before', 'range', 'unknown'];
const KIND_LABELS: Record<Kind, Parameters<typeof t>[0]> = {
  'year-round': 'plans.timeframe.kind.yearRound',
  quarters: 'plans.timeframe.kind.quarters',
  month: 'plans.timeframe.kind.month',
  date: 'plans.timeframe.kind.date',
  before: 'plans.timeframe.kind.before',
  range: 'plans.timeframe.kind.range',
  unknown: 'plans.timeframe.kind.unknown',
};
const QUARTERS = [1, 2, 3, 4].map((q) => ({ value: q, label: ['I', 'II', 'III', 'IV'][q - 1] ?? '' }));
const MONTHS = Array.from({ length: 12 }, (_v, i) => ({ value: i + 1, label: String(i + 1) }));

type TimeframeEditorProps = {
  value: Timeframe | null;
  planYear: number;
  onChange: (value: Timeframe | null) => void;
};

/** How the time frame is understood (it sets the deadline); shown in words, corrected in a small form. */
export function TimeframeEditor({ value, planYear, onChange }: TimeframeEditorProps) {
  const [open, setOpen] = useState(false);
  const tf: Timeframe = value ?? { kind: 'unknown', year: planYear };
  const set = (patch: Partial<Timeframe>) => onChange(withWindow({ ...tf, ...patch }));

  const form = (
    <Space orientation="vertical" size={10} className="timeframe-form">
      <Select
        value={tf.kind}
        onChange={(kind: Kind) => set({ kind, year: tf.year ?? planYear })}
        options={KINDS.map((kind) => ({ value: kind, label: t(KIND_LABELS[kind]) }))}
        aria-label={t('plans.timeframe.kindLabel')}
        style={{ width: 240 }}
      />
      {['year-round', 'quarters', 'month'].includes(tf.kind) ? (
        <InputNumber
          value={tf.year ?? planYear}
          min={2000}
          max={2100}
          onChange={(year) => set({ year: year ?? planYear })}
          aria-label={t('plans.timeframe.year')}
          prefix={t('plans.timeframe.year')}
          style={{ width: 150 }}
        />
      ) : null}
      {tf.kind === 'quarters' ? (
        <Checkbox.Group
          value={tf.quarters ?? []}
          onChange={(quarters) => set({ quarters: [...quarters].sort() })}
          options={QUARTERS}
          aria-label={t('plans.timeframe.kind.quarters')}
        />
      ) : null}
      {tf.kind === 'month' ? (
        <Select
          mode="multiple"
          value={tf.months ?? []}
          onChange={(months: number[]) => set({ months: [...months].sort((a, b) => a - b) })}
          options={MONTHS}
          aria-label={t('plans.timeframe.kind.month')}
          style={{ width: 240 }}
        />
      ) : null}
      {tf.kind === 'date' || tf.kind === 'before' ? (
        <DatePicker
          value={toDayjs(tf.to)}
          format={DATE_FORMAT}
          onChange={(day) => {
            const iso = fromDayjs(day);
            set({ to: iso, from: tf.kind === 'date' ? iso : undefined, year: day ? day.year() : tf.year });
          }}
          aria-label={t('plans.timeframe.deadline')}
        />
      ) : null}
      {tf.kind === 'range' ? (
        <DatePicker.RangePicker
          value={[toDayjs(tf.from) ?? null, toDayjs(tf.to) ?? null]}
          format={DATE_FORMAT}
          onChange={(range) =>
            set({
              from: fromDayjs(range?.[0]),
              to: fromDayjs(range?.[1]),
              year: range?.[1]?.year() ?? tf.year,
            })
          }
        />
      ) : null}
      <Button type="primary" size="small" onClick={() => setOpen(false)}>
        {t('common.close')}
      </Button>
    </Space>
  );

  return (
    <div className="timeframe-understood">
      <span className="muted">{t('plans.timeframe.understood')}</span>{' '}
      <strong className={tf.kind === 'unknown' ? 'text-danger' : undefined}>{describeTimeframe(tf)}</strong>{' '}
      <Popover
        open={open}
        onOpenChange={setOpen}
        trigger="click"
        content={form}
        title={t('plans.timeframe.edit')}
      >
        <Button type="link" size="small" className="inline-link">
          {t('common.edit')}
        </Button>
      </Popover>
    </div>
  );
}
