import type { QueryClient } from '@tanstack/react-query';
import { Suspense } from 'react';
import { DashboardPage, dashboardLoader } from '@/features/dashboard/dashboard-page';
import { DashboardIndicators, prefetchOutcomes } from '@/features/indicators/public';
import type { PageRoute } from './route-types';

/**
 * The dashboard and its charts: loaded only when someone opens it. Three requests: the
 * summary, the late projects (both in dashboardLoader) and the indicators needing attention.
 */
export function dashboardRoute(queryClient: QueryClient): PageRoute {
  const load = dashboardLoader(queryClient);
  return {
    loader: (args) => {
      prefetchOutcomes(queryClient, 'attention');
      return load(args);
    },
    element: (
      <DashboardPage
        indicators={
          <Suspense fallback={null}>
            <DashboardIndicators />
          </Suspense>
        }
      />
    ),
  };
}
