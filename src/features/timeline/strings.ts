import type { Language } from '@/lib/language';
import enLocale from '@/locales/en.json';
import fiLocale from '@/locales/fi.json';
import svLocale from '@/locales/sv.json';

/**
 * The timeline's strings live in `locales/*.json` under `timeline` (Finnish is the source of
 * truth for the keys). They are read straight from the JSON, without i18next, so the chart
 * also renders where no i18next instance runs (the benchmark page).
 */
export type TimelineStringKey = keyof typeof fiLocale.timeline;
export type TimelineStringTable = Record<TimelineStringKey, string>;
export type TimelineLang = Language;

export const timelineStrings: Record<TimelineLang, TimelineStringTable> = {
  fi: fiLocale.timeline,
  sv: svLocale.timeline,
  en: enLocale.timeline,
};

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
  const table = timelineStrings[lang];
  return (key, vars) => interpolate(table[key], vars);
}
