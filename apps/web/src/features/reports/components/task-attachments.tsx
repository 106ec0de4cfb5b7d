import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Upload } from 'antd';
import { errorMessage } from '../../../lib/errors';
import { formatNumber } from '../../../lib/format';
import { t } from '../../../lib/i18n';
import { attachmentUrl, useRemoveAttachment, useUploadAttachment } from '../api/agency-reports';
import type { AttachmentDraft } from '../lib/report-draft';

export const ATTACHMENT_ACCEPT = '.doc,.docx,.xls,.xlsx,.pdf,.jpg,.jpeg,.png';
const MAX_BYTES = 10 * 1024 * 1024;
const kb = (size: number) => `${formatNumber(Math.max(1, Math.round(size / 1024)))} KB`;

type TaskAttachmentsProps = {
  reportId: string;
  taskId: string;
  attachments: AttachmentDraft[];
  onChange?: (attachments: AttachmentDraft[]) => void;
};

/** Tài liệu kèm theo of one task: links to the files; uploads one at a time while editable. */
export function TaskAttachments({ reportId, taskId, attachments, onChange }: TaskAttachmentsProps) {
  const upload = useUploadAttachment(reportId);
  const remove = useRemoveAttachment();
  const { message } = App.useApp();

  const drop = (id: string) =>
    remove.mutate(id, {
      onSuccess: () => onChange?.(attachments.filter((a) => a.id !== id)),
      onError: (error) => void message.error(errorMessage(error)),
    });

  const pick = (file: File) => {
    if (file.size > MAX_BYTES) {
      void message.error(t('reports.attach.tooLarge', { name: file.name }));
      return Upload.LIST_IGNORE;
    }
    upload.mutate(
      { taskId, file },
      {
        onSuccess: (evidence) => onChange?.([...attachments, evidence]),
        onError: (error) => void message.error(`${file.name}: ${errorMessage(error)}`),
      },
    );
    return false;
  };

  return (
    <div className="task-attachments">
      {attachments.length > 0 ? (
        <ul className="plain-list attachment-list">
          {attachments.map((file) => (
            <li key={file.id}>
              <a href={attachmentUrl(file.id)} download={file.filename}>
                <PaperClipOutlined /> {file.filename}
              </a>{' '}
              <span className="muted small-text">({kb(file.size)})</span>
              {onChange ? (
                <Button
                  type="text"
                  size="small"
                  icon={<DeleteOutlined />}
                  loading={remove.isPending && remove.variables === file.id}
                  onClick={() => drop(file.id)}
                  aria-label={t('reports.attach.remove', { name: file.filename })}
                />
              ) : null}
            </li>
          ))}
        </ul>
      ) : !onChange ? (
        <span className="muted">{t('reports.attach.none')}</span>
      ) : null}
      {onChange ? (
        <>
          <Upload
            accept={ATTACHMENT_ACCEPT}
            showUploadList={false}
            beforeUpload={pick}
            disabled={upload.isPending}
          >
            <Button icon={<UploadOutlined />} loading={upload.isPending} size="small">
              {t('reports.attach.choose')}
            </Button>
          </Upload>
          <div className="small-text muted">{t('reports.attach.help')}</div>
        </>
      ) : null}
    </div>
  );
}
