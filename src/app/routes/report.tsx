import i18next from 'i18next';
import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { reportQueries } from '@/features/report/queries';
import { ReportPage } from '@/features/report/report-page';
import { loadReportTexts } from '@/lib/report-texts';
import type { PageRoute } from './route-types';

/** The board report: print-ready, loaded only when someone opens it. */
export function reportRoute(queryClient: QueryClient): PageRoute {
  return {
    loader: async ({ request }: LoaderFunctionArgs) => {
      const programme = new URL(request.url).searchParams.get('programme');
      await Promise.all([
        loadReportTexts(i18next),
        queryClient.ensureQueryData(reportQueries.programme(programme)),
      ]);
      return null;
    },
    // Date and baseline are the page's own state; only another programme needs the loader.
    shouldRevalidate: ({ currentUrl, nextUrl, defaultShouldRevalidate }) =>
      currentUrl.pathname !== nextUrl.pathname ||
      currentUrl.searchParams.get('programme') !== nextUrl.searchParams.get('programme')
        ? defaultShouldRevalidate
        : false,
    element: <ReportPage />,
  };
}
