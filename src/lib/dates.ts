import { toLanguage, type Language } from './language';

// Every page shows dates, so this module does without date-fns (about 8 KB gzipped with its
// format() and locales): the app's two date formats, the ISO dates and timestamps Postgres
// sends, and calendar-day differences are written out here. A feature with formats of its own
// (the timeline's axis) uses date-fns, with the locales from ./date-locales.
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

// 2025-12-31, optionally with a time (T or a space, seconds and fraction optional) and a zone.
const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/;

/**
 * Parses a Postgres `date` ('2025-12-31') as a local calendar day, or a timestamp: without a
 * zone in local time, with one at that instant (as date-fns's parseISO). Anything else, or a
 * day or time out of range, is an Invalid Date.
 */
export function toDate(value: string | Date): Date {
  if (value instanceof Date) return value;
  const match = ISO_DATE_TIME.exec(value.trim());
  if (!match) return new Date(NaN);
  const [, y, mo, d, h = '0', mi = '0', s = '0', fraction = '', zone] = match;
  const [year, month, day, hours, minutes, seconds] = [y, mo, d, h, mi, s].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const ms = Number(fraction.slice(0, 3).padEnd(3, '0'));
  if (
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > (month === 2 && isLeap(year) ? 29 : DAYS_IN_MONTH[month - 1]!) ||
    minutes > 59 ||
    seconds > 59 ||
    hours > 24 ||
    (hours === 24 && (minutes > 0 || seconds > 0 || ms > 0))
  ) {
    return new Date(NaN);
  }
  if (zone === undefined) {
    const local = new Date(0);
    local.setFullYear(year, month - 1, day);
    local.setHours(hours, minutes, seconds, ms);
    return local;
  }
  let offsetMinutes = 0;
  if (zone !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    offsetMinutes = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0'));
  }
  const utc = new Date(0);
  utc.setUTCFullYear(year, month - 1, day);
  utc.setUTCHours(hours, minutes - offsetMinutes, seconds, ms);
  return utc;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Calendar days from `b` to `a` in local time, whatever the clock says (DST included). */
function calendarDaysBetween(a: Date, b: Date): number {
  const day = (date: Date) => Date.UTC(date.getFullYear(), date.getMonth(), date.getDate());
  return Math.round((day(a) - day(b)) / 86_400_000);
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
  return calendarDaysBetween(toDate(due), toDate(today));
}

export function isOverdue(due: string | null, today: string = todayIso()): boolean {
  return due !== null && daysUntil(due, today) < 0;
}
