import { FileExcelOutlined, FilePdfOutlined, FileWordOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../../lib/errors';
import { t } from '../../../lib/i18n';
import { downloadFile } from '../../../lib/download';

export type DocumentFile = { kind: 'docx' | 'xlsx' | 'pdf'; path: string; fileName: string };

const ICONS = { docx: <FileWordOutlined />, xlsx: <FileExcelOutlined />, pdf: <FilePdfOutlined /> };
const LABELS = {
  docx: 'reports.download.docx',
  xlsx: 'reports.download.xlsx',
  pdf: 'reports.download.pdf',
} as const;

/** Tải Word / Excel / PDF; a refusal (e.g. no LibreOffice for PDF) is shown in the server's words. */
export function DocumentButtons({ files }: { files: DocumentFile[] }) {
  const [busy, setBusy] = useState<string | null>(null);
  const { message } = App.useApp();
  const download = async (file: DocumentFile) => {
    setBusy(file.kind);
    try {
      await downloadFile(file.path, file.fileName);
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
    </>
  );
}
