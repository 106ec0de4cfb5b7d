import { Button, Result } from 'antd';
import { useRouteError } from 'react-router';
import { t } from '../../lib/i18n';

/** A screen's code failed to load (often a new version was deployed, or the network dropped). */
const isChunkError = (error: unknown): boolean =>
  error instanceof Error &&
  /dynamically imported module|Importing a module script failed|Failed to fetch/i.test(error.message);

export function RouteError() {
  const error = useRouteError();
  const chunk = isChunkError(error);
  if (!chunk) console.error(error);
  return (
    <div className="full-page-center">
      <Result
        status={chunk ? 'warning' : 'error'}
        title={chunk ? t('error.chunkTitle') : t('error.crashTitle')}
        subTitle={chunk ? t('error.chunk') : t('error.crash')}
        extra={
          <Button type="primary" onClick={() => window.location.reload()}>
            {t('common.reload')}
          </Button>
        }
      />
    </div>
  );
}
