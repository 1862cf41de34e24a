import { useQuery, type QueryClient } from '@tanstack/react-query';
import { useTranslation } from '@/lib/use-translation';
import { Link } from 'react-router';
import { PageTitle } from '@/components/page-title';
import { NotificationsPage } from '@/features/notifications/notifications-page';
import { NotificationSettingsPage } from '@/features/notifications/settings-page';
import { notificationQueries } from '@/features/notifications/queries';
import { loadNotificationTexts, notificationsNamespace } from '@/features/notifications/texts';
import { ensureAccess, sessionQueries, useAccess } from '@/lib/session';
import { RouteError } from '../route-error';
import type { PageRoute } from './route-types';

type Which = 'list' | 'settings';

/** Signed out: what the page is, and the way in (back here after signing in). */
function SignInFirst({ which }: { which: Which }) {
  const { t } = useTranslation(notificationsNamespace);
  const { t: tApp } = useTranslation();
  const title = which === 'list' ? t('title') : t('settings.title');
  const here = which === 'list' ? '/notifications' : '/notifications/settings';
  return (
    <section>
      <PageTitle title={title} />
      <h1>{title}</h1>
      <p>{t('signInFirst')}</p>
      <p>
        <Link className="button" to={`/sign-in?next=${encodeURIComponent(here)}`}>
          {tApp('nav.signIn')}
        </Link>
      </p>
    </section>
  );
}

function NotificationsRoute({ which }: { which: Which }) {
  const session = useQuery(sessionQueries.current());
  const access = useAccess();
  if (access) {
    return which === 'list' ? (
      <NotificationsPage userId={access.userId} />
    ) : (
      <NotificationSettingsPage userId={access.userId} />
    );
  }
  // Signed in, and the new session's access is still being read.
  if (session.data) return null;
  return <SignInFirst which={which} />;
}

function route(queryClient: QueryClient, which: Which): PageRoute {
  return {
    loader: async () => {
      const [access] = await Promise.all([ensureAccess(queryClient), loadNotificationTexts()]);
      if (!access) return null;
      await Promise.all(
        which === 'list'
          ? [
              queryClient.ensureQueryData(notificationQueries.list(access.userId)),
              queryClient.ensureQueryData(notificationQueries.follows(access.userId)),
            ]
          : [queryClient.ensureQueryData(notificationQueries.preferences(access.userId))],
      );
      return null;
    },
    element: <NotificationsRoute which={which} />,
    errorElement: <RouteError />,
  };
}

/** /notifications: the signed-in user's notifications and follows. */
export const notificationsRoute = (queryClient: QueryClient) => route(queryClient, 'list');

/** /notifications/settings: their e-mail preferences (the mails link here). */
export const notificationSettingsRoute = (queryClient: QueryClient) =>
  route(queryClient, 'settings');
