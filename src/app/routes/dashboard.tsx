import { loadContentTexts } from '@/lib/content-texts';
import type { QueryClient } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { useTranslation } from '@/lib/use-translation';
import {
  DashboardPage,
  dashboardLoader,
  prefetchDashboardLists,
} from '@/features/dashboard/dashboard-page';
import { DashboardIndicators, prefetchOutcomes } from '@/features/indicators/public';
import { useAccess } from '@/lib/session';
import { useSearchParams } from 'react-router';
import { parseDashboardFilters } from '@/features/dashboard/summary';
import type { PageRoute } from './route-types';

const SpreadsheetActions = lazy(() => import('@/features/spreadsheets/spreadsheet-actions'));

/**
 * The dashboard and its charts: loaded only when someone opens it. Three requests, in this
 * order: the figures (awaited: the headline shows as soon as they come), then the lists (both in
 * dashboardLoader) and the indicators needing attention, which the page shows when they come.
 */
export function dashboardRoute(queryClient: QueryClient): PageRoute {
  const load = dashboardLoader(queryClient);
  return {
    // The translation coverage's texts come with the page (a namespace of their own).
    loader: async (args: { request: Request }) => {
      const [result] = await Promise.all([load(args), loadContentTexts()]);
      // Only now the lists and the indicators: the local database answers one request at a
      // time (and, in one process with a static server, holds its answers back meanwhile), so
      // asked earlier they would delay the figures and the texts the first paint needs.
      prefetchDashboardLists(queryClient, new URL(args.request.url));
      void prefetchOutcomes(queryClient, 'attention');
      return result;
    },
    element: <Dashboard />,
  };
}

/** Signed-in users also get the Excel workbook of what they may read. */
function Dashboard() {
  const access = useAccess();
  const { i18n } = useTranslation();
  // The export holds what the dashboard's filters (?area=, ?lead=) show.
  const [params] = useSearchParams();
  const filter = parseDashboardFilters(params);
  return (
    <DashboardPage
      actions={
        access ? (
          <Suspense fallback={null}>
            <SpreadsheetActions lng={i18n.language} filter={filter} />
          </Suspense>
        ) : undefined
      }
      indicators={
        <Suspense fallback={null}>
          <DashboardIndicators />
        </Suspense>
      }
    />
  );
}
