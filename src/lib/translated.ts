import { useTranslation } from '@/lib/use-translation';
import { toLanguage, type Language } from './language';

/**
 * Content in three languages: the database keeps Finnish in `name` and the translations in
 * `name_sv` and `name_en` (NULL = not translated; migration 20260414000000_translated_content).
 * This is the one place that picks the text for a UI language and falls back to Finnish.
 */
export type Translatable<F extends string> = {
  [K in F | `${F}_sv` | `${F}_en`]?: string | null;
};

/** A text to show: in the UI language, or the Finnish original where no translation exists. */
export interface Localized {
  text: string;
  /** The language the text is in. */
  lang: Language;
  /** True when the UI language has no translation and the Finnish text stands in. */
  fallback: boolean;
}

function present(value: string | null | undefined): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/** The field in `lng`, else the Finnish text (marked as a fallback); null when neither exists. */
export function localize<F extends string>(
  row: Translatable<F>,
  field: F,
  lng: Language,
): Localized | null {
  if (lng !== 'fi') {
    const translated = row[`${field}_${lng}` as const];
    if (present(translated)) return { text: translated, lang: lng, fallback: false };
  }
  const finnish = row[field];
  if (!present(finnish)) return null;
  return { text: finnish, lang: 'fi', fallback: lng !== 'fi' };
}

/** The text of a field in `lng` (Finnish where not translated), '' when there is none. */
export function localizedText<F extends string>(
  row: Translatable<F>,
  field: F,
  lng: Language,
): string {
  return localize(row, field, lng)?.text ?? '';
}

/** Every language's version of a field in one string, so a search matches any of them. */
export function searchText<F extends string>(row: Translatable<F>, field: F): string {
  return [row[field], row[`${field}_sv` as const], row[`${field}_en` as const]]
    .filter(present)
    .join('\n');
}

/** The UI language the content is shown in. */
export function useContentLanguage(): Language {
  const { i18n } = useTranslation();
  return toLanguage(i18n.language);
}
