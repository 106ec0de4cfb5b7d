import type { Permission } from '@vte/contracts';
import { Button, Result, Spin } from 'antd';
import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { QueryError } from '../components/query-error';
import { takeSignedOut, useMe, usePermissions } from '../lib/auth';
import { useDocumentTitle } from '../lib/hooks';
import { t } from '../lib/i18n';

/** Where to go after signing in: only paths inside the app, never another site. */
export function safeNext(value: string | null | undefined): string {
  return value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/login')
    ? value
    : '/';
}

export function FullPageSpinner() {
  return (
    <div className="full-page-center" role="status">
      <Spin size="large" description={t('common.loading')} />
    </div>
  );
}

/** Signed-in routes: wait for the session, send guests to sign in, force a password change first. */
export function RequireAuth() {
  const me = useMe();
  const location = useLocation();
  const here = `${location.pathname}${location.search}`;

  if (me.isPending) return <FullPageSpinner />;
  if (me.isError) {
    return (
      <div className="full-page-center">
        <QueryError error={me.error} onRetry={() => void me.refetch()} />
      </div>
    );
  }
  if (!me.data) {
    const keepPlace = here !== '/' && !takeSignedOut();
    return <Navigate to={keepPlace ? `/login?next=${encodeURIComponent(here)}` : '/login'} replace />;
  }
  if (me.data.user.mustChangePassword && location.pathname !== '/change-password') {
    return <Navigate to={`/change-password?next=${encodeURIComponent(here)}`} replace />;
  }
  return <Outlet />;
}

function Forbidden() {
  const navigate = useNavigate();
  useDocumentTitle(t('error.forbiddenTitle'));
  return (
    <Result
      status="403"
      title={t('error.forbiddenTitle')}
      subTitle={t('error.forbidden')}
      extra={
        <Button type="primary" onClick={() => void navigate('/')}>
          {t('common.backHome')}
        </Button>
      }
    />
  );
}

/** Shows the screen only with the permission; otherwise says so (a page, not a blank or a 404). */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const can = usePermissions();
  return can(permission) ? children : <Forbidden />;
}
