import { translator } from '@/lib/translator';
import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { BaselinesPage } from '@/features/baselines/baselines-page';
import { baselineQueries } from '@/features/baselines/queries';
import { loadReportTexts } from '@/lib/report-texts';
import type { PageRoute } from './route-types';

/** Baselines of a programme's plan: directors save and delete them, readers compare. */
export function baselinesRoute(queryClient: QueryClient): PageRoute {
  return {
    loader: async ({ request }: LoaderFunctionArgs) => {
      const programme = new URL(request.url).searchParams.get('programme');
      await Promise.all([
        loadReportTexts(translator),
        queryClient.ensureQueryData(baselineQueries.programme(programme)),
      ]);
      return null;
    },
    element: <BaselinesPage />,
  };
}
