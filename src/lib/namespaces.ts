import { translator, type ResourceLanguage, type Translator } from '@/lib/translator';
import { defaultLanguage, languages, type Language } from './language';

// Lazy locale namespaces (src/locales/<name>/): a feature's texts that load with the pages and
// sections using them, so no first visit downloads them. This module is not part of the entry
// (lib/i18n.ts is): only the lazy chunks that load a namespace carry it.
/** A namespace's texts in each language: the locale files (JSON imports) or their importers. */
type Bundles = Record<Language, ResourceLanguage>;
type Importers = Record<Language, () => Promise<{ default: ResourceLanguage }>>;
type Target = Pick<Translator, 'hasResourceBundle' | 'addResourceBundle'>;

/** Adds a namespace's texts in every language (at once: switching language needs no download). */
export function addNamespace(name: string, bundles: Bundles, into: Target = translator): void {
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
  into: Target = translator,
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
      // React's `use` reads a settled promise's status (its thenable protocol): a component
      // that waits for the namespace once it is there renders at once instead of suspending.
      Object.assign(entry.promise, { status: 'fulfilled', value: undefined });
    },
    () => {
      if (namespaces.get(name) === entry) namespaces.delete(name);
    },
  );
  namespaces.set(name, entry);
  return entry.promise;
}
