import { useQuery, useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { useTranslation } from '@/lib/use-translation';
import { Link } from 'react-router';
import { PageTitle } from '@/components/page-title';
import { taskQueries } from '@/features/tasks/queries';
import { MyTasksView } from '@/features/tasks/my-tasks-view';
import { todayIso } from '@/lib/dates';
import { ensureAccess, sessionQueries, useAccess, type Access } from '@/lib/session';
import { RouteError } from '../route-error';
import type { PageRoute } from './route-types';

function SignedInTasks({ access }: { access: Access }) {
  const { data } = useSuspenseQuery(taskQueries.mine(access.userId));
  return <MyTasksView tasks={data} today={todayIso()} />;
}

function MyTasksRoute() {
  const { t } = useTranslation();
  const session = useQuery(sessionQueries.current());
  const access = useAccess();
  if (access) return <SignedInTasks access={access} />;
  // Signed in, and the new session's access is still being read.
  if (session.data) return null;
  return (
    <section>
      <PageTitle title={t('myTasks.title')} />
      <h1>{t('myTasks.title')}</h1>
      <p>{t('myTasks.signInFirst')}</p>
      <p>
        <Link className="button" to="/sign-in?next=/my-tasks">
          {t('nav.signIn')}
        </Link>
      </p>
    </section>
  );
}

export function myTasksRoute(queryClient: QueryClient): PageRoute {
  return {
    loader: async () => {
      const access = await ensureAccess(queryClient);
      if (access) await queryClient.ensureQueryData(taskQueries.mine(access.userId));
      return null;
    },
    element: <MyTasksRoute />,
    errorElement: <RouteError />,
  };
}
