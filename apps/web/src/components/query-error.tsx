import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import { errorMessage } from '../lib/errors';
import { t } from '../lib/i18n';

type QueryErrorProps = { error: unknown; onRetry?: () => void };

/** A failed load, in words, with a way to try again. */
export function QueryError({ error, onRetry }: QueryErrorProps) {
  return (
    <Alert
      type="error"
      showIcon
      title={t('error.loadFailed')}
      description={errorMessage(error)}
      action={
        onRetry ? (
          <Button size="small" icon={<ReloadOutlined />} onClick={onRetry}>
            {t('common.retry')}
          </Button>
        ) : undefined
      }
    />
  );
}
