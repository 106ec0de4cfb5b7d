import type { AgencyReportDto } from '@vte/contracts';
import { Card, Input } from 'antd';
import { t } from '../../../lib/i18n';
import type { IndicatorRowState } from '../lib/indicator-grid';
import { noIssues, type ReportIssues } from '../lib/issues';
import type { ReportDraft, TaskDraft } from '../lib/report-draft';
import { IndicatorGrid } from './indicator-grid';
import { TaskEntry } from './task-entry';

type AgencyReportBodyProps = {
  report: AgencyReportDto;
  draft: ReportDraft;
  /** Absent: read-only. */
  update?: (change: (draft: ReportDraft) => ReportDraft) => void;
  issues?: ReportIssues;
  missingComments?: ReadonlySet<string>;
  /** Moves a progress update into this report's period (issue 9 item 4). */
  onMove?: (progressId: string) => void;
};

const NO_MISSING: ReadonlySet<string> = new Set();

/** The content of an agency report: tasks, indicators, difficulties and proposals. */
export function AgencyReportBody({
  report,
  draft,
  update,
  issues = noIssues(),
  missingComments = NO_MISSING,
  onMove,
}: AgencyReportBodyProps) {
  const setTask = (taskId: string) => (entry: TaskDraft) =>
    update?.((d) => ({ ...d, tasks: { ...d.tasks, [taskId]: entry } }));
  const setIndicator = (indicatorId: string, row: IndicatorRowState) =>
    update?.((d) => ({ ...d, indicators: { ...d.indicators, [indicatorId]: row } }));
  const textField = (field: 'difficulties' | 'proposals', label: string, hint: string) => (
    <Card title={label} className="report-card" size="small">
      {issues.fields[field]?.map((problem) => (
        <div key={problem} className="text-danger small-text" role="alert">
          {problem}
        </div>
      ))}
      {update ? (
        <Input.TextArea
          value={draft[field]}
          onChange={(event) => update((d) => ({ ...d, [field]: event.target.value }))}
          autoSize={{ minRows: 3, maxRows: 12 }}
          maxLength={10000}
          placeholder={hint}
          aria-label={label}
          data-testid={`report-${field}`}
        />
      ) : (
        <p className="pre-wrap read-text">
          {draft[field] || <span className="muted">{t('reports.empty')}</span>}
        </p>
      )}
    </Card>
  );

  return (
    <div className="report-body">
      <Card
        title={t('reports.section.tasks', { count: report.tasks.length })}
        className="report-card"
        size="small"
      >
        {report.tasks.length === 0 ? <p className="muted">{t('reports.task.none')}</p> : null}
        {report.tasks.map((task) => (
          <TaskEntry
            key={task.taskId}
            reportId={report.id}
            task={task}
            entry={draft.tasks[task.taskId] ?? { narrative: '', figures: [], attachments: [] }}
            onChange={update ? setTask(task.taskId) : undefined}
            issues={issues.tasks[task.taskId]}
            progress={report.progress.filter((u) => u.taskId === task.taskId)}
            onMove={onMove}
          />
        ))}
      </Card>
      <Card title={t('reports.section.indicators')} className="report-card" size="small">
        <IndicatorGrid
          entries={report.indicators}
          state={draft.indicators}
          onChange={update ? setIndicator : undefined}
          issues={issues.indicators}
          missing={missingComments}
        />
      </Card>
      {textField('difficulties', t('reports.section.difficulties'), t('reports.difficultiesHint'))}
      {textField('proposals', t('reports.section.proposals'), t('reports.proposalsHint'))}
    </div>
  );
}
