import { use } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { loadNamespace } from '@/lib/namespaces';
import { toLanguage, type Language } from '@/lib/language';

// The indicators' and progress texts are a namespace of their own (src/locales/indicators/),
// loaded with the pages and sections that show them, so the portfolio's, project page's and
// timeline's first download stays within its budget. All three languages come together:
// switching language needs no second download.
export const indicatorNamespace = 'indicators';

/** Loads the namespace once; the same promise every time (React's `use` may wait on it). */
export function loadIndicatorTexts(): Promise<void> {
  return loadNamespace(indicatorNamespace, {
    fi: () => import('@/locales/indicators/fi.json'),
    sv: () => import('@/locales/indicators/sv.json'),
    en: () => import('@/locales/indicators/en.json'),
  });
}

/** Suspends until the namespace is there: the sections other pages load lazily start with it. */
export function useIndicatorTexts(): void {
  use(loadIndicatorTexts());
}

/** The namespace's `t` and the UI language (for dates and numbers). */
export function useIndicatorT() {
  const { t, i18n } = useTranslation(indicatorNamespace);
  return { t, lang: toLanguage(i18n.language) as Language };
}

export type IndicatorT = ReturnType<typeof useIndicatorT>['t'];
