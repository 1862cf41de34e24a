import type { QueryClient } from '@tanstack/react-query';
import { DashboardPage, dashboardLoader } from '@/features/dashboard/dashboard-page';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useAccess } from '@/lib/session';
import type { PageRoute } from './route-types';

const SpreadsheetActions = lazy(() => import('@/features/spreadsheets/spreadsheet-actions'));

/** The dashboard and its charts: loaded only when someone opens it. */
export function dashboardRoute(queryClient: QueryClient): PageRoute {
  return { loader: dashboardLoader(queryClient), element: <Dashboard /> };
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
    />
  );
}
