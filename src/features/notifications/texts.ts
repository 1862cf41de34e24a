import i18next from 'i18next';

// The notifications page's texts (the rules' wording, follows, settings) are a namespace of their
// own (src/locales/notifications/), loaded with those pages: the bell in the header needs only its
// label, so the first visit of a public page stays within its budget. All three languages come
// together: switching language on the page needs no second download.
export const notificationsNamespace = 'notifications';

export async function loadNotificationTexts(): Promise<void> {
  if (i18next.hasResourceBundle('fi', notificationsNamespace)) return;
  const [fi, sv, en] = await Promise.all([
    import('@/locales/notifications/fi.json'),
    import('@/locales/notifications/sv.json'),
    import('@/locales/notifications/en.json'),
  ]);
  i18next.addResourceBundle('fi', notificationsNamespace, fi.default);
  i18next.addResourceBundle('sv', notificationsNamespace, sv.default);
  i18next.addResourceBundle('en', notificationsNamespace, en.default);
}
