import { PhoneOutlined } from '@ant-design/icons';
import type { MeDto } from '@vte/contracts';
import { Card, Typography } from 'antd';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { LoginForm } from '../../features/identity/components/login-form';
import { useMe } from '../../lib/auth';
import { useDocumentTitle } from '../../lib/hooks';
import { t } from '../../lib/i18n';
import { FullPageSpinner, safeNext } from '../require-auth';

export function LoginRoute() {
  useDocumentTitle(t('auth.signIn'));
  const me = useMe();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));

  // Agency reporters start where their work is: their agency's tasks.
  const landing = (session: MeDto) =>
    next === '/' && session.user.role === 'agency_reporter' && session.permissions.includes('plans.read')
      ? '/plans/my-tasks'
      : next;

  const onSignedIn = (session: MeDto) => {
    if (session.user.mustChangePassword)
      void navigate(`/change-password?next=${encodeURIComponent(landing(session))}`, { replace: true });
    else void navigate(landing(session), { replace: true });
  };

  if (me.isPending) return <FullPageSpinner />;
  if (me.data) return <Navigate to={landing(me.data)} replace />;

  return (
    <main className="auth-page">
      <Card className="auth-card">
        <div className="auth-brand">
          <img src="/favicon.svg" alt="" width={44} height={44} />
          <div>
            <Typography.Title level={1} className="auth-title">
              {t('app.name')}
            </Typography.Title>
            <Typography.Text type="secondary">{t('auth.tagline')}</Typography.Text>
          </div>
        </div>
        <Typography.Title level={2} className="auth-heading">
          {t('auth.signInHeading')}
        </Typography.Title>
        <LoginForm onSignedIn={onSignedIn} />
        <Typography.Paragraph type="secondary" className="auth-help">
          {t('auth.forgotHelp')}
        </Typography.Paragraph>
      </Card>
      <p className="auth-footer">
        <PhoneOutlined /> {t('auth.hotlineNote')} <a href="tel:111">111</a> ·{' '}
        <a href="/">{t('auth.publicSite')}</a>
      </p>
    </main>
  );
}
