import { translator } from '@/lib/translator';
import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { reportQueries } from '@/features/report/queries';
import { ReportPage } from '@/features/report/report-page';
import { loadReportTexts } from '@/lib/report-texts';
import { todayIso } from '@/lib/dates';
import type { PageRoute } from './route-types';

/** The board report: print-ready, loaded only when someone opens it. */
export function reportRoute(queryClient: QueryClient): PageRoute {
  return {
    loader: async ({ request }: LoaderFunctionArgs) => {
      const url = new URL(request.url);
      const programme = url.searchParams.get('programme');
      const date = url.searchParams.get('date');
      const today = todayIso();
      // A past date is for directors (the page reads it, or says so and shows today).
      const first = date && date >= today ? date : today;
      await Promise.all([
        loadReportTexts(translator),
        queryClient.ensureQueryData(reportQueries.programme(programme, first)),
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
