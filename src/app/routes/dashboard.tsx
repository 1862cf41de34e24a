import { loadContentTexts } from '@/lib/content-texts';
import type { QueryClient } from '@tanstack/react-query';
import { DashboardPage, dashboardLoader } from '@/features/dashboard/dashboard-page';
import type { PageRoute } from './route-types';

/** The dashboard and its charts: loaded only when someone opens it. */
export function dashboardRoute(queryClient: QueryClient): PageRoute {
  const load = dashboardLoader(queryClient);
  return {
    // The translation coverage's texts come with the page (a namespace of their own).
    loader: async (args: { request: Request }) => {
      const [result] = await Promise.all([load(args), loadContentTexts()]);
      return result;
    },
    element: <DashboardPage />,
  };
}
