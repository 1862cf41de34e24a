import i18next from 'i18next';

// The statement's and the open-data page's long texts are a namespace of their own
// (src/locales/about/), loaded with those pages, so every other page's first download stays
// within its budget. All three languages come together: switching language on the page needs
// no second download.
export const aboutNamespace = 'about';

export async function loadAboutTexts(): Promise<void> {
  if (i18next.hasResourceBundle('fi', aboutNamespace)) return;
  const [fi, sv, en] = await Promise.all([
    import('@/locales/about/fi.json'),
    import('@/locales/about/sv.json'),
    import('@/locales/about/en.json'),
  ]);
  i18next.addResourceBundle('fi', aboutNamespace, fi.default);
  i18next.addResourceBundle('sv', aboutNamespace, sv.default);
  i18next.addResourceBundle('en', aboutNamespace, en.default);
}
