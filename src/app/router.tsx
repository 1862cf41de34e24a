import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, redirect, type RouteObject } from 'react-router';
import { Loading } from '@/components/loading';
import { ensureAccess } from '@/lib/session';
import { Layout } from './layout';
import { NotFound, RouteError } from './route-error';
import { DashboardPage, dashboardLoader } from '@/features/dashboard/dashboard-page';
import { portfolioRoute } from './routes/portfolio';
import { timelineRoute } from './routes/timeline';
import { projectRoute } from './routes/project';
import { myTasksRoute } from './routes/my-tasks';
import { growthAreaRoute } from './routes/growth-area';
import type { PageRoute } from './routes/route-types';

/**
 * Forms (editing, signing in; they bring zod) load on first use, so public pages stay small. The route
 * module's loader and element arrive together.
 */
function editing(
  load: () => Promise<(queryClient: QueryClient) => PageRoute>,
  queryClient: QueryClient,
): Pick<RouteObject, 'lazy' | 'errorElement'> {
  return {
    errorElement: <RouteError />,
    lazy: async () => {
      const route = (await load())(queryClient);
      return { loader: route.loader, element: route.element };
    },
  };
}

export function createRoutes(queryClient: QueryClient): RouteObject[] {
  const lazily = {
    newProject: () => import('./routes/project-new').then((m) => m.newProjectRoute),
    projectEdit: () => import('./routes/project-edit').then((m) => m.projectEditRoute),
    taskEdit: () => import('./routes/task-edit').then((m) => m.taskEditRoute),
    areaEdit: () => import('./routes/growth-area-edit').then((m) => m.growthAreaEditRoute),
    areaNew: () => import('./routes/growth-area-new').then((m) => m.newGrowthAreaRoute),
    signIn: () => import('./routes/sign-in').then((m) => () => m.signInRoute()),
    adminPeople: () => import('./routes/admin-people').then((m) => m.adminPeopleRoute),
    adminPerson: () => import('./routes/admin-person').then((m) => m.adminPersonRoute),
    adminAccounts: () => import('./routes/admin-accounts').then((m) => m.adminAccountsRoute),
    accessibility: () => import('./routes/accessibility').then((m) => () => m.accessibilityRoute()),
    openData: () => import('./routes/open-data').then((m) => () => m.openDataRoute()),
  };
  return [
    {
      id: 'root',
      element: <Layout />,
      errorElement: <RouteError />,
      HydrateFallback: Loading,
      // The session is read before any page, so loaders and RLS see the same user.
      loader: async () => {
        try {
          return await ensureAccess(queryClient);
        } catch {
          return null;
        }
      },
      children: [
        {
          errorElement: <RouteError />,
          children: [
            { index: true, ...portfolioRoute(queryClient) },
            { path: 'projects/new', ...editing(lazily.newProject, queryClient) },
            { path: 'projects/:slug', ...projectRoute(queryClient) },
            { path: 'projects/:slug/edit', ...editing(lazily.projectEdit, queryClient) },
            { path: 'projects/:slug/tasks/new', ...editing(lazily.taskEdit, queryClient) },
            {
              path: 'projects/:slug/tasks/:taskId/edit',
              ...editing(lazily.taskEdit, queryClient),
            },
            { path: 'programmes/:programme/:area', ...growthAreaRoute(queryClient) },
            {
              path: 'programmes/:programme/growth-areas/new',
              ...editing(lazily.areaNew, queryClient),
            },
            {
              path: 'programmes/:programme/:area/edit',
              ...editing(lazily.areaEdit, queryClient),
            },
            { path: 'sign-in', ...editing(lazily.signIn, queryClient) },
            { path: 'admin', loader: () => redirect('/admin/people') },
            { path: 'admin/people', ...editing(lazily.adminPeople, queryClient) },
            { path: 'admin/people/new', ...editing(lazily.adminPerson, queryClient) },
            {
              path: 'admin/people/:personId/edit',
              ...editing(lazily.adminPerson, queryClient),
            },
            { path: 'admin/accounts', ...editing(lazily.adminAccounts, queryClient) },
            { path: 'my-tasks', ...myTasksRoute(queryClient) },
            { path: 'timeline', ...timelineRoute(queryClient) },
            { path: 'accessibility', ...editing(lazily.accessibility, queryClient) },
            { path: 'open-data', ...editing(lazily.openData, queryClient) },
            {
              path: 'dashboard',
              loader: dashboardLoader(queryClient),
              element: <DashboardPage />,
              errorElement: <RouteError />,
            },
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
