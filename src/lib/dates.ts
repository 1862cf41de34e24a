import { differenceInCalendarDays, format, parseISO } from 'date-fns';
import { enGB, fi, sv, type Locale } from 'date-fns/locale';
import { toLanguage, type Language } from './language';

const locales: Record<Language, Locale> = { fi, sv, en: enGB };

// Finnish public services write 31.12.2025; Swedish in Finland follows the same order.
const datePatterns: Record<Language, string> = {
  fi: 'dd.MM.yyyy',
  sv: 'dd.MM.yyyy',
  en: 'd MMM yyyy',
};

/** The date-fns locale of a UI language, for formats of a feature's own (the timeline's axis). */
export function dateLocale(lng: string | undefined): Locale {
  return locales[toLanguage(lng)];
}

/** Parses a Postgres `date` ('2025-12-31') as a local calendar day, or a timestamp. */
export function toDate(value: string | Date): Date {
  return value instanceof Date ? value : parseISO(value);
}

/** 31.12.2025 in Finnish and Swedish, 31 Dec 2025 in English. */
export function formatDate(value: string | Date, lng?: string): string {
  const language = toLanguage(lng);
  return format(toDate(value), datePatterns[language], { locale: locales[language] });
}

/** 31.12.2025 klo 14.05 style date and time. */
export function formatDateTime(value: string | Date, lng?: string): string {
  const language = toLanguage(lng);
  const time = language === 'en' ? 'HH:mm' : 'HH.mm';
  return format(toDate(value), `${datePatterns[language]} ${time}`, { locale: locales[language] });
}

/** Today as a Postgres date string in the user's time zone. */
export function todayIso(now: Date = new Date()): string {
  return format(now, 'yyyy-MM-dd');
}

/** Whole calendar days from `today` to `due` (negative = overdue). */
export function daysUntil(due: string, today: string = todayIso()): number {
  return differenceInCalendarDays(toDate(due), toDate(today));
}

export function isOverdue(due: string | null, today: string = todayIso()): boolean {
  return due !== null && daysUntil(due, today) < 0;
}
