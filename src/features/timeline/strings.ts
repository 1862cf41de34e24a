import i18next from 'i18next';
import type { Language } from '@/lib/language';
import fiLocale from '@/locales/fi.json';

/**
 * The timeline's strings live in `locales/*.json` under `timeline` (Finnish is the source of
 * truth for the keys). Finnish is read straight from the JSON, without i18next, so the chart
 * also renders where no i18next instance runs (the benchmark page). Swedish and English come
 * from i18next's store, where lib/i18n.ts puts a language when it is chosen: a first visit
 * downloads one language's strings, not three.
 */
export type TimelineStringKey = keyof typeof fiLocale.timeline;
type TimelineStringTable = Record<TimelineStringKey, string>;
export type TimelineLang = Language;

function timelineStrings(lang: TimelineLang): TimelineStringTable {
  if (lang !== 'fi' && i18next.isInitialized) {
    const table: unknown = i18next.getResource(lang, 'translation', 'timeline');
    if (table && typeof table === 'object') return table as TimelineStringTable;
  }
  return fiLocale.timeline;
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
  const table = timelineStrings(lang);
  return (key, vars) => interpolate(table[key], vars);
}
