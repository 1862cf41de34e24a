import { loadNamespace } from '@/lib/namespaces';

// The notifications page's texts (the rules' wording, follows, settings) are a namespace of their
// own (src/locales/notifications/), loaded with those pages: the bell in the header needs only its
// label, so the first visit of a public page stays within its budget. All three languages come
// together: switching language on the page needs no second download.
export const notificationsNamespace = 'notifications';

export function loadNotificationTexts(): Promise<void> {
  return loadNamespace(notificationsNamespace, {
    fi: () => import('@/locales/notifications/fi.json'),
    sv: () => import('@/locales/notifications/sv.json'),
    en: () => import('@/locales/notifications/en.json'),
  });
}
