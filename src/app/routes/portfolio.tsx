import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { Link, useSearchParams, type LoaderFunctionArgs } from 'react-router';
import { Loading } from '@/components/loading';
import { isDirector, useAccess } from '@/lib/session';
import {
  OTHER_AREA,
  parseFilters,
  writeFilters,
  type PortfolioFilters,
} from '@/features/portfolio/filters';
import {
  NoProgramme,
  PortfolioContents,
  PortfolioIntro,
} from '@/features/portfolio/portfolio-view';
import { pickProgramme, portfolioQueries } from '@/features/portfolio/queries';
import { FeedLink } from '@/features/about/feed-link';
import { RouteError } from '../route-error';
import type { PageRoute } from './route-types';

// The Excel export and the import link, for signed-in users only: not in a visitor's download.
const SpreadsheetActions = lazy(() => import('@/features/spreadsheets/spreadsheet-actions'));
// Indicators, progress and drift arrive after the page (their code and strings are a chunk of
// their own), so the page's first download does not grow.
const indicators = () => import('@/features/indicators/public');
const AreaHealth = lazy(() => indicators().then((m) => ({ default: m.AreaHealth })));

/** The export holds what the portfolio's filters show (its area filter names a slug). */
function ExportActions({
  programmeId,
  filters,
  importLink,
}: {
  programmeId: string;
  filters: PortfolioFilters;
  importLink: boolean;
}) {
  const { i18n } = useTranslation();
  const { data } = useSuspenseQuery(portfolioQueries.contents(programmeId));
  const filter = {
    area:
      filters.area === OTHER_AREA
        ? OTHER_AREA
        : (data.growthAreas.find((a) => a.slug === filters.area)?.id ?? null),
    stage: filters.stage,
    status: filters.status,
    text: filters.text,
  };
  return <SpreadsheetActions lng={i18n.language} importLink={importLink} filter={filter} />;
}

function PortfolioRoute() {
  const [params, setParams] = useSearchParams();
  const { t } = useTranslation();
  const { data: programmes } = useSuspenseQuery(portfolioQueries.programmes());
  const programme = pickProgramme(programmes, params.get('programme'));
  const access = useAccess();
  if (!programme) return <NoProgramme />;
  const filters = parseFilters(params);
  return (
    <>
      <FeedLink programme={programme.slug} />
      <PortfolioIntro
        programme={programme}
        programmes={programmes}
        actions={
          access && (
            <>
              {isDirector(access) && (
                <>
                  <Link className="button" to="/projects/new">
                    {t('newProject.button')}
                  </Link>
                  <Link
                    className="button button--secondary"
                    to={`/programmes/${programme.slug}/growth-areas/new`}
                  >
                    {t('areaForm.newButton')}
                  </Link>
                </>
              )}
              <Suspense fallback={null}>
                <ExportActions
                  programmeId={programme.id}
                  filters={filters}
                  importLink={isDirector(access)}
                />
              </Suspense>
            </>
          )
        }
      />
      {/* Until the growth areas and projects are there, the notice fills the screen below the
          introduction (styles.css), so the footer does not show and then jump down. */}
      <Suspense fallback={<Loading />}>
        <PortfolioContents
          programme={programme}
          filters={filters}
          onFiltersChange={(next) =>
            setParams(writeFilters(params, next), { replace: true, preventScrollReset: true })
          }
          areaHealth={(areaId) => (
            <Suspense fallback={null}>
              <AreaHealth areaId={areaId} />
            </Suspense>
          )}
        />
      </Suspense>
    </>
  );
}

export function portfolioRoute(queryClient: QueryClient): PageRoute {
  return {
    // The page renders once the programme list is there (the programme's name and description
    // are the largest thing on it); its growth areas and projects are asked for at once and
    // fill in below, and the indicators' health (the areas' badges) after them.
    loader: async ({ request }: LoaderFunctionArgs) => {
      const slug = new URL(request.url).searchParams.get('programme');
      const programme = pickProgramme(
        await queryClient.ensureQueryData(portfolioQueries.programmes()),
        slug,
      );
      if (programme) {
        void queryClient
          .prefetchQuery(portfolioQueries.contents(programme.id))
          .then(() => indicators().then((m) => m.prefetchOutcomes(queryClient, 'health')));
      }
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
