import { translator } from '@/lib/translator';
import { useTranslation } from '@/lib/use-translation';
import { toLanguage, type Language } from '@/lib/language';
import fiLocale from '@/locales/fi.json';
import type laterFi from '@/locales/later/fi.json';

/**
 * The dashboard's strings live in `locales/*.json` under `dashboard` (Finnish is the source of
 * truth for the keys). Placeholders use the `{{name}}` syntax and plurals the `_one` /
 * `_other` suffixes (lib/translator.ts); this module types the keys and binds a `t` to the dashboard's namespace.
 */
export type DashboardStringKey = keyof (typeof fiLocale.dashboard & typeof laterFi.dashboard);

export type DashboardVars = Record<string, string | number>;
export type DashboardT = (key: DashboardStringKey | PluralKey, vars?: DashboardVars) => string;

/** A key that has `_one` / `_other` variants, used with a `count` variable. */
type PluralKey = DashboardStringKey extends infer K
  ? K extends `${infer Base}_one`
    ? Base
    : never
  : never;

export function createDashboardT(lang: Language): DashboardT {
  const t = translator.getFixedT(lang, 'translation', 'dashboard');
  return (key, vars) => t(key, vars ?? {}) as string;
}

/** The dashboard's strings in the UI language, and that language for dates. */
export function useDashboardT(): { t: DashboardT; lang: Language } {
  const { i18n } = useTranslation();
  const lang = toLanguage(i18n.language);
  return { t: createDashboardT(lang), lang };
}
