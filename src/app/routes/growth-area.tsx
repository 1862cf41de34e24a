import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import i18next from 'i18next';
import { data, useParams, type LoaderFunctionArgs } from 'react-router';
import { GrowthAreaView } from '@/features/growth-areas/growth-area-view';
import { growthAreaQueries } from '@/features/growth-areas/queries';
import { RouteError } from '../route-error';
import type { PageRoute } from './route-types';

function GrowthAreaRoute() {
  const { programme = '', area = '' } = useParams();
  const { data: detail } = useSuspenseQuery(growthAreaQueries.detail(programme, area));
  return detail ? <GrowthAreaView area={detail} /> : null;
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
