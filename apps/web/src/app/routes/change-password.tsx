import { Alert, Button, Card, Typography } from 'antd';
import { useNavigate, useSearchParams } from 'react-router';
import { useSignOut } from '../../features/identity/api/auth';
import { ChangePasswordForm } from '../../features/identity/components/change-password-form';
import { useSession } from '../../lib/auth';
import { useDocumentTitle } from '../../lib/hooks';
import { t } from '../../lib/i18n';
import { safeNext } from '../require-auth';

/** Change password; forced (no way around it but signing out) when the account must change it. */
export function ChangePasswordRoute() {
  useDocumentTitle(t('auth.changePassword'));
  const { user } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const forced = user.mustChangePassword;
  const signOut = useSignOut();

  return (
    <main className="auth-page">
      <Card className="auth-card">
        <Typography.Title level={1} className="auth-heading">
          {t('auth.changePassword')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">
          {t('auth.signedInAs', { name: user.fullName, username: user.username })}
        </Typography.Paragraph>
        {forced ? <Alert type="info" showIcon title={t('auth.mustChange')} className="form-alert" /> : null}
        <ChangePasswordForm
          onDone={() => void navigate(next, { replace: true })}
          onCancel={forced ? undefined : () => void navigate(-1)}
        />
        {forced ? (
          <Button
            type="link"
            className="auth-signout"
            loading={signOut.isPending}
            onClick={() =>
              signOut.mutate(undefined, { onSettled: () => void navigate('/login', { replace: true }) })
            }
          >
            {t('auth.signOut')}
          </Button>
        ) : null}
      </Card>
    </main>
  );
}
