import type { QueryClient } from '@tanstack/react-query';
import { DashboardPage, dashboardLoader } from '@/features/dashboard/dashboard-page';
import { ExportButton } from '@/features/spreadsheets/export-button';
import { useAccess } from '@/lib/session';
import type { PageRoute } from './route-types';

/** The dashboard and its charts: loaded only when someone opens it. */
export function dashboardRoute(queryClient: QueryClient): PageRoute {
  return { loader: dashboardLoader(queryClient), element: <Dashboard /> };
}

/** Signed-in users also get the Excel workbook of what they may read. */
function Dashboard() {
  const access = useAccess();
  return <DashboardPage actions={access ? <ExportButton /> : undefined} />;
}
