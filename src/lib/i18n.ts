import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '@/locales/en.json';
import fi from '@/locales/fi.json';
import sv from '@/locales/sv.json';
import type { Language } from './dates';

export const languages = ['fi', 'sv', 'en'] as const satisfies readonly Language[];
export const defaultLanguage: Language = 'fi';
const storageKey = 'salkku.language';

export const resources = {
  fi: { translation: fi },
  sv: { translation: sv },
  en: { translation: en },
} as const;

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

function storedLanguage(): Language {
  try {
    const value = globalThis.localStorage?.getItem(storageKey);
    return isLanguage(value) ? value : defaultLanguage;
  } catch {
    return defaultLanguage;
  }
}

function reflectInDocument(lng: string) {
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
}

/** Initialises i18next once; the language comes from localStorage, Finnish by default. */
export function initI18n(lng: Language = storedLanguage()) {
  if (!i18next.isInitialized) {
    i18next.on('languageChanged', reflectInDocument);
    void i18next.use(initReactI18next).init({
      resources,
      lng,
      fallbackLng: defaultLanguage,
      supportedLngs: [...languages],
      interpolation: { escapeValue: false },
      returnNull: false,
      initAsync: false,
    });
    reflectInDocument(lng);
  }
  return i18next;
}

/** Switches the UI language and remembers the choice. */
export async function setLanguage(lng: Language) {
  try {
    globalThis.localStorage?.setItem(storageKey, lng);
  } catch {
    // Private browsing may refuse storage; the switch still applies to this visit.
  }
  await i18next.changeLanguage(lng);
}
