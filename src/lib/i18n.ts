import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import fi from '@/locales/fi.json';
import { defaultLanguage, isLanguage, languages, type Language } from './language';

const storageKey = 'salkku.language';

// Finnish (the default and the fallback) is built in; Swedish and English load when chosen, so a
// first visit downloads one language, not three.
const bundles: Record<Exclude<Language, 'fi'>, () => Promise<{ default: typeof fi }>> = {
  sv: () => import('@/locales/sv.json'),
  en: () => import('@/locales/en.json'),
};

async function loadBundle(lng: Language) {
  if (lng === 'fi' || i18next.hasResourceBundle(lng, 'translation')) return;
  const { default: translation } = await bundles[lng]();
  i18next.addResourceBundle(lng, 'translation', translation);
}

/** Loads every language up front (tests switch languages without waiting for a download). */
export async function loadAllLanguages(): Promise<void> {
  await Promise.all(languages.map(loadBundle));
}

function storedLanguage(): Language {
  try {
    const value = globalThis.localStorage?.getItem(storageKey);
    return isLanguage(value) ? value : defaultLanguage;
  } catch {
    return defaultLanguage;
  }
}

/**
 * The language a link asks for (`?lang=sv`), so a shared Swedish link opens in Swedish whatever
 * the visitor chose before; null when the address names none (or an unknown one).
 */
export function languageFromSearch(search: string): Language | null {
  const value = new URLSearchParams(search).get('lang');
  return isLanguage(value) ? value : null;
}

function initialLanguage(): Language {
  const fromUrl = typeof location === 'undefined' ? null : languageFromSearch(location.search);
  return fromUrl ?? storedLanguage();
}

function reflectInDocument(lng: string) {
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
}

/**
 * Initialises i18next once; the language comes from the address (`?lang=`), else localStorage,
 * Finnish by default. Finnish is
 * ready at once; the promise settles when another stored language has loaded too (render after it).
 */
export async function initI18n(lng: Language = initialLanguage()): Promise<void> {
  if (!i18next.isInitialized) {
    i18next.on('languageChanged', reflectInDocument);
    void i18next.use(initReactI18next).init({
      resources: { fi: { translation: fi } },
      partialBundledLanguages: true,
      lng: defaultLanguage,
      fallbackLng: defaultLanguage,
      supportedLngs: [...languages],
      interpolation: { escapeValue: false },
      returnNull: false,
      initAsync: false,
    });
    reflectInDocument(defaultLanguage);
  }
  if (lng !== defaultLanguage) {
    try {
      await loadBundle(lng);
      await i18next.changeLanguage(lng);
    } catch {
      // The language could not load (offline): the page stays in Finnish.
    }
  }
}

/** Switches the UI language and remembers the choice. */
export async function setLanguage(lng: Language) {
  try {
    globalThis.localStorage?.setItem(storageKey, lng);
  } catch {
    // Private browsing may refuse storage; the switch still applies to this visit.
  }
  await loadBundle(lng);
  await i18next.changeLanguage(lng);
}

/** Shows a language the address asked for, without making it the visitor's remembered choice. */
export async function showLanguage(lng: Language) {
  await loadBundle(lng);
  await i18next.changeLanguage(lng);
}
