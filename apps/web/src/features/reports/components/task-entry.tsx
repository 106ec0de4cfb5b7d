import { ImportOutlined } from '@ant-design/icons';
import type { ReportProgressDto, ReportTaskDto } from '@vte/contracts';
import { Alert, App, Button, Input, Tag } from 'antd';
import { t } from '../../../lib/i18n';
import { hasPrefill, prefillOf, type TaskDraft } from '../lib/report-draft';
import { FiguresEditor } from './figures-editor';
import { TaskAttachments } from './task-attachments';
import { TaskProgress } from './task-progress';

type TaskEntryProps = {
  reportId: string;
  task: ReportTaskDto;
  entry: TaskDraft;
  onChange?: (entry: TaskDraft) => void;
  issues?: string[];
  progress?: ReportProgressDto[];
  onMove?: (progressId: string) => void;
};

/** One task of the report: what was done (text, figures, files), or its read-only view. */
export function TaskEntry({ reportId, task, entry, onChange, issues, progress, onMove }: TaskEntryProps) {
  const { modal } = App.useApp();
  const id = `task-${task.taskId}`;

  const applyPrefill = () => {
    const apply = () => onChange?.({ ...entry, ...prefillOf(task) });
    if (!entry.narrative.trim() && entry.figures.length === 0) apply();
    else
      modal.confirm({
        title: t('reports.task.prefillConfirmTitle'),
        content: t('reports.task.prefillConfirm'),
        okText: t('reports.task.prefillReplace'),
        cancelText: t('common.cancel'),
        onOk: apply,
      });
  };

  return (
    <section className="task-entry" aria-labelledby={`${id}-title`} data-testid="report-task">
      <header className="task-entry-head">
        <h3 id={`${id}-title`} className="task-entry-title">
          {t('reports.task.number', { number: task.number })}
        </h3>
        <Tag color={task.role === 'lead' ? 'blue' : 'default'}>
          {task.role === 'lead' ? t('reports.role.lead') : t('reports.role.partner')}
        </Tag>
        {task.via ? (
          <span className="muted small-text">{t('reports.task.via', { group: task.via })}</span>
        ) : null}
      </header>
      <p className="task-entry-content">{task.content}</p>
      {issues?.length ? (
        <Alert type="error" showIcon title={issues.join('; ')} className="form-alert" />
      ) : null}
      <div className="field-block">
        <div className="field-head">
          <label htmlFor={`${id}-narrative`} className="field-label">
            {t('reports.task.narrative')}
          </label>
          {onChange && hasPrefill(task) ? (
            <Button
              size="small"
              icon={<ImportOutlined />}
              onClick={applyPrefill}
              data-testid="report-prefill"
            >
              {t('reports.task.prefill')}
            </Button>
          ) : null}
        </div>
        {onChange ? (
          <Input.TextArea
            id={`${id}-narrative`}
            value={entry.narrative}
            onChange={(event) => onChange({ ...entry, narrative: event.target.value })}
            autoSize={{ minRows: 3, maxRows: 14 }}
            maxLength={20000}
            placeholder={t('reports.task.narrativeHint')}
            data-testid="report-narrative"
          />
        ) : (
          <p className="pre-wrap read-text">
            {entry.narrative || <span className="muted">{t('reports.empty')}</span>}
          </p>
        )}
      </div>
      {onChange ? <TaskProgress updates={progress ?? []} onMove={onMove} /> : null}
      <div className="field-block">
        <span className="field-label">{t('reports.task.figures')}</span>
        <FiguresEditor
          figures={entry.figures}
          idPrefix={id}
          onChange={onChange ? (figures) => onChange({ ...entry, figures }) : undefined}
        />
      </div>
      <div className="field-block">
        <span className="field-label">{t('reports.task.attachments')}</span>
        <TaskAttachments
          reportId={reportId}
          taskId={task.taskId}
          attachments={entry.attachments}
          onChange={onChange ? (attachments) => onChange({ ...entry, attachments }) : undefined}
        />
      </div>
    </section>
  );
}
