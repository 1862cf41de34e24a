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

// The rest of the `translation` keys (src/locales/later/): the editing forms, administration,
// the dashboard, signing in, my tasks. No public page's first view uses them, so they load with
// the pages that do (src/app/router.tsx) and for a signed-in user, whose public pages show
// editing controls; merged into the same namespace, so a `t('edit.…')` call is the same.
const laterBundles: Record<Language, () => Promise<{ default: object }>> = {
  fi: () => import('@/locales/later/fi.json'),
  sv: () => import('@/locales/later/sv.json'),
  en: () => import('@/locales/later/en.json'),
};
const parts = new Map<string, Promise<void>>();
let laterWanted = false;

type Groups = Record<string, unknown>;
const isGroup = (value: unknown): value is Groups => typeof value === 'object' && value !== null;

/**
 * Merges a part into a language's `translation` keys. The parts share top-level groups
 * (`dashboard`, `admin`, …; never a group below those), so each shared group is merged; into new
 * objects, not i18next's deep merge, which would write into the imported fi.json module.
 */
function addTranslation(lng: Language, part: Groups) {
  const current = (i18next.getResourceBundle(lng, 'translation') ?? {}) as Groups;
  const merged: Groups = { ...current };
  for (const [group, value] of Object.entries(part)) {
    const had = current[group];
    merged[group] = isGroup(had) && isGroup(value) ? { ...had, ...value } : value;
  }
  i18next.addResourceBundle(lng, 'translation', merged, false, true);
}

/** Adds one part of a language's `translation` keys, once (again after a failed download). */
function loadPart(key: string, load: () => Promise<{ default: object }>, lng: Language) {
  let part = parts.get(key);
  if (!part) {
    part = load().then(({ default: translation }) => addTranslation(lng, translation as Groups));
    part.catch(() => parts.delete(key));
    parts.set(key, part);
  }
  return part;
}

async function loadBundle(lng: Language) {
  await Promise.all([
    lng === 'fi' ? undefined : loadPart(lng, bundles[lng], lng),
    laterWanted ? loadPart(`later:${lng}`, laterBundles[lng], lng) : undefined,
  ]);
}

/**
 * Loads the `translation` keys beyond the public pages' (in Finnish and the UI language; another
 * language's part comes when the user switches to it). Pages other than the public ones wait for
 * it in their loader.
 */
export async function loadLaterTexts(): Promise<void> {
  laterWanted = true;
  const shown = isLanguage(i18next.language) ? i18next.language : defaultLanguage;
  await Promise.all(
    [...new Set([defaultLanguage, shown])].map((lng) =>
      loadPart(`later:${lng}`, laterBundles[lng], lng),
    ),
  );
}

/** Loads every language up front (tests switch languages without waiting for a download). */
export async function loadAllLanguages(): Promise<void> {
  laterWanted = true;
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
