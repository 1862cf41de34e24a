import { loadNamespace } from './namespaces';

// The texts of translated content's editing (side-by-side languages), the dashboard's coverage
// and the embeds are a namespace of their own (src/locales/content/), loaded with the pages and
// chunks that use them, so the public pages' first download does not grow (npm run budget).
export const contentNamespace = 'content';

export function loadContentTexts(): Promise<void> {
  return loadNamespace(contentNamespace, {
    fi: () => import('@/locales/content/fi.json'),
    sv: () => import('@/locales/content/sv.json'),
    en: () => import('@/locales/content/en.json'),
  });
}
