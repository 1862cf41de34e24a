/** The UI languages, Finnish first (the source of truth for every string). */
export const languages = ['fi', 'sv', 'en'] as const;
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = 'fi';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/** The one normaliser: a language tag (the address's, a stored choice) to a UI language, else Finnish. */
export function toLanguage(value: unknown): Language {
  return isLanguage(value) ? value : defaultLanguage;
}
