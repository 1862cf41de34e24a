import type { QueryClient } from '@tanstack/react-query';
import {
  createBrowserRouter,
  redirect,
  type LoaderFunctionArgs,
  type RouteObject,
} from 'react-router';
import { Loading } from '@/components/loading';
import { loadLaterTexts } from '@/lib/i18n';
import { ensureAccess } from '@/lib/session';
import { Layout } from './layout';
import { NotFound, RouteError } from './route-error';
import type { PageRoute } from './routes/route-types';

/**
 * Every page loads on first use (react-router `lazy`), so a visitor downloads the page they open
 * and not the dashboard's charts, the timeline or the forms (they bring zod): the entry holds the
 * shell, the router and the data client. The route module's loader and element arrive together;
 * `npm run budget` holds the public pages to their size. Pages other than the public ones also
 * wait for the rest of the UI strings (lib/i18n.ts, loadLaterTexts), downloaded beside the page.
 *
 * The loader is the route's own, not the module's: react-router runs it beside `lazy`, so a page's
 * `prefetch` (optional) asks for its first data while its code downloads (through a small chunk
 * of the feature's query-options factories); the module's loader, once there, finds the same
 * cache entry filled or on its way (no second request).
 */
function page(
  load: () => Promise<(queryClient: QueryClient) => PageRoute>,
  queryClient: QueryClient,
  texts: 'public' | 'later' = 'later',
  prefetch?: (args: LoaderFunctionArgs) => Promise<unknown>,
): Pick<RouteObject, 'lazy' | 'loader' | 'errorElement'> {
  let module: Promise<PageRoute> | undefined;
  const route = () =>
    (module ??= Promise.all([load(), texts === 'later' && loadLaterTexts()]).then(
      ([m]) => m(queryClient),
      (error: unknown) => {
        module = undefined; // tried again on the next visit
        throw error;
      },
    ));
  return {
    errorElement: <RouteError />,
    // Not awaiting the prefetch: the module's loader waits for what it needs (and reports a
    // failure).
    loader: async (args) => {
      prefetch?.(args).catch(() => undefined);
      return (await route()).loader?.(args) ?? null;
    },
    lazy: async () => {
      const { shouldRevalidate, element } = await route();
      return { shouldRevalidate, element };
    },
  };
}

