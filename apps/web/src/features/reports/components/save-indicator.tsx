import { CheckCircleOutlined, CloudSyncOutlined, ExclamationCircleOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { t } from '../../../lib/i18n';
import { clockTime } from '../lib/time';
import type { SaveState } from './use-report-editor';

/** "Đang lưu…" / "Đã lưu lúc 14:05" / "Chưa lưu được" beside the editor's actions. */
export function SaveIndicator({ save, onRetry }: { save: SaveState; onRetry: () => void }) {
  let content: React.ReactNode = null;
  if (save.status === 'saving')
    content = (
      <>
        <CloudSyncOutlined /> {t('reports.save.saving')}
      </>
    );
  else if (save.status === 'pending') content = <span className="muted">{t('reports.save.pending')}</span>;
  else if (save.status === 'saved' && save.savedAt)
    content = (
      <>
        <CheckCircleOutlined className="text-success" />{' '}
        {t('reports.save.savedAt', { time: clockTime(save.savedAt) })}
      </>
    );
  else if (save.status === 'failed')
    content = (
      <>
        <ExclamationCircleOutlined className="text-danger" /> {t('reports.save.failed')}{' '}
        <Button size="small" type="link" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      </>
    );
  else if (save.status === 'idle') content = <span className="muted">{t('reports.save.auto')}</span>;
  return (
    <span className="save-indicator" role="status" aria-live="polite" data-testid="save-indicator">
      {content}
    </span>
  );
}
