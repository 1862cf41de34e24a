import { loadNamespace } from './namespaces';

// The texts of following, status updates, the reminder log and nudges are a namespace of their
// own (src/locales/updates/), loaded with the lazy parts of the project and growth-area pages
// that use them, so the first visit to a project page does not download them. All three
// languages come together: switching language needs no second download.
export const updatesNamespace = 'updates';

export function loadUpdatesTexts(): Promise<void> {
  return loadNamespace(updatesNamespace, {
    fi: () => import('@/locales/updates/fi.json'),
    sv: () => import('@/locales/updates/sv.json'),
    en: () => import('@/locales/updates/en.json'),
  });
}
