import { FileExcelOutlined, FilePdfOutlined, FileWordOutlined } from '@ant-design/icons';
import type { PdfStatusDto } from '@vte/contracts';
import { App, Button, Modal, Progress, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../../lib/api-client';
import { errorMessage } from '../../../lib/errors';
import { t } from '../../../lib/i18n';
import { downloadFile } from '../../../lib/download';
import { downloadPdf, progressPercent, type PdfDownloadDeps, type PdfProgress } from '../lib/pdf-download';

export type DocumentFile = { kind: 'docx' | 'xlsx' | 'pdf'; path: string; fileName: string };

const ICONS = { docx: <FileWordOutlined />, xlsx: <FileExcelOutlined />, pdf: <FilePdfOutlined /> };
const LABELS = {
  docx: 'reports.download.docx',
  xlsx: 'reports.download.xlsx',
  pdf: 'reports.download.pdf',
} as const;

const pdfDeps: PdfDownloadDeps = {
  status: (path) => api.get<PdfStatusDto>(path),
  download: downloadFile,
  now: () => Date.now() / 1000,
  every: (ms, fn) => {
    const id = window.setInterval(fn, ms);
    return () => window.clearInterval(id);
  },
};

/**
 * Tải Word / Excel / PDF; a refusal (e.g. no LibreOffice for PDF) is shown in the server's words.
 * A PDF being converted (not yet kept) shows its progress until the file arrives.
 */
export function DocumentButtons({ files }: { files: DocumentFile[] }) {
  const [busy, setBusy] = useState<string | null>(null);
  const [progress, setProgress] = useState<PdfProgress>(null);
  const [hidden, setHidden] = useState(false);
  const { message } = App.useApp();
  const download = async (file: DocumentFile) => {
    setBusy(file.kind);
    setHidden(false);
    try {
      if (file.kind === 'pdf') await downloadPdf(pdfDeps, file.path, file.fileName, setProgress);
      else await downloadFile(file.path, file.fileName);
    } catch (error) {
      void message.error({ content: errorMessage(error), duration: 8 });
    } finally {
      setBusy(null);
    }
  };
  return (
    <>
      {files.map((file) => (
        <Button
          key={file.kind}
          icon={ICONS[file.kind]}
          loading={busy === file.kind}
          onClick={() => void download(file)}
          data-testid={`download-${file.kind}`}
        >
          {t(LABELS[file.kind])}
        </Button>
      ))}
      <Modal
        open={!!progress && !hidden}
        title={t('reports.pdf.title')}
        footer={null}
        maskClosable={false}
        onCancel={() => setHidden(true)}
        closable={{ 'aria-label': t('reports.pdf.hide') }}
        data-testid="pdf-progress"
      >
        {progress && (
          <div data-testid="pdf-progress-body" data-state={progress.state}>
            <Typography.Paragraph>
              {t(progress.state === 'converting' ? 'reports.pdf.converting' : 'reports.pdf.onDemand')}
            </Typography.Paragraph>
            <Progress percent={progressPercent(progress.seconds)} status="active" showInfo={false} />
            <Typography.Text type="secondary">
              {t('reports.pdf.elapsed', { seconds: progress.seconds })}
            </Typography.Text>
          </div>
        )}
      </Modal>
    </>
  );
}
