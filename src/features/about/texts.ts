import { loadNamespace } from '@/lib/namespaces';

// The statement's and the open-data page's long texts are a namespace of their own
// (src/locales/about/), loaded with those pages, so every other page's first download stays
// within its budget. All three languages come together: switching language on the page needs
// no second download.
export const aboutNamespace = 'about';

export function loadAboutTexts(): Promise<void> {
  return loadNamespace(aboutNamespace, {
    fi: () => import('@/locales/about/fi.json'),
    sv: () => import('@/locales/about/sv.json'),
    en: () => import('@/locales/about/en.json'),
  });
}
