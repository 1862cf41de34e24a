import { lazy, Suspense } from 'react';
import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import i18next from 'i18next';
import { data, Link, useParams, type LoaderFunctionArgs } from 'react-router';
import { isDirector, useAccess } from '@/lib/session';
import { GrowthAreaView } from '@/features/growth-areas/growth-area-view';
import { growthAreaQueries } from '@/features/growth-areas/queries';
import { FeedLink } from '@/features/about/feed-link';
import { localizedText, useContentLanguage } from '@/lib/translated';
import { RouteError } from '../route-error';
import type { PageRoute } from './route-types';

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
          { title: i18next.t('growthArea.notFound'), text: i18next.t('growthArea.notFoundText') },
          { status: 404 },
        );
      }
      return null;
    },
    element: <GrowthAreaRoute />,
    errorElement: <RouteError />,
  };
}
