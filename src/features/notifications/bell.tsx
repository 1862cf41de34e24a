import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { NavLink } from 'react-router';
import { toLanguage } from '@/lib/language';
import { useAccess } from '@/lib/session';
import { notificationMutations } from './mutations';
import { notificationQueries } from './queries';
import { loadNotificationTexts, notificationsNamespace } from './texts';

/**
 * The bell in the header, for a signed-in user: a link to the notifications page whose name
 * says the number of unread ones ("Ilmoitukset, 3 lukematonta"). The count is polled
 * (notificationQueries.unreadCount); when it grows, a polite live region says how many came,
 * without moving focus. Loaded lazily by the layout (loadBell), so anonymous visitors download
 * neither it nor its words.
 */
const rememberedKey = 'salkku.mailLanguage';

/**
 * Keeps user_settings.locale at the UI language, so e-mails speak it until the user picks an
 * e-mail language: written once per user and language (remembered in localStorage).
 */
function useRememberUiLanguage(userId: string | undefined, language: string | undefined) {
  const { mutate } = useMutation(notificationMutations.rememberUiLanguage());
  useEffect(() => {
    if (!userId || !language) return;
    const locale = toLanguage(language);
    const value = `${userId}:${locale}`;
    try {
      if (localStorage.getItem(rememberedKey) === value) return;
    } catch {
      // storage refused: write it anyway
    }
    mutate(
      { userId, locale },
      {
        onSuccess: () => {
          try {
            localStorage.setItem(rememberedKey, value);
          } catch {
            // not remembered: written again next time
          }
        },
      },
    );
  }, [userId, language, mutate]);
}

export function NotificationBell() {
  const { t, i18n } = useTranslation(notificationsNamespace);
  const userId = useAccess()?.userId;
  useRememberUiLanguage(userId, i18n.language);
  const { data: count } = useQuery({
    ...notificationQueries.unreadCount(userId ?? ''),
    enabled: !!userId,
  });
  const [announcement, setAnnouncement] = useState('');
  const previous = useRef<number | undefined>(undefined);

  useEffect(() => {
    if (count === undefined) return;
    const before = previous.current;
    previous.current = count;
    // The first count is the page's state, not news; only growth after it is announced.
    if (before !== undefined && count > before) {
      setAnnouncement(t('bell.arrived', { count: count - before }));
    }
  }, [count, t]);

  const unread = count ?? 0;
  return (
    <>
      <NavLink
        to="/notifications"
        className="notification-bell"
        aria-label={unread > 0 ? t('bell.unread', { count: unread }) : t('bell.label')}
      >
        <svg
          className="notification-bell__icon"
          aria-hidden="true"
          focusable="false"
          viewBox="0 0 24 24"
          width="24"
          height="24"
        >
          <path
            fill="currentColor"
            d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1Z"
          />
        </svg>
        {unread > 0 && (
          <span className="notification-bell__count" aria-hidden="true">
            {unread > 99 ? '99+' : unread}
          </span>
        )}
      </NavLink>
      <span className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </span>
    </>
  );
}

/** For React.lazy: the bell, once its texts (the notifications namespace) are there. */
export async function loadBell() {
  await loadNotificationTexts();
  return { default: NotificationBell };
}
