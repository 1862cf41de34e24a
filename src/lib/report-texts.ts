import i18next from 'i18next';

// The board report's and the baselines' texts are a namespace of their own
// (src/locales/reports/), loaded with the pages that show them (and with the timeline's baseline
// picker), so the first visit of the public pages stays within its budget. All three languages
// come together: switching language on the page needs no second download.
export const reportsNamespace = 'reports';

export async function loadReportTexts(): Promise<void> {
  if (i18next.hasResourceBundle('fi', reportsNamespace)) return;
  const [fi, sv, en] = await Promise.all([
    import('@/locales/reports/fi.json'),
    import('@/locales/reports/sv.json'),
    import('@/locales/reports/en.json'),
  ]);
  i18next.addResourceBundle('fi', reportsNamespace, fi.default);
  i18next.addResourceBundle('sv', reportsNamespace, sv.default);
  i18next.addResourceBundle('en', reportsNamespace, en.default);
}
