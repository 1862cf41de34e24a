import type fi from '@/locales/fi.json';
import type laterFi from '@/locales/later/fi.json';
import type timelineFi from '@/locales/timeline/fi.json';
import type aboutFi from '@/locales/about/fi.json';
import type notificationsFi from '@/locales/notifications/fi.json';
import type updatesFi from '@/locales/updates/fi.json';
import type spreadsheetFi from '@/locales/spreadsheet/fi.json';
import type indicatorsFi from '@/locales/indicators/fi.json';
import type reportsFi from '@/locales/reports/fi.json';
import type contentFi from '@/locales/content/fi.json';
import { defaultLanguage, toLanguage, type Language } from './language';

// The app's translator: the texts of each language and namespace, the UI language, and `t`.
// It keeps i18next's conventions, so the locale files are plain i18next JSON that translators'
// tools read: `{{name}}` placeholders, plural keys with CLDR suffixes (`_one`, `_other`, and
// `_zero` for a count of 0) chosen by Intl.PluralRules, `ns:key` and `{ ns }` for another
// namespace, Finnish as the fallback, the key itself when a text is missing. It does nothing
// else (no backends, formatters, nesting or context): with its React hook it is about 1.5 KB of
// every first visit, where i18next and react-i18next took 17 (issue #10's 150 KB budget).

/**
 * Each namespace's keys, typed from the Finnish files (the source of truth: every key the code
 * uses must exist there; src/locales/locales.test.ts holds the other languages to the same keys).
 * `translation` is three files: the public pages' keys, the timeline's and the rest (lib/i18n.ts:
 * loadTimelineTexts, loadLaterTexts). The others are lazy namespaces (lib/namespaces.ts):
 * `about` the accessibility statement and open data pages; `notifications` the notifications and
 * settings pages; `updates` following, status updates, the reminder log and nudges; `spreadsheet`
 * the import page and the Excel export; `indicators` indicators, progress and drift; `reports`
 * the board report and baselines; `content` translated content's editing, coverage and embeds.
 */
export interface Resources {
  translation: typeof fi & typeof timelineFi & typeof laterFi;
  about: typeof aboutFi;
  notifications: typeof notificationsFi;
  updates: typeof updatesFi;
  spreadsheet: typeof spreadsheetFi;
  indicators: typeof indicatorsFi;
  reports: typeof reportsFi;
  content: typeof contentFi;
}
export type Namespace = keyof Resources;

