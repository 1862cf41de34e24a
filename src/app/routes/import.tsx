import type { QueryClient } from '@tanstack/react-query';
import { PageTitle } from '@/components/page-title';
import { ImportPage } from '@/features/spreadsheets/import-page';
import { spreadsheetQueries } from '@/features/spreadsheets/queries';
import { useSpreadsheetT } from '@/features/spreadsheets/texts';
import { ensureAccess, isDirector, useAccess } from '@/lib/session';
import { RouteError } from '../route-error';
import type { PageRoute } from './route-types';

function ImportRoute() {
  const { t } = useSpreadsheetT();
  const access = useAccess();
  return (
    <section>
      <PageTitle title={t('page.title')} />
      <h1>{t('page.title')}</h1>
      {isDirector(access) ? (
        <ImportPage />
      ) : (
        <p className="notice notice--error">{t('edit.notAllowed', { ns: 'translation' })}</p>
      )}
    </section>
  );
}

/** /import: a director's spreadsheet import (issue #15). */
export function importRoute(queryClient: QueryClient): PageRoute {
  return {
    loader: async () => {
      const access = await ensureAccess(queryClient);
      if (isDirector(access)) await queryClient.ensureQueryData(spreadsheetQueries.programmes());
      return null;
    },
    element: <ImportRoute />,
    errorElement: <RouteError />,
  };
}
