/**
 * The time scale: days ↔ pixels at a zoom level, and the header's year, quarter, month and
 * week ticks for a pixel range. Pure; the window asks only for the ticks in view.
 */
import { formatCalendarDate, isoWeek } from './calendar-text';
import { dayOf, ymd, type DayRange } from './days';
import type { Zoom } from './model';
import type { TimelineLang, TimelineT } from './strings';

/** Pixels per day at each fixed zoom level. */
export const PX_PER_DAY: Record<Exclude<Zoom, 'fit'>, number> = {
  years: 0.45,
  quarters: 1.6,
  months: 5,
  weeks: 24,
};

export type TickUnit = 'year' | 'quarter' | 'month' | 'week';

export interface TimeScale {
  zoom: Zoom;
  startDay: number;
  endDay: number;
  pxPerDay: number;
  /** Width of the whole time axis in pixels. */
  width: number;
  major: TickUnit;
  minor: TickUnit;
}

/** Tick units for a pixel density: the finest minor unit whose cells stay readable. */
export function tickUnitsFor(pxPerDay: number): { major: TickUnit; minor: TickUnit } {
  if (pxPerDay < 3.5) return { major: 'year', minor: 'quarter' };
  if (pxPerDay < 14) return { major: 'year', minor: 'month' };
  return { major: 'month', minor: 'week' };
}

export function createScale(domain: DayRange, zoom: Zoom, timeWidth: number): TimeScale {
  const days = domain.endDay - domain.startDay + 1;
  const pxPerDay = zoom === 'fit' ? Math.max(timeWidth, 1) / days : PX_PER_DAY[zoom];
  const units =
    zoom === 'fit'
      ? tickUnitsFor(pxPerDay)
      : zoom === 'years' || zoom === 'quarters'
        ? { major: 'year' as const, minor: 'quarter' as const }
        : zoom === 'months'
          ? { major: 'year' as const, minor: 'month' as const }
          : { major: 'month' as const, minor: 'week' as const };
  return {
    zoom,
    startDay: domain.startDay,
    endDay: domain.endDay,
    pxPerDay,
    width: days * pxPerDay,
    ...units,
  };
}

/** Left edge of `day`. */
export function dayToX(scale: TimeScale, day: number): number {
  return (day - scale.startDay) * scale.pxPerDay;
}

/** The day under pixel `x` (snapped to whole days, clamped to the domain). */
export function xToDay(scale: TimeScale, x: number): number {
  const day = scale.startDay + Math.floor(x / scale.pxPerDay);
  return Math.min(scale.endDay, Math.max(scale.startDay, day));
}

/** Whole days a pointer moved by `dx` pixels. */
export function snapDays(scale: TimeScale, dx: number): number {
  return Math.round(dx / scale.pxPerDay);
}

/** Start of the unit containing `day`. */
export function unitStart(unit: TickUnit, day: number): number {
  const { y, m } = ymd(day);
  switch (unit) {
    case 'year':
      return dayOf(y, 0);
    case 'quarter':
      return dayOf(y, m - (m % 3));
    case 'month':
      return dayOf(y, m);
    case 'week': {
      // 1970-01-01 was a Thursday; ISO weeks start on Monday.
      const weekday = (((day + 3) % 7) + 7) % 7;
      return day - weekday;
    }
  }
}

export function nextUnit(unit: TickUnit, start: number): number {
  const { y, m } = ymd(start);
  switch (unit) {
    case 'year':
      return dayOf(y + 1, 0);
    case 'quarter':
      return dayOf(y, m + 3);
    case 'month':
      return dayOf(y, m + 1);
    case 'week':
      return start + 7;
  }
}

export interface Tick {
  key: string;
  day: number;
  x: number;
  width: number;
  label: string;
}

function tickLabel(
  unit: TickUnit,
  day: number,
  role: 'major' | 'minor',
  lang: TimelineLang,
  t: TimelineT,
): string {
  const { y, m } = ymd(day);
  switch (unit) {
    case 'year':
      return String(y);
    case 'quarter':
      return t('quarterTick', { quarter: Math.floor(m / 3) + 1 });
    case 'month':
      return formatCalendarDate(ymd(day), role === 'major' ? 'LLLL yyyy' : 'LLL', lang);
    case 'week':
      return t('weekTick', { week: isoWeek(day) });
  }
}

/** Ticks of `unit` overlapping [x0, x1), clipped to the domain. */
export function ticksInRange(
  scale: TimeScale,
  unit: TickUnit,
  role: 'major' | 'minor',
  x0: number,
  x1: number,
  lang: TimelineLang,
  t: TimelineT,
): Tick[] {
  const ticks: Tick[] = [];
  const fromDay = xToDay(scale, Math.max(0, x0));
  let start = unitStart(unit, fromDay);
  const end = scale.endDay + 1;
  while (start < end) {
    const next = nextUnit(unit, start);
    const a = Math.max(start, scale.startDay);
    const b = Math.min(next, end);
    const x = dayToX(scale, a);
    if (x >= x1) break;
    ticks.push({
      key: `${unit}:${start}`,
      day: a,
      x,
      width: (b - a) * scale.pxPerDay,
      label: tickLabel(unit, start, role, lang, t),
    });
    start = next;
  }
  return ticks;
}