type Paths<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${Paths<T[K]>}`;
}[keyof T & string];
type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
/** A key as the code names it: a text's dotted path, or a plural text's path without its suffix. */
type WithPluralBase<K> = K | (K extends `${infer Base}_${PluralSuffix}` ? Base : never);
export type Key<N extends Namespace = 'translation'> = WithPluralBase<Paths<Resources[N]>>;
/** The keys under `prefix.` without it (a `t` bound to a key prefix). */
type Under<K, P extends string> = K extends `${P}.${infer Rest}` ? Rest : never;
type KeyIn<N extends Namespace, P extends string | undefined> = P extends string
  ? Under<Key<N>, P>
  : Key<N>;
/** A key of another namespace, named `ns:key`. */
type ForeignKey = { [N in Namespace]: `${N}:${Key<N>}` }[Namespace];

export interface TOptions {
  /** Picks the plural form (and fills `{{count}}`). */
  count?: number;
  /** Another language than the UI's. */
  lng?: string;
  [value: string]: unknown;
}

/** `t` for a namespace (and a key prefix): the text in the UI language, else in Finnish. */
export interface TFunction<
  N extends Namespace = 'translation',
  P extends string | undefined = undefined,
> {
  (key: KeyIn<N, P> | ForeignKey, options?: TOptions): string;
  <M extends Namespace>(key: Key<M>, options: TOptions & { ns: M }): string;
}

export type ResourceLanguage = Record<string, unknown>;
type Listener = (lng: Language) => void;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

function lookup(tree: unknown, path: string): unknown {
  let node = tree;
  for (const part of path.split('.')) {
    if (!isObject(node)) return undefined;
    node = node[part];
  }
  return node;
}

/** `ns:key`: a key of another namespace (keys themselves never hold a colon). */
const foreign = /^([A-Za-z]+):(.+)$/;
const placeholder = /\{\{\s*([\w.]+)\s*\}\}/g;

/** Fills `{{name}}` from the options; a placeholder with no value stays as it is (as i18next). */
function interpolate(text: string, options: TOptions | undefined): string {
  if (!options || !text.includes('{{')) return text;
  return text.replace(placeholder, (whole, name: string) => {
    const value = lookup(options, name);
    return value === undefined || value === null ? whole : String(value);
  });
}

const pluralRules = new Map<string, Intl.PluralRules>();
function pluralForm(lng: string, count: number): string {
  let rules = pluralRules.get(lng);
  if (!rules) {
    rules = new Intl.PluralRules(lng);
    pluralRules.set(lng, rules);
  }
  return rules.select(count);
}

export class Translator {
  private readonly store = new Map<string, ResourceLanguage>();
  private readonly listeners = new Set<Listener>();
  private readonly bound = new Map<string, TFunction<Namespace, string | undefined>>();
  /** The UI language (always one of the supported ones). */
  language: Language = defaultLanguage;

  /** Switches the UI language and tells every listener (React re-renders through them). */
  changeLanguage(lng: string): Promise<void> {
    const next = toLanguage(lng);
    if (next !== this.language) {
      this.language = next;
      for (const listener of [...this.listeners]) listener(next);
    }
    return Promise.resolve();
  }

  /** Calls `listener` after each language change; returns the unsubscribe. */
  onLanguageChanged(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Adds a namespace's texts in one language, merged over what it had (one level deep). */
  addResourceBundle(lng: string, ns: string, texts: ResourceLanguage): void {
    const key = `${lng}|${ns}`;
    this.store.set(key, { ...this.store.get(key), ...texts });
  }

  hasResourceBundle(lng: string, ns: string): boolean {
    return this.store.has(`${lng}|${ns}`);
  }

  getResourceBundle(lng: string, ns: string): ResourceLanguage | undefined {
    return this.store.get(`${lng}|${ns}`);
  }

  /** One text as stored (no fallback, no placeholders filled), or undefined. */
  getResource(lng: string, ns: string, key: string): unknown {
    return lookup(this.store.get(`${lng}|${ns}`), key);
  }

  /** The text in the UI language (or `options.lng`), in Finnish when that has none, else the key. */
  t: TFunction = ((key: string, options?: TOptions) =>
    this.translate(key, 'translation', undefined, options)) as TFunction;

  /** A `t` bound to a language (null: the UI language at each call), a namespace and a prefix. */
  getFixedT<N extends Namespace = 'translation', P extends string | undefined = undefined>(
    lng: string | null,
    ns?: N,
    keyPrefix?: P,
  ): TFunction<N, P> {
    const id = `${lng ?? ''}|${ns ?? 'translation'}|${keyPrefix ?? ''}`;
    let t = this.bound.get(id);
    if (!t) {
      t = ((key: string, options?: TOptions) =>
        this.translate(key, ns ?? 'translation', keyPrefix, {
          ...options,
          lng: options?.lng ?? lng ?? undefined,
        })) as TFunction<Namespace, string | undefined>;
      this.bound.set(id, t);
    }
    return t as unknown as TFunction<N, P>;
  }

  private translate(
    key: string,
    ns: string,
    keyPrefix: string | undefined,
    options: TOptions | undefined,
  ): string {
    let namespace = typeof options?.ns === 'string' ? options.ns : ns;
    let path = key;
    const named = foreign.exec(key);
    if (named) {
      namespace = named[1]!;
      path = named[2]!;
    } else if (keyPrefix) {
      path = `${keyPrefix}.${key}`;
    }
    const lng = toLanguage(options?.lng ?? this.language);
    const count = options?.count;
    for (const code of lng === defaultLanguage ? [lng] : [lng, defaultLanguage]) {
      const texts = this.store.get(`${code}|${namespace}`);
      if (!texts) continue;
      const candidates = [path];
      if (typeof count === 'number') {
        candidates.unshift(`${path}_${pluralForm(code, count)}`);
        if (count === 0) candidates.unshift(`${path}_zero`);
      }
      for (const candidate of candidates) {
        const text = lookup(texts, candidate);
        if (typeof text === 'string') return interpolate(text, options);
      }
    }
    return path;
  }
}

/** The app's one translator (lib/i18n.ts gives it the Finnish texts and picks the language). */
export const translator = new Translator();
