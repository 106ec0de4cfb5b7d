import { DatePicker, Input, Select } from 'antd';
import { DATE_FORMAT, fromDayjs, toDayjs } from '../../../lib/format';
import { t } from '../../../lib/i18n';

export type DueRule = 'before' | 'by' | 'on' | 'rule';
export type ReportingEntry = { period: string; due: string | null; dueRule: DueRule };

const DUE_RULES: DueRule[] = ['before', 'by', 'on', 'rule'];
const DUE_RULE_LABELS = {
  before: 'plans.reporting.before',
  by: 'plans.reporting.by',
  on: 'plans.reporting.on',
  rule: 'plans.reporting.rule',
} as const;

/** Period, deadline rule and date of one reporting deadline (section V); used in review and edit. */
export function ReportingEntryFields({
  entry,
  onChange,
  id,
}: {
  entry: ReportingEntry;
  onChange: (patch: Partial<ReportingEntry>) => void;
  id?: string;
}) {
  return (
    <>
      <Input
        id={id}
        value={entry.period}
        onChange={(e) => onChange({ period: e.target.value })}
        placeholder={t('plans.reporting.period')}
        aria-label={t('plans.reporting.period')}
        className="review-period"
        maxLength={200}
      />
      <Select
        value={entry.dueRule}
        onChange={(dueRule: DueRule) => onChange({ dueRule })}
        options={DUE_RULES.map((rule) => ({ value: rule, label: t(DUE_RULE_LABELS[rule]) }))}
        aria-label={t('plans.reporting.rule.label')}
        style={{ minWidth: 130 }}
      />
      <DatePicker
        value={toDayjs(entry.due)}
        onChange={(day) => onChange({ due: fromDayjs(day) ?? null })}
        format={DATE_FORMAT}
        placeholder={t('plans.reporting.due')}
        aria-label={t('plans.reporting.due')}
      />
    </>
  );
}
