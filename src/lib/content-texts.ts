import i18next from 'i18next';

// The texts of translated content's editing (side-by-side languages), the dashboard's coverage
// and the embeds are a namespace of their own (src/locales/content/), loaded with the pages and
// chunks that use them, so the public pages' first download does not grow (npm run budget).
export const contentNamespace = 'content';

export async function loadContentTexts(): Promise<void> {
  if (i18next.hasResourceBundle('fi', contentNamespace)) return;
  const [fi, sv, en] = await Promise.all([
    import('@/locales/content/fi.json'),
    import('@/locales/content/sv.json'),
    import('@/locales/content/en.json'),
  ]);
  i18next.addResourceBundle('fi', contentNamespace, fi.default);
  i18next.addResourceBundle('sv', contentNamespace, sv.default);
  i18next.addResourceBundle('en', contentNamespace, en.default);
}
