import { useMutation, useSuspenseQuery } from '@tanstack/react-query';
import { useTranslation } from '@/lib/use-translation';
import { PageTitle } from '@/components/page-title';
import { useToast } from '@/components/toast';
import { notificationMutations } from './mutations';
import { PreferencesForm } from './preferences-form';
import { notificationQueries } from './queries';
import { notificationsNamespace } from './texts';

/** /notifications/settings for a signed-in user: the e-mail preferences. */
export function NotificationSettingsPage({ userId }: { userId: string }) {
  const { t } = useTranslation(notificationsNamespace);
  const toast = useToast();
  const { data: preferences } = useSuspenseQuery({
    ...notificationQueries.preferences(userId),
    refetchOnWindowFocus: false,
  });
  const save = useMutation(notificationMutations.savePreferences());
  return (
    <section>
      <PageTitle title={t('settings.title')} />
      <h1>{t('settings.title')}</h1>
      <p>{t('settings.intro')}</p>
      <PreferencesForm
        preferences={preferences}
        save={(p) => save.mutateAsync({ userId, preferences: p })}
        onSaved={() => toast({ message: t('settings.saved'), tone: 'success' })}
      />
    </section>
  );
}
