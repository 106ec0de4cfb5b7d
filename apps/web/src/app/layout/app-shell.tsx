import { App, Drawer, Layout } from 'antd';
import { Suspense, useEffect, useState } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { PageSkeleton } from '../../components/page-skeleton';
import { errorMessage } from '../../lib/errors';
import { usePhone } from '../../lib/hooks';
import { t } from '../../lib/i18n';
import { useSignOut } from '../../features/identity/api/auth';
import { AppHeader } from './app-header';
import { SideMenu } from './side-menu';

function Brand({ collapsed }: { collapsed?: boolean }) {
  return (
    <div className="brand" aria-label={t('app.name')}>
      <img src="/favicon.svg" alt="" width={28} height={28} />
      {collapsed ? null : <span>{t('app.name')}</span>}
    </div>
  );
}

/** The signed-in frame: side menu (a drawer on phones), header with the user menu, the current screen. */
export function AppShell() {
  const phone = usePhone();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [collapsed, setCollapsed] = useState(false);
  const location = useLocation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const logout = useSignOut();

  useEffect(() => setDrawerOpen(false), [location.pathname]);

  const signOut = () =>
    logout.mutate(undefined, {
      // Usually RequireAuth has already moved to the sign-in page; these run if the shell is still here.
      onSettled: (_data, error) => {
        if (error) void message.error(errorMessage(error));
        void navigate('/login', { replace: true });
      },
    });

  return (
    <Layout className="app-layout">
      <a className="skip-link" href="#main-content">
        {t('nav.skipToContent')}
      </a>
      {phone ? (
        <Drawer
          placement="left"
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          size={280}
          title={<Brand />}
          styles={{ body: { padding: 0 } }}
          data-testid="menu-drawer"
        >
          <SideMenu />
        </Drawer>
      ) : (
        <Layout.Sider
          theme="light"
          width={256}
          breakpoint="lg"
          collapsible
          collapsed={collapsed}
          onCollapse={setCollapsed}
          className="app-sider"
          data-testid="side-menu"
        >
          <Brand collapsed={collapsed} />
          <SideMenu collapsed={collapsed} />
        </Layout.Sider>
      )}
      <Layout>
        <AppHeader
          phone={phone}
          onOpenMenu={() => setDrawerOpen(true)}
          onSignOut={signOut}
          signingOut={logout.isPending}
        />
        <Layout.Content id="main-content" tabIndex={-1} className="app-content">
          <Suspense fallback={<PageSkeleton />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
