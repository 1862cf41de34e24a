import type { Translator } from '@/lib/translator';
import { loadNamespace } from './namespaces';

// The board report's and the baselines' texts are a namespace of their own
// (src/locales/reports/), loaded with the pages that show them (and with the timeline's baseline
// picker), so the first visit of the public pages stays within its budget. All three languages
// come together: switching language on the page needs no second download. The caller hands in
// its translator, so this module adds nothing to the chunks that load it.
export const reportsNamespace = 'reports';

export function loadReportTexts(
  i18n: Pick<Translator, 'hasResourceBundle' | 'addResourceBundle'>,
): Promise<void> {
  return loadNamespace(
    reportsNamespace,
    {
      fi: () => import('@/locales/reports/fi.json'),
      sv: () => import('@/locales/reports/sv.json'),
      en: () => import('@/locales/reports/en.json'),
    },
    i18n,
  );
}
