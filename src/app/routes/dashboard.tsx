import type { QueryClient } from '@tanstack/react-query';
import { DashboardPage, dashboardLoader } from '@/features/dashboard/dashboard-page';
import type { PageRoute } from './route-types';

/** The dashboard and its charts: loaded only when someone opens it. */
export function dashboardRoute(queryClient: QueryClient): PageRoute {
  return { loader: dashboardLoader(queryClient), element: <DashboardPage /> };
}
