import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { progressStatusLabels, type ProgressDto, type ProgressStatus } from '@vte/contracts';
import { App, Button, Empty, Skeleton, Tag, Timeline, Typography, Upload } from 'antd';
import { QueryError } from '../../../components/query-error';
import { errorMessage } from '../../../lib/errors';
import { formatDate, formatDateTime, formatNumber } from '../../../lib/format';
import { t } from '../../../lib/i18n';
import {
  evidenceUrl,
  useAgencyName,
  useRefreshAfterProgress,
  useTaskProgress,
  useUploadEvidence,
} from '../api/tasks';

export const PROGRESS_COLORS: Record<ProgressStatus, string> = {
  not_started: 'default',
  in_progress: 'blue',
  done: 'green',
};
export const EVIDENCE_ACCEPT = '.doc,.docx,.xls,.xlsx,.pdf,.jpg,.jpeg,.png';
const kb = (size: number) => `${formatNumber(Math.max(1, Math.round(size / 1024)))} KB`;

function AgencyName({ id, names }: { id: string; names: Map<string, string> }) {
  const known = names.get(id);
  const fetched = useAgencyName(id, known);
  return <strong>{known ?? fetched.data ?? t('common.loading')}</strong>;
}

type ProgressHistoryProps = {
  taskId: string;
  /** Names of agencies the screen already knows (the task's assignments, my agency). */
  names: Map<string, string>;
  /** My agency: its own entries get an "attach evidence" button. */
  myAgencyId: string | null;
  canAttach: boolean;
};

/** Tiến độ: every update on the task, newest first, with figures and evidence files. */
export function ProgressHistory({ taskId, names, myAgencyId, canAttach }: ProgressHistoryProps) {
  const progress = useTaskProgress(taskId);
  const upload = useUploadEvidence();
  const refresh = useRefreshAfterProgress();
  const { message } = App.useApp();

  if (progress.isPending) return <Skeleton active paragraph={{ rows: 3 }} />;
  if (progress.isError) return <QueryError error={progress.error} onRetry={() => void progress.refetch()} />;
  if (progress.data.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('plans.progress.empty')} />;

  const attach = (entry: ProgressDto) => (file: File) => {
    upload.mutate(
      { progressId: entry.id, file },
      {
        onSuccess: () => {
          void message.success(t('plans.progress.attached', { name: file.name }));
          refresh(taskId);
        },
        onError: (error) => void message.error(`${file.name}: ${errorMessage(error)}`),
      },
    );
    return Upload.LIST_IGNORE;
  };

  const items = [...progress.data].reverse().map((entry) => ({
    key: entry.id,
    color: PROGRESS_COLORS[entry.status] === 'default' ? 'gray' : PROGRESS_COLORS[entry.status],
    content: (
      <div className="progress-entry" data-testid="progress-entry">
        <div className="progress-entry-head">
          <AgencyName id={entry.agencyId} names={names} />
          <Tag color={PROGRESS_COLORS[entry.status]}>{progressStatusLabels[entry.status]}</Tag>
          <Typography.Text type="secondary">{formatDateTime(entry.createdAt)}</Typography.Text>
        </div>
        {entry.completedOn ? (
          <div>{t('plans.progress.completedOn', { date: formatDate(entry.completedOn) })}</div>
        ) : null}
        {entry.periodDue ? (
          <div>{t('plans.progress.period', { date: formatDate(entry.periodDue) })}</div>
        ) : null}
        {entry.narrative ? <p className="pre-wrap progress-narrative">{entry.narrative}</p> : null}
        {entry.figures.length ? (
          <ul className="member-list">
            {entry.figures.map((f, i) => (
              <li key={i}>
                {f.label}: <strong>{formatNumber(f.value)}</strong> {f.unit ?? ''}
              </li>
            ))}
          </ul>
        ) : null}
        {entry.evidence.length ? (
          <ul className="evidence-list">
            {entry.evidence.map((file) => (
              <li key={file.id}>
                <a href={evidenceUrl(file.id)} download={file.filename}>
                  <PaperClipOutlined /> {file.filename}
                </a>{' '}
                <span className="muted">({kb(file.size)})</span>
              </li>
            ))}
          </ul>
        ) : null}
        {canAttach && entry.agencyId === myAgencyId ? (
          <Upload
            accept={EVIDENCE_ACCEPT}
            showUploadList={false}
            beforeUpload={attach(entry)}
            disabled={upload.isPending}
          >
            <Button
              size="small"
              icon={<UploadOutlined />}
              loading={upload.isPending && upload.variables?.progressId === entry.id}
            >
              {t('plans.progress.attach')}
            </Button>
          </Upload>
        ) : null}
      </div>
    ),
  }));
  return <Timeline items={items} className="progress-timeline" />;
}
