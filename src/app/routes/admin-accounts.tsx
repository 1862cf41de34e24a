import { useMutation, useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { useTranslation } from '@/lib/use-translation';
import { useToast } from '@/components/toast';
import { AdminPage } from '@/features/admin/admin-page';
import { adminMutations } from '@/features/admin/mutations';
import { adminQueries } from '@/features/admin/queries';
import { RolesEditor } from '@/features/admin/roles-editor';
import { ensureAccess, isAdmin, useAccess } from '@/lib/session';
import { RouteError } from '../route-error';
import type { PageRoute } from './route-types';

function Accounts({ currentUserId }: { currentUserId: string }) {
  const { t } = useTranslation();
  const toast = useToast();
  const { data: accounts } = useSuspenseQuery(adminQueries.accounts());
  const setRole = useMutation(adminMutations.setRole());
  return (
    <>
      <p>{t('admin.accounts.intro')}</p>
      <RolesEditor
        accounts={accounts}
        currentUserId={currentUserId}
        setRole={(change) => setRole.mutateAsync(change)}
        notify={(message, tone) => toast({ message, tone })}
      />
    </>
  );
}

function AdminAccountsRoute() {
  const { t } = useTranslation();
  const access = useAccess();
  return (
    <AdminPage title={t('admin.accounts.title')}>
      {() => <Accounts currentUserId={access?.userId ?? ''} />}
    </AdminPage>
  );
}

export function adminAccountsRoute(queryClient: QueryClient): PageRoute {
  return {
    loader: async () => {
      if (isAdmin(await ensureAccess(queryClient))) {
        await queryClient.ensureQueryData(adminQueries.accounts());
      }
      return null;
    },
    element: <AdminAccountsRoute />,
    errorElement: <RouteError />,
  };
}
