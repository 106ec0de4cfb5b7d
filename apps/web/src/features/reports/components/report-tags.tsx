import {
  completenessStateLabels,
  consolidatedStatusLabels,
  reportStatusLabels,
  type CompletenessState,
  type ConsolidatedStatus,
  type ReportStatus,
} from '@vte/contracts';
import { Tag } from 'antd';
import { todayIso } from '../../../lib/format';
import { t } from '../../../lib/i18n';
import { deadlineOf } from '../lib/deadline';

const STATUS_COLORS: Record<ReportStatus, string> = {
  draft: 'default',
  submitted: 'processing',
  returned: 'warning',
  accepted: 'success',
};
const STATE_COLORS: Record<CompletenessState, string> = { ...STATUS_COLORS, missing: 'error' };

export const ReportStatusTag = ({ status }: { status: ReportStatus }) => (
  <Tag color={STATUS_COLORS[status]} className="state-tag" data-testid="report-status">
    {reportStatusLabels[status]}
  </Tag>
);

export const CompletenessStateTag = ({ state }: { state: CompletenessState }) => (
  <Tag color={STATE_COLORS[state]} className="state-tag">
    {completenessStateLabels[state]}
  </Tag>
);

export const ConsolidatedStatusTag = ({ status }: { status: ConsolidatedStatus }) => (
  <Tag color={STATUS_COLORS[status]} className="state-tag" data-testid="consolidated-status">
    {consolidatedStatusLabels[status]}
  </Tag>
);

/** Đúng hạn / Trễ hạn; nothing while the report has not been sent. */
export function OnTimeTag({ onTime }: { onTime: boolean | null }) {
  if (onTime === null) return null;
  return (
    <Tag color={onTime ? 'green' : 'orange'} className="state-tag">
      {onTime ? t('reports.onTime') : t('reports.late')}
    </Tag>
  );
}

/** "còn 5 ngày" / "hạn hôm nay" / "quá hạn 3 ngày" beside a due date. */
export function DeadlineText({ dueDate, submitted }: { dueDate: string; submitted?: boolean }) {
  const deadline = deadlineOf(dueDate, todayIso(), submitted);
  if (deadline.kind === 'done') return null;
  if (deadline.kind === 'left')
    return (
      <span className={deadline.days <= 3 ? 'text-warning' : 'muted'}>
        {t('reports.deadline.left', { days: deadline.days })}
      </span>
    );
  if (deadline.kind === 'today') return <span className="text-warning">{t('reports.deadline.today')}</span>;
  return <span className="text-danger">{t('reports.deadline.overdue', { days: deadline.days })}</span>;
}
