import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { Loading } from '@/components/loading';
import { ensureAccess } from '@/lib/session';
import { Layout } from './layout';
import { NotFound, RouteError } from './route-error';
import { DashboardRoute, TimelineRoute } from './routes/placeholders';
import { portfolioRoute } from './routes/portfolio';
import { projectRoute } from './routes/project';
import { projectEditRoute } from './routes/project-edit';
import { taskEditRoute } from './routes/task-edit';
import { newProjectRoute } from './routes/project-new';
import { signInRoute } from './routes/sign-in';
import { myTasksRoute } from './routes/my-tasks';
import { growthAreaRoute } from './routes/growth-area';
import { growthAreaEditRoute } from './routes/growth-area-edit';

export function createRoutes(queryClient: QueryClient): RouteObject[] {
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
            { path: 'projects/new', ...newProjectRoute(queryClient) },
            { path: 'projects/:slug', ...projectRoute(queryClient) },
            { path: 'projects/:slug/edit', ...projectEditRoute(queryClient) },
            { path: 'projects/:slug/tasks/new', ...taskEditRoute(queryClient) },
            { path: 'projects/:slug/tasks/:taskId/edit', ...taskEditRoute(queryClient) },
            { path: 'programmes/:programme/:area', ...growthAreaRoute(queryClient) },
            { path: 'programmes/:programme/:area/edit', ...growthAreaEditRoute(queryClient) },
            { path: 'sign-in', ...signInRoute() },
            { path: 'my-tasks', ...myTasksRoute(queryClient) },
            { path: 'timeline', element: <TimelineRoute /> },
            { path: 'dashboard', element: <DashboardRoute /> },
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
