import { enGB, fi, sv, type Locale } from 'date-fns/locale';
import { toLanguage, type Language } from './language';

const locales: Record<Language, Locale> = { fi, sv, en: enGB };

/**
 * The date-fns locale of a UI language, for formats of a feature's own (the timeline's axis).
 * Apart from lib/dates, so pages that only show dates do not download three locales.
 */
export function dateLocale(lng: string | undefined): Locale {
  return locales[toLanguage(lng)];
}
