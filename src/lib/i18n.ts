import i18next, { type i18n as I18n, type ResourceLanguage } from 'i18next';
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

/** A namespace's texts in each language: the locale files (JSON imports) or their importers. */
type Bundles = Record<Language, ResourceLanguage>;
type Importers = Record<Language, () => Promise<{ default: ResourceLanguage }>>;
type Target = Pick<I18n, 'hasResourceBundle' | 'addResourceBundle'>;

/** Adds a namespace's texts in every language (at once: switching language needs no download). */
export function addNamespace(name: string, bundles: Bundles, into: Target = i18next): void {
  for (const lng of languages) {
    if (!into.hasResourceBundle(lng, name)) into.addResourceBundle(lng, name, bundles[lng]);
  }
}

const namespaces = new Map<string, { promise: Promise<void>; done: boolean }>();

/**
 * Loads a lazy namespace (its locale files in src/locales/<name>/), all three languages together,
 * so the pages and sections that use it carry it and no first visit downloads it. One promise per
 * namespace while it is there (React's `use` may wait on it); a failed download is tried again.
 */
export function loadNamespace(
  name: string,
  importers: Importers,
  into: Target = i18next,
): Promise<void> {
  const known = namespaces.get(name);
  if (known && (!known.done || into.hasResourceBundle(defaultLanguage, name))) {
    return known.promise;
  }
  const entry = {
    done: false,
    promise: into.hasResourceBundle(defaultLanguage, name)
      ? Promise.resolve()
      : Promise.all(languages.map((lng) => importers[lng]())).then((files) => {
          addNamespace(
            name,
            Object.fromEntries(languages.map((lng, i) => [lng, files[i]!.default])) as Bundles,
            into,
          );
        }),
  };
  entry.promise.then(
    () => {
      entry.done = true;
    },
    () => {
      if (namespaces.get(name) === entry) namespaces.delete(name);
    },
  );
  namespaces.set(name, entry);
  return entry.promise;
}
