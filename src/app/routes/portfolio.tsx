import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams, type LoaderFunctionArgs } from 'react-router';
import { isDirector, useAccess } from '@/lib/session';
import { OTHER_AREA, parseFilters, writeFilters } from '@/features/portfolio/filters';
import { NoProgramme, PortfolioView } from '@/features/portfolio/portfolio-view';
import { portfolioQueries } from '@/features/portfolio/queries';
import { FeedLink } from '@/features/about/feed-link';
import { RouteError } from '../route-error';
import type { PageRoute } from './route-types';

// The Excel export and the import link, for signed-in users only: not in a visitor's download.
const SpreadsheetActions = lazy(() => import('@/features/spreadsheets/spreadsheet-actions'));
// Indicators, progress and drift arrive after the page (their code and strings are a chunk of
// their own), so the page's first download does not grow.
const indicators = () => import('@/features/indicators/public');
const AreaHealth = lazy(() => indicators().then((m) => ({ default: m.AreaHealth })));

function PortfolioRoute() {
  const [params, setParams] = useSearchParams();
  const { t, i18n } = useTranslation();
  const { data } = useSuspenseQuery(portfolioQueries.programme(params.get('programme')));
  const access = useAccess();
  if (!data) return <NoProgramme />;
  // The export holds what the portfolio's filters show (its area filter names a slug).
  const filters = parseFilters(params);
  const exportFilter = {
    area:
      filters.area === OTHER_AREA
        ? OTHER_AREA
        : (data.growthAreas.find((a) => a.slug === filters.area)?.id ?? null),
    stage: filters.stage,
    status: filters.status,
    text: filters.text,
  };
  return (
    <>
      <FeedLink programme={data.programme.slug} />
      <PortfolioView
        portfolio={data}
        areaHealth={(areaId) => (
          <Suspense fallback={null}>
            <AreaHealth areaId={areaId} />
          </Suspense>
        )}
        actions={
          isDirector(access) ? (
            <>
              <Link className="button" to="/projects/new">
                {t('newProject.button')}
              </Link>
              <Link
                className="button button--secondary"
                to={`/programmes/${data.programme.slug}/growth-areas/new`}
              >
                {t('areaForm.newButton')}
              </Link>
              <Suspense fallback={null}>
                <SpreadsheetActions lng={i18n.language} importLink filter={exportFilter} />
              </Suspense>
            </>
          ) : access ? (
            <Suspense fallback={null}>
              <SpreadsheetActions lng={i18n.language} filter={exportFilter} />
            </Suspense>
          ) : undefined
        }
        filters={parseFilters(params)}
        onFiltersChange={(filters) =>
          setParams(writeFilters(params, filters), { replace: true, preventScrollReset: true })
        }
      />
    </>
  );
}

export function portfolioRoute(queryClient: QueryClient): PageRoute {
  return {
    loader: async ({ request }: LoaderFunctionArgs) => {
      const programme = new URL(request.url).searchParams.get('programme');
      void indicators().then((m) => m.prefetchOutcomes(queryClient, 'health'));
      await queryClient.ensureQueryData(portfolioQueries.programme(programme));
      return null;
    },
    // Filters are read by the page; only another programme needs the loader again.
    shouldRevalidate: ({ currentUrl, nextUrl, defaultShouldRevalidate }) =>
      currentUrl.pathname !== nextUrl.pathname ||
      currentUrl.searchParams.get('programme') !== nextUrl.searchParams.get('programme')
        ? defaultShouldRevalidate
        : false,
    element: <PortfolioRoute />,
    errorElement: <RouteError />,
  };
}
