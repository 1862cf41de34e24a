/**
 * The timeline's day arithmetic. Days are integers counted from 1970-01-01 (UTC calendar
 * days), so a leap year is simply 366 of them and no time zone or DST can shift a bar.
 * Formatting follows each language's `timeline.dateFormat` (./calendar-text).
 */
import { formatCalendarDate } from './calendar-text';
import type { TimelineLang, TimelineT } from './strings';

const MS_PER_DAY = 86_400_000;

export function parseDay(iso: string): number {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  return Math.round(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

export function dayToIso(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The calendar day `day` as a local-time Date. */
export function dayToLocalDate(day: number): Date {
  const u = new Date(day * MS_PER_DAY);
  return new Date(u.getUTCFullYear(), u.getUTCMonth(), u.getUTCDate());
}

/** Today's local calendar day. */
export function todayDay(now: Date = new Date()): number {
  return Math.round(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) / MS_PER_DAY);
}

/** Year, month (0-based) and day of month of `day`. */
export function ymd(day: number): { y: number; m: number; d: number } {
  const u = new Date(day * MS_PER_DAY);
  return { y: u.getUTCFullYear(), m: u.getUTCMonth(), d: u.getUTCDate() };
}

/** The day number of a calendar date (month 0-based; out-of-range months roll over). */
export function dayOf(y: number, m: number, d = 1): number {
  return Math.round(Date.UTC(y, m, d) / MS_PER_DAY);
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const formatted = new Map<string, string>();

/** A day in the language's date format (cached: labels format the same few days over and over). */
export function formatDay(day: number, lang: TimelineLang, t: TimelineT): string {
  const pattern = t('dateFormat');
  const key = `${lang}|${pattern}|${day}`;
  let text = formatted.get(key);
  if (text === undefined) {
    if (formatted.size > 20_000) formatted.clear();
    text = formatCalendarDate(ymd(day), pattern, lang);
    formatted.set(key, text);
  }
  return text;
}

/** A span of days, both ends included. */
export interface DayRange {
  startDay: number;
  /** Inclusive. */
  endDay: number;
}
