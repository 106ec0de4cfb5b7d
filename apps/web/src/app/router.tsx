import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { createBrowserRouter, Outlet, RouterProvider } from 'react-router';
import { AppShell } from './layout/app-shell';
import { FullPageSpinner, RequireAuth, RequirePermission } from './require-auth';
import { RouteError } from './routes/route-error';

/** Each screen is its own chunk, fetched when first opened: the first load stays small on 3G. */
const page = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) =>
  lazy(async () => ({ default: (await load())[name] }));

const LoginRoute = page(() => import('./routes/login'), 'LoginRoute');
const ChangePasswordRoute = page(() => import('./routes/change-password'), 'ChangePasswordRoute');
const HomeRoute = page(() => import('./routes/home'), 'HomeRoute');
const UsersRoute = page(() => import('./routes/users'), 'UsersRoute');
const OrgRoute = page(() => import('./routes/org'), 'OrgRoute');
const AuditRoute = page(() => import('./routes/audit'), 'AuditRoute');
const PlansRoute = page(() => import('./routes/plans'), 'PlansRoute');
const PlanImportRoute = page(() => import('./routes/plan-import'), 'PlanImportRoute');
const PlanDetailRoute = page(() => import('./routes/plan-detail'), 'PlanDetailRoute');
const PlanMyTasksRoute = page(() => import('./routes/plan-my-tasks'), 'PlanMyTasksRoute');
const PlanCalendarRoute = page(() => import('./routes/plan-calendar'), 'PlanCalendarRoute');
const OutboxRoute = page(() => import('./routes/outbox'), 'OutboxRoute');
const ReportPeriodsRoute = page(() => import('./routes/report-periods'), 'ReportPeriodsRoute');
const ReportMineRoute = page(() => import('./routes/report-mine'), 'ReportMineRoute');
const ReportAgencyRoute = page(() => import('./routes/report-agency'), 'ReportAgencyRoute');
const ReportPeriodRoute = page(() => import('./routes/report-period'), 'ReportPeriodRoute');
const ReportConsolidatedRoute = page(() => import('./routes/report-consolidated'), 'ReportConsolidatedRoute');
const ReportProvinceRoute = page(() => import('./routes/report-province'), 'ReportProvinceRoute');
const ReportDashboardRoute = page(() => import('./routes/report-dashboard'), 'ReportDashboardRoute');
const IndicatorsRoute = page(() => import('./routes/indicators'), 'IndicatorsRoute');
const ChildrenRoute = page(() => import('./routes/children'), 'ChildrenRoute');
const ChildRoute = page(() => import('./routes/child'), 'ChildRoute');
const ChildNewRoute = page(() => import('./routes/child-new'), 'ChildNewRoute');
const ChildrenImportRoute = page(() => import('./routes/children-import'), 'ChildrenImportRoute');
const ChildrenDuplicatesRoute = page(() => import('./routes/children-duplicates'), 'ChildrenDuplicatesRoute');
const ChildrenCampaignsRoute = page(() => import('./routes/children-campaigns'), 'ChildrenCampaignsRoute');
const ComingSoonRoute = page(() => import('./routes/coming-soon'), 'ComingSoonRoute');
const NotFoundRoute = page(() => import('./routes/not-found'), 'NotFoundRoute');

const standalone = (element: ReactNode) => <Suspense fallback={<FullPageSpinner />}>{element}</Suspense>;

const router = createBrowserRouter(
  [
    { path: '/login', element: standalone(<LoginRoute />), errorElement: <RouteError /> },
    {
      element: <RequireAuth />,
      errorElement: <RouteError />,
      children: [
        { path: '/change-password', element: standalone(<ChangePasswordRoute />) },
        {
          element: <AppShell />,
          children: [
            {
              errorElement: <RouteError />,
              children: [
                { index: true, element: <HomeRoute /> },
                {
                  path: 'users',
                  element: (
                    <RequirePermission permission="users.read">
                      <UsersRoute />
                    </RequirePermission>
                  ),
                },
                {
                  path: 'org',
                  element: (
                    <RequirePermission permission="org.read">
                      <OrgRoute />
                    </RequirePermission>
                  ),
                },
                {
                  path: 'audit',
                  element: (
                    <RequirePermission permission="audit.read">
                      <AuditRoute />
                    </RequirePermission>
                  ),
                },
                {
                  path: 'plans',
                  element: (
                    <RequirePermission permission="plans.read">
                      <Outlet />
                    </RequirePermission>
                  ),
                  children: [
                    { index: true, element: <PlansRoute /> },
                    {
                      path: 'import',
                      element: (
                        <RequirePermission permission="plans.manage">
                          <PlanImportRoute />
                        </RequirePermission>
                      ),
                    },
                    { path: 'my-tasks', element: <PlanMyTasksRoute /> },
                    { path: 'calendar', element: <PlanCalendarRoute /> },
                    { path: ':id', element: <PlanDetailRoute /> },
                  ],
                },
                {
                  path: 'outbox',
                  element: (
                    <RequirePermission permission="mail.read">
                      <OutboxRoute />
                    </RequirePermission>
                  ),
                },
                {
                  path: 'reports',
                  element: (
                    <RequirePermission permission="reports.read">
                      <Outlet />
                    </RequirePermission>
                  ),
                  children: [
                    { index: true, element: <ReportPeriodsRoute /> },
                    {
                      path: 'mine',
                      element: (
                        <RequirePermission permission="reports.submit">
                          <ReportMineRoute />
                        </RequirePermission>
                      ),
                    },
                    { path: 'agency/:id', element: <ReportAgencyRoute /> },
                    { path: 'periods/:id', element: <ReportPeriodRoute /> },
                    { path: 'consolidated/:id', element: <ReportConsolidatedRoute /> },
                    { path: 'province', element: <ReportProvinceRoute /> },
                    { path: 'dashboard', element: <ReportDashboardRoute /> },
                  ],
                },
                {
                  path: 'indicators',
                  element: (
                    <RequirePermission permission="indicators.read">
                      <IndicatorsRoute />
                    </RequirePermission>
                  ),
                },
                {
                  path: 'children',
                  element: (
                    <RequirePermission permission="children.list">
                      <Outlet />
                    </RequirePermission>
                  ),
                  children: [
                    { index: true, element: <ChildrenRoute /> },
                    {
                      path: 'new',
                      element: (
                        <RequirePermission permission="children.manage">
                          <ChildNewRoute />
                        </RequirePermission>
                      ),
                    },
                    {
                      path: 'import',
                      element: (
                        <RequirePermission permission="children.import">
                          <ChildrenImportRoute />
                        </RequirePermission>
                      ),
                    },
                    {
                      path: 'duplicates',
                      element: (
                        <RequirePermission permission="children.merge">
                          <ChildrenDuplicatesRoute />
                        </RequirePermission>
                      ),
                    },
                    {
                      path: 'campaigns',
                      element: (
                        <RequirePermission permission="children.campaigns">
                          <ChildrenCampaignsRoute />
                        </RequirePermission>
                      ),
                    },
                    {
                      path: ':id',
                      element: (
                        <RequirePermission permission="children.read">
                          <ChildRoute />
                        </RequirePermission>
                      ),
                    },
                  ],
                },
                ...['cases', 'support'].map((module) => ({
                  path: `${module}/*`,
                  element: <ComingSoonRoute />,
                })),
                { path: '*', element: <NotFoundRoute /> },
              ],
            },
          ],
        },
      ],
    },
  ],
  { basename: '/app' },
);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
