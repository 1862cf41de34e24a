import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { useTranslation } from '@/lib/use-translation';
import { AdminPage } from '@/features/admin/admin-page';
import { PeopleTable } from '@/features/admin/people-table';
import { adminQueries } from '@/features/admin/queries';
import { peopleQueries } from '@/lib/people';
import { ensureAccess, isAdmin } from '@/lib/session';
import { RouteError } from '../route-error';
import type { PageRoute } from './route-types';

function Directory() {
  const { t } = useTranslation();
  const { data: people } = useSuspenseQuery(peopleQueries.list());
  const { data: accounts } = useSuspenseQuery(adminQueries.accounts());
  return (
    <>
      <p>{t('admin.people.intro')}</p>
      <PeopleTable people={people} accounts={accounts} />
    </>
  );
}

function AdminPeopleRoute() {
  const { t } = useTranslation();
  return <AdminPage title={t('admin.people.title')}>{() => <Directory />}</AdminPage>;
}

export function adminPeopleRoute(queryClient: QueryClient): PageRoute {
  return {
    loader: async () => {
      if (isAdmin(await ensureAccess(queryClient))) {
        await Promise.all([
          queryClient.ensureQueryData(peopleQueries.list()),
          queryClient.ensureQueryData(adminQueries.accounts()),
        ]);
      }
      return null;
    },
    element: <AdminPeopleRoute />,
    errorElement: <RouteError />,
  };
}
