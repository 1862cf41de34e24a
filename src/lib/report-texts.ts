import type { i18n as I18n } from 'i18next';

// The board report's and the baselines' texts are a namespace of their own
// (src/locales/reports/), loaded with the pages that show them (and with the timeline's baseline
// picker), so the first visit of the public pages stays within its budget. All three languages
// come together: switching language on the page needs no second download. The caller hands in
// its i18next instance, so this module adds nothing to the chunks that load it.
export const reportsNamespace = 'reports';

export async function loadReportTexts(
  i18n: Pick<I18n, 'hasResourceBundle' | 'addResourceBundle'>,
): Promise<void> {
  if (i18n.hasResourceBundle('fi', reportsNamespace)) return;
  const [fi, sv, en] = await Promise.all([
    import('@/locales/reports/fi.json'),
    import('@/locales/reports/sv.json'),
    import('@/locales/reports/en.json'),
  ]);
  i18n.addResourceBundle('fi', reportsNamespace, fi.default);
  i18n.addResourceBundle('sv', reportsNamespace, sv.default);
  i18n.addResourceBundle('en', reportsNamespace, en.default);
}