export function createRoutes(queryClient: QueryClient): RouteObject[] {
  const lazily = {
    portfolio: () => import('./routes/portfolio').then((m) => m.portfolioRoute),
    project: () => import('./routes/project').then((m) => m.projectRoute),
    growthArea: () => import('./routes/growth-area').then((m) => m.growthAreaRoute),
    timeline: () => import('./routes/timeline').then((m) => m.timelineRoute),
    myTasks: () => import('./routes/my-tasks').then((m) => m.myTasksRoute),
    dashboard: () => import('./routes/dashboard').then((m) => m.dashboardRoute),
    indicator: () => import('./routes/indicator').then((m) => m.indicatorRoute),
    indicatorEdit: () => import('./routes/indicator-edit').then((m) => m.indicatorEditRoute),
    newProject: () => import('./routes/project-new').then((m) => m.newProjectRoute),
    projectEdit: () => import('./routes/project-edit').then((m) => m.projectEditRoute),
    taskEdit: () => import('./routes/task-edit').then((m) => m.taskEditRoute),
    areaEdit: () => import('./routes/growth-area-edit').then((m) => m.growthAreaEditRoute),
    areaNew: () => import('./routes/growth-area-new').then((m) => m.newGrowthAreaRoute),
    programmeEdit: () => import('./routes/programme-edit').then((m) => m.programmeEditRoute),
    signIn: () => import('./routes/sign-in').then((m) => () => m.signInRoute()),
    adminPeople: () => import('./routes/admin-people').then((m) => m.adminPeopleRoute),
    adminPerson: () => import('./routes/admin-person').then((m) => m.adminPersonRoute),
    adminAccounts: () => import('./routes/admin-accounts').then((m) => m.adminAccountsRoute),
    accessibility: () => import('./routes/accessibility').then((m) => () => m.accessibilityRoute()),
    openData: () => import('./routes/open-data').then((m) => () => m.openDataRoute()),
    notifications: () => import('./routes/notifications').then((m) => m.notificationsRoute),
    notificationSettings: () =>
      import('./routes/notifications').then((m) => m.notificationSettingsRoute),
    import: () => import('./routes/import').then((m) => m.importRoute),
    report: () => import('./routes/report').then((m) => m.reportRoute),
    baselines: () => import('./routes/baselines').then((m) => m.baselinesRoute),
    embed: () => import('./routes/embed').then((m) => () => m.embedRoute()),
  };
  return [
    // Embeds (#14 §3): outside the layout, no header, navigation or footer.
    { path: 'embed/*', HydrateFallback: Loading, ...page(lazily.embed, queryClient, 'public') },
    {
      id: 'root',
      element: <Layout />,
      errorElement: <RouteError />,
      HydrateFallback: Loading,
      // The session is read before any page, so loaders and RLS see the same user. A signed-in
      // user's public pages show editing controls: their strings come too. And the dashboard's
      // code downloads once the browser is idle, so opening it waits for its data only (no
      // request to the API before it is opened).
      loader: async () => {
        try {
          const access = await ensureAccess(queryClient);
          if (access) {
            await loadLaterTexts().catch(() => undefined);
            (window.requestIdleCallback ?? setTimeout)(() => lazily.dashboard().catch(() => null));
          }
          return access;
        } catch {
          return null;
        }
      },
      children: [
        {
          errorElement: <RouteError />,
          children: [
            { index: true, ...page(lazily.portfolio, queryClient, 'public') },
            { path: 'projects/new', ...page(lazily.newProject, queryClient) },
            { path: 'projects/:slug', ...page(lazily.project, queryClient, 'public') },
            { path: 'projects/:slug/edit', ...page(lazily.projectEdit, queryClient) },
            { path: 'projects/:slug/tasks/new', ...page(lazily.taskEdit, queryClient) },
            {
              path: 'projects/:slug/tasks/:taskId/edit',
              ...page(lazily.taskEdit, queryClient),
            },
            {
              path: 'programmes/:programme/:area',
              ...page(lazily.growthArea, queryClient, 'public'),
            },
            { path: 'programmes/:programme/edit', ...page(lazily.programmeEdit, queryClient) },
            {
              path: 'programmes/:programme/growth-areas/new',
              ...page(lazily.areaNew, queryClient),
            },
            {
              path: 'programmes/:programme/:area/edit',
              ...page(lazily.areaEdit, queryClient),
            },
            { path: 'sign-in', ...page(lazily.signIn, queryClient) },
            { path: 'admin', loader: () => redirect('/admin/people') },
            { path: 'admin/people', ...page(lazily.adminPeople, queryClient) },
            { path: 'admin/people/new', ...page(lazily.adminPerson, queryClient) },
            {
              path: 'admin/people/:personId/edit',
              ...page(lazily.adminPerson, queryClient),
            },
            { path: 'admin/accounts', ...page(lazily.adminAccounts, queryClient) },
            { path: 'my-tasks', ...page(lazily.myTasks, queryClient) },
            { path: 'notifications', ...page(lazily.notifications, queryClient) },
            {
              path: 'notifications/settings',
              ...page(lazily.notificationSettings, queryClient),
            },
            { path: 'timeline', ...page(lazily.timeline, queryClient, 'public') },
            { path: 'accessibility', ...page(lazily.accessibility, queryClient, 'public') },
            { path: 'open-data', ...page(lazily.openData, queryClient, 'public') },
            { path: 'import', ...page(lazily.import, queryClient) },
            {
              path: 'dashboard',
              ...page(lazily.dashboard, queryClient, 'later', ({ request }) =>
                import('@/features/dashboard/queries').then((m) =>
                  m.loadDashboard(queryClient, new URL(request.url)),
                ),
              ),
            },
            { path: 'indicators/new', ...page(lazily.indicatorEdit, queryClient) },
            { path: 'indicators/:id', ...page(lazily.indicator, queryClient) },
            { path: 'indicators/:id/edit', ...page(lazily.indicatorEdit, queryClient) },
            { path: 'report', ...page(lazily.report, queryClient) },
            { path: 'baselines', ...page(lazily.baselines, queryClient) },
            { path: '*', element: <NotFound /> },
          ],
        },
      ],
    },
  ];
}

export function createRouter(queryClient: QueryClient) {
  return createBrowserRouter(createRoutes(queryClient));
}
