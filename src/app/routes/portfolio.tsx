import type { QueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { PageRoute } from './route-types';
import { PageTitle } from '@/components/page-title';
import { RouteError } from '../route-error';

function PortfolioPage() {
  const { t } = useTranslation();
  return (
    <section>
      <PageTitle title={t('portfolio.title')} />
      <h1>{t('portfolio.title')}</h1>
    </section>
  );
}

export function portfolioRoute(_queryClient: QueryClient): PageRoute {
  return { element: <PortfolioPage />, errorElement: <RouteError /> };
}
