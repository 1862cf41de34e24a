import type { QueryClient } from '@tanstack/react-query';
import { translator } from '@/lib/translator';
import { data, useParams, type LoaderFunctionArgs } from 'react-router';
import { IndicatorPage } from '@/features/indicators/indicator-page';
import { indicatorQueries } from '@/features/indicators/queries';
import { loadIndicatorTexts } from '@/features/indicators/texts';
import { RouteError } from '../route-error';
import type { PageRoute } from './route-types';

function IndicatorRoute() {
  const { id = '' } = useParams();
  return <IndicatorPage id={id} />;
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An indicator: its chart, table, status with reason, and the forms for those allowed. */
export function indicatorRoute(queryClient: QueryClient): PageRoute {
  return {
    loader: async ({ params }: LoaderFunctionArgs) => {
      const id = params.id ?? '';
      const [page] = await Promise.all([
        uuid.test(id) ? queryClient.ensureQueryData(indicatorQueries.page(id)) : null,
        loadIndicatorTexts(),
      ]);
      if (!page) {
        throw data(
          {
            title: translator.t('indicators:notFound'),
            text: translator.t('indicators:notFoundText'),
          },
          { status: 404 },
        );
      }
      return null;
    },
    element: <IndicatorRoute />,
    errorElement: <RouteError />,
  };
}
