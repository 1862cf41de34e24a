import { translator } from '@/lib/translator';
import type { Language } from '@/lib/language';
import fiLocale from '@/locales/timeline/fi.json';

/**
 * The timeline's strings live in `locales/timeline/*.json` under `timeline` (Finnish is the source
 * of truth for the keys). The table of a language is read from the translator's loaded texts
 * (lib/i18n loads a language before showing it), Finnish (built into this feature) where none has
 * loaded; the page thus never bundles the Swedish and English files whole.
 */
export type TimelineStringKey = keyof typeof fiLocale.timeline;
type TimelineStringTable = Record<TimelineStringKey, string>;
export type TimelineLang = Language;

function stringTable(lang: TimelineLang): TimelineStringTable {
  const bundle: unknown = translator.getResourceBundle(lang, 'translation');
  const table =
    typeof bundle === 'object' && bundle !== null && 'timeline' in bundle ? bundle.timeline : null;
  return typeof table === 'object' && table !== null
    ? (table as TimelineStringTable)
    : fiLocale.timeline;
}

export type TimelineVars = Readonly<Record<string, string | number>>;
export type TimelineT = (key: TimelineStringKey, vars?: TimelineVars) => string;

export function interpolate(template: string, vars?: TimelineVars): string {
  if (!vars) return template;
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}

/** A `t` for one language straight from this table (tests, benchmark, until the lead wires i18n). */
export function createTimelineT(lang: TimelineLang): TimelineT {
  const table = stringTable(lang);
  return (key, vars) => interpolate(table[key] ?? fiLocale.timeline[key], vars);
}
