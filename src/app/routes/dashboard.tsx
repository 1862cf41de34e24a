import { loadContentTexts } from '@/lib/content-texts';
import type { QueryClient } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { DashboardPage, dashboardLoader } from '@/features/dashboard/dashboard-page';
import { DashboardIndicators, prefetchOutcomes } from '@/features/indicators/public';
import { useAccess } from '@/lib/session';
import type { PageRoute } from './route-types';

const SpreadsheetActions = lazy(() => import('@/features/spreadsheets/spreadsheet-actions'));

/**
 * The dashboard and its charts: loaded only when someone opens it. Three requests: the
 * summary, the late projects (both in dashboardLoader) and the indicators needing attention.
 */
export function dashboardRoute(queryClient: QueryClient): PageRoute {
  const load = dashboardLoader(queryClient);
  return {
    // The translation coverage's texts come with the page (a namespace of their own).
    loader: async (args: { request: Request }) => {
      void prefetchOutcomes(queryClient, 'attention');
      const [result] = await Promise.all([load(args), loadContentTexts()]);
      return result;
    },
    element: <Dashboard />,
  };
}

/** Signed-in users also get the Excel workbook of what they may read. */
function Dashboard() {
  const access = useAccess();
  const { i18n } = useTranslation();
  return (
    <DashboardPage
      actions={
        access ? (
          <Suspense fallback={null}>
            <SpreadsheetActions lng={i18n.language} />
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
