import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { translator } from '@/lib/translator';
import { data, Link, useParams, type LoaderFunctionArgs } from 'react-router';
import { isDirector, useAccess } from '@/lib/session';
import { GrowthAreaView } from '@/features/growth-areas/growth-area-view';
import { growthAreaQueries } from '@/features/growth-areas/queries';
import { FeedLink } from '@/features/about/feed-link';
import { LazyFollowButton } from '@/features/follows/lazy';
import { localizedText, useContentLanguage } from '@/lib/translated';
import { RouteError } from '../route-error';
import type { PageRoute } from './route-types';

// Indicators, progress and drift arrive after the page (their code and strings are a chunk of
// their own), so the page's first download does not grow.
const indicators = () => import('@/features/indicators/public');
const AreaOutcomes = lazy(() => indicators().then((m) => ({ default: m.AreaOutcomes })));

// "Copy embed code" loads after the page, with its texts (not in the first download).
const EmbedCode = lazy(() => import('@/components/embed-code'));

function GrowthAreaRoute() {
  const { programme = '', area = '' } = useParams();
  const { t } = useTranslation();
  const { data: detail } = useSuspenseQuery(growthAreaQueries.detail(programme, area));
  const access = useAccess();
  const content = useContentLanguage();
  if (!detail) return null;
  return (
    <>
      <FeedLink programme={programme} area={area} />
      <GrowthAreaView
        area={detail}
        follow={
          access ? (
            <LazyFollowButton subject={{ kind: 'growth-area', id: detail.id }} name={detail.name} />
          ) : undefined
        }
        outcomes={
          <Suspense fallback={null}>
            <AreaOutcomes areaId={detail.id} />
          </Suspense>
        }
        embed={
          <Suspense fallback={null}>
            <EmbedCode
              path={`/embed/programmes/${programme}/${area}/timeline`}
              kind="timeline"
              name={localizedText(detail, 'name', content)}
            />
          </Suspense>
        }
        actions={
          isDirector(access) ? (
            <Link className="button button--secondary" to={`/programmes/${programme}/${area}/edit`}>
              {t('areaForm.edit')}
            </Link>
          ) : undefined
        }
      />
    </>
  );
}

export function growthAreaRoute(queryClient: QueryClient): PageRoute {
  return {
    loader: async ({ params }: LoaderFunctionArgs) => {
      const detail = await queryClient.ensureQueryData(
        growthAreaQueries.detail(params.programme ?? '', params.area ?? ''),
      );
      if (!detail) {
        throw data(
          {
            title: translator.t('growthArea.notFound'),
            text: translator.t('growthArea.notFoundText'),
          },
          { status: 404 },
        );
      }
      void indicators().then((m) => m.prefetchOutcomes(queryClient, { areaId: detail.id }));
      return null;
    },
    element: <GrowthAreaRoute />,
    errorElement: <RouteError />,
  };
}
