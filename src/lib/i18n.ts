import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '@/locales/en.json';
import fi from '@/locales/fi.json';
import sv from '@/locales/sv.json';
import { defaultLanguage, isLanguage, languages, type Language } from './language';

const storageKey = 'salkku.language';

export const resources = {
  fi: { translation: fi },
  sv: { translation: sv },
  en: { translation: en },
} as const;

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

export function currentLanguage(): Language {
  const lng = i18next.resolvedLanguage ?? i18next.language;
  return isLanguage(lng) ? lng : defaultLanguage;
}
