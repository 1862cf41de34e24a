import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { Link } from 'react-router';
import { PageTitle } from '@/components/page-title';
import { followMutations, type FollowSubject } from '@/features/follows/public';
import { taskMutations } from '@/features/tasks/public';
import { todayIso } from '@/lib/dates';
import { FollowsList } from './follows-list';
import { notificationMutations } from './mutations';
import { NotificationList, type NotificationActions } from './notification-list';
import { notificationQueries, type Follow } from './queries';
import { notificationsNamespace } from './texts';

/** /notifications for a signed-in user: the notifications, then "my follows". */
function followSubject(follow: Follow): FollowSubject {
  if (follow.project_id) return { kind: 'project', id: follow.project_id };
  if (follow.growth_area_id) return { kind: 'growth-area', id: follow.growth_area_id };
  throw new Error('A follow names a project or a growth area');
}

export function NotificationsPage({ userId }: { userId: string }) {
  const { t } = useTranslation(notificationsNamespace);
  const queryClient = useQueryClient();
  const followsHeading = useId();
  const { data: notifications } = useSuspenseQuery(notificationQueries.list(userId));
  const { data: follows } = useSuspenseQuery(notificationQueries.follows(userId));
  const markRead = useMutation(notificationMutations.markRead());
  // Following's own write (features/follows), by subject: the same one the follow buttons use.
  const unfollow = useMutation(followMutations.unfollow());
  // The tasks feature's own "mark done": version-checked, optimistic, zero rows is an error.
  const setTaskState = useMutation(taskMutations.setState(queryClient));

  const actions: NotificationActions = {
    markRead: (n) => markRead.mutateAsync([n.id]),
    markAllRead: () => markRead.mutateAsync(null),
    markDone: async (n) => {
      await setTaskState.mutateAsync({
        task: { id: n.task.id, version: n.task.version, title: n.task.title },
        state: 'done',
        completed_on: todayIso(),
      });
      // The reminder has done its job; it no longer counts on the bell.
      if (!n.read_at) await markRead.mutateAsync([n.id]).catch(() => 0);
    },
  };

  return (
    <section className="notifications-page">
      <PageTitle title={t('title')} />
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <p>
        <Link to="/notifications/settings">{t('settingsLink')}</Link>
      </p>
      <NotificationList notifications={notifications} actions={actions} />
      <h2 id={followsHeading} tabIndex={-1}>
        {t('follows.title')}
      </h2>
      <p>{t('follows.intro')}</p>
      <FollowsList
        follows={follows}
        unfollow={(f) => unfollow.mutateAsync(followSubject(f))}
        headingId={followsHeading}
      />
    </section>
  );
}
