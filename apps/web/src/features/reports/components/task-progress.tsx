import { SwapOutlined } from '@ant-design/icons';
import { progressStatusLabels, type ProgressStatus, type ReportProgressDto } from '@vte/contracts';
import { Button, Collapse, Tag } from 'antd';
import { formatDate } from '../../../lib/format';
import { t } from '../../../lib/i18n';

type TaskProgressProps = {
  updates: ReportProgressDto[];
  /** Absent: read-only (no moving). */
  onMove?: (progressId: string) => void;
};

/**
 * The agency's progress updates on a task, by date: which this period uses, which it does not,
 * and "Chuyển vào kỳ này" for the others (issue 9 item 4).
 */
export function TaskProgress({ updates, onMove }: TaskProgressProps) {
  if (updates.length === 0) return null;
  const items = updates.map((u) => (
    <li key={u.id} className="task-progress-item" data-testid="report-progress-item">
      <div className="tag-row">
        <span className="muted">{t('reports.progress.date', { date: formatDate(u.date) })}</span>
        <span>{progressStatusLabels[u.status as ProgressStatus] ?? u.status}</span>
        {u.offered ? (
          <Tag color="green">{t('reports.progress.offered')}</Tag>
        ) : (
          <Tag>{t('reports.progress.notOffered')}</Tag>
        )}
        {u.movedTo ? (
          <span className="muted small-text">{t('reports.progress.movedTo', { period: u.movedTo })}</span>
        ) : null}
      </div>
      {u.narrative ? <p className="pre-wrap small-text">{u.narrative}</p> : null}
      {!u.offered && onMove ? (
        <Button
          size="small"
          icon={<SwapOutlined />}
          onClick={() => onMove(u.id)}
          data-testid="report-progress-move"
        >
          {t('reports.progress.move')}
        </Button>
      ) : null}
    </li>
  ));
  return (
    <Collapse
      size="small"
      ghost
      className="task-progress"
      defaultActiveKey={updates.some((u) => !u.offered) ? ['p'] : []}
      items={[
        {
          key: 'p',
          label: t('reports.progress.title', { count: updates.length }),
          children: <ul className="plain-list">{items}</ul>,
        },
      ]}
    />
  );
}
