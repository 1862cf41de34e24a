import i18next from 'i18next';

// The texts of following, status updates, the reminder log and nudges are a namespace of their
// own (src/locales/updates/), loaded with the lazy parts of the project and growth-area pages
// that use them, so the first visit to a project page does not download them. All three
// languages come together: switching language needs no second download.
export const updatesNamespace = 'updates';

let loading: Promise<void> | null = null;

export function loadUpdatesTexts(): Promise<void> {
  if (i18next.hasResourceBundle('fi', updatesNamespace)) return Promise.resolve();
  loading ??= Promise.all([
    import('@/locales/updates/fi.json'),
    import('@/locales/updates/sv.json'),
    import('@/locales/updates/en.json'),
  ])
    .then(([fi, sv, en]) => {
      i18next.addResourceBundle('fi', updatesNamespace, fi.default);
      i18next.addResourceBundle('sv', updatesNamespace, sv.default);
      i18next.addResourceBundle('en', updatesNamespace, en.default);
    })
    .finally(() => {
      loading = null;
    });
  return loading;
}
