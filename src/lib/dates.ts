import { differenceInCalendarDays, parseISO } from 'date-fns';
import { toLanguage, type Language } from './language';

// The app's two date formats are written out here rather than with date-fns's format() and its
// locales (about 6 KB gzipped on every first visit); a feature with formats of its own (the
// timeline's axis) takes date-fns's locales from ./date-locales.
const pad = (n: number) => String(n).padStart(2, '0');
// date-fns's en-GB abbreviations (MMM).
const EN_MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');

// Finnish public services write 31.12.2025 (dd.MM.yyyy); Swedish in Finland follows the same
// order; English 31 Dec 2025 (d MMM yyyy).
function datePart(date: Date, language: Language): string {
  if (Number.isNaN(date.getTime())) throw new RangeError('Invalid time value'); // as date-fns
  const year = String(date.getFullYear()).padStart(4, '0');
  return language === 'en'
    ? `${date.getDate()} ${EN_MONTHS[date.getMonth()]} ${year}`
    : `${pad(date.getDate())}.${pad(date.getMonth() + 1)}.${year}`;
}

/** Parses a Postgres `date` ('2025-12-31') as a local calendar day, or a timestamp. */
export function toDate(value: string | Date): Date {
  return value instanceof Date ? value : parseISO(value);
}

/** 31.12.2025 in Finnish and Swedish, 31 Dec 2025 in English. */
export function formatDate(value: string | Date, lng?: string): string {
  return datePart(toDate(value), toLanguage(lng));
}

/** 31.12.2025 klo 14.05 style date and time. */
export function formatDateTime(value: string | Date, lng?: string): string {
  const language = toLanguage(lng);
  const date = toDate(value);
  const time = `${pad(date.getHours())}${language === 'en' ? ':' : '.'}${pad(date.getMinutes())}`;
  return `${datePart(date, language)} ${time}`;
}

/** Today as a Postgres date string in the user's time zone. */
export function todayIso(now: Date = new Date()): string {
  return `${String(now.getFullYear()).padStart(4, '0')}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Whole calendar days from `today` to `due` (negative = overdue). */
export function daysUntil(due: string, today: string = todayIso()): number {
  return differenceInCalendarDays(toDate(due), toDate(today));
}

export function isOverdue(due: string | null, today: string = todayIso()): boolean {
  return due !== null && daysUntil(due, today) < 0;
}
