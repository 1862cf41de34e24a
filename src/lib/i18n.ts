import { translator } from '@/lib/translator';
import fi from '@/locales/fi.json';
import { defaultLanguage, isLanguage, languages, type Language } from './language';

const storageKey = 'salkku.language';

// Finnish (the default and the fallback) is built in; Swedish and English load when chosen, so a
// first visit downloads one language, not three.
const bundles: Record<Exclude<Language, 'fi'>, () => Promise<{ default: typeof fi }>> = {
  sv: () => import('@/locales/sv.json'),
  en: () => import('@/locales/en.json'),
};

// Parts of the `translation` keys a public page's first view does not need, merged into the same
// namespace when loaded, so a `t('edit.…')` or `t('timeline.…')` call is the same:
// - `later` (src/locales/later/): the editing forms, administration, the dashboard, signing in,
//   my tasks. They load with the pages that use them (src/app/router.tsx) and for a signed-in
//   user, whose public pages show editing controls.
// - `timeline` (src/locales/timeline/): the timeline's, loaded by the timeline page and the
//   timeline embeds (their loaders), so the other pages' first visit does not carry them.
type Part = 'later' | 'timeline';
const partBundles: Record<Part, Record<Language, () => Promise<{ default: object }>>> = {
  later: {
    fi: () => import('@/locales/later/fi.json'),
    sv: () => import('@/locales/later/sv.json'),
    en: () => import('@/locales/later/en.json'),
  },
  timeline: {
    fi: () => import('@/locales/timeline/fi.json'),
    sv: () => import('@/locales/timeline/sv.json'),
    en: () => import('@/locales/timeline/en.json'),
  },
};
const parts = new Map<string, Promise<void>>();
/** The parts some page has asked for: a language switched to later brings them too. */
const wanted = new Set<Part>();

type Groups = Record<string, unknown>;
const isGroup = (value: unknown): value is Groups => typeof value === 'object' && value !== null;

/**
 * Merges a part into a language's `translation` keys. The parts share top-level groups
 * (`dashboard`, `admin`, …; never a group below those), so each shared group is merged; into new
 * objects, so the imported fi.json module is never written into.
 */
function addTranslation(lng: Language, part: Groups) {
  const current = (translator.getResourceBundle(lng, 'translation') ?? {}) as Groups;
  const merged: Groups = { ...current };
  for (const [group, value] of Object.entries(part)) {
    const had = current[group];
    merged[group] = isGroup(had) && isGroup(value) ? { ...had, ...value } : value;
  }
  translator.addResourceBundle(lng, 'translation', merged);
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
    ...[...wanted].map((part) => loadPart(`${part}:${lng}`, partBundles[part][lng], lng)),
  ]);
}

/** Loads a part of the `translation` keys in Finnish and the UI language (another language's
 * part comes when the user switches to it). */
async function loadTexts(part: Part): Promise<void> {
  wanted.add(part);
  const shown = translator.language;
  await Promise.all(
    [...new Set([defaultLanguage, shown])].map((lng) =>
      loadPart(`${part}:${lng}`, partBundles[part][lng], lng),
    ),
  );
}

/**
 * Loads the `translation` keys beyond the public pages' (`later`). Pages other than the public
 * ones wait for it in their loader.
 */
export function loadLaterTexts(): Promise<void> {
  return loadTexts('later');
}

/** Loads the timeline's `translation` keys; the timeline page and embeds wait for it. */
export function loadTimelineTexts(): Promise<void> {
  return loadTexts('timeline');
}

/** Loads every language up front (tests switch languages without waiting for a download). */
export async function loadAllLanguages(): Promise<void> {
  wanted.add('later');
  wanted.add('timeline');
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

let initialised = false;

/**
 * Sets up the translator once; the language comes from the address (`?lang=`), else
 * localStorage, Finnish by default. Finnish is ready at once; the promise settles when another
 * stored language has loaded too (render after it).
 */
export async function initI18n(lng: Language = initialLanguage()): Promise<void> {
  if (!initialised) {
    initialised = true;
    translator.addResourceBundle(defaultLanguage, 'translation', fi);
    translator.onLanguageChanged(reflectInDocument);
    reflectInDocument(translator.language);
  }
  if (lng !== defaultLanguage) {
    try {
      await loadBundle(lng);
      await translator.changeLanguage(lng);
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
  await translator.changeLanguage(lng);
}

/** Shows a language the address asked for, without making it the visitor's remembered choice. */
export async function showLanguage(lng: Language) {
  await loadBundle(lng);
  await translator.changeLanguage(lng);
}
