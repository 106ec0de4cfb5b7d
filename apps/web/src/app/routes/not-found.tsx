import { Button, Result } from 'antd';
import { useNavigate } from 'react-router';
import { useDocumentTitle } from '../../lib/hooks';
import { t } from '../../lib/i18n';

export function NotFoundRoute() {
  const navigate = useNavigate();
  useDocumentTitle(t('error.notFoundTitle'));
  return (
    <Result
      status="404"
      title={t('error.notFoundTitle')}
      subTitle={t('error.notFound')}
      extra={
        <Button type="primary" onClick={() => void navigate('/')}>
          {t('common.backHome')}
        </Button>
      }
    />
  );
}
