import { describe, expect, it } from 'vitest';
import {
  dayOf,
  dayToIso,
  dayToLocalDate,
  formatDay,
  isLeapYear,
  parseDay,
  todayDay,
  ymd,
} from './days';
import { createTimelineT } from './strings';

describe('days', () => {
  it('round-trips ISO dates through day numbers', () => {
    for (const iso of ['1970-01-01', '2025-01-01', '2028-02-29', '2029-12-31']) {
      expect(dayToIso(parseDay(iso))).toBe(iso);
    }
    expect(parseDay('1970-01-02')).toBe(1);
  });

  it('counts leap days', () => {
    expect(isLeapYear(2028)).toBe(true);
    expect(isLeapYear(2100)).toBe(false);
    expect(isLeapYear(2000)).toBe(true);
    expect(parseDay('2029-01-01') - parseDay('2028-01-01')).toBe(366);
    expect(parseDay('2028-03-01') - parseDay('2028-02-28')).toBe(2);
  });

  it('splits a day into year, month and day, and rolls months over', () => {
    expect(ymd(parseDay('2028-02-29'))).toEqual({ y: 2028, m: 1, d: 29 });
    expect(dayOf(2028, 1, 29)).toBe(parseDay('2028-02-29'));
    expect(dayOf(2025, 12)).toBe(parseDay('2026-01-01'));
  });

  it('takes today from the local calendar, not UTC', () => {
    expect(todayDay(new Date(2026, 10, 22, 23, 59))).toBe(parseDay('2026-11-22'));
    expect(todayDay(new Date(2026, 10, 22, 0, 1))).toBe(parseDay('2026-11-22'));
    const local = dayToLocalDate(parseDay('2026-11-22'));
    expect([local.getFullYear(), local.getMonth(), local.getDate()]).toEqual([2026, 10, 22]);
  });

  it("formats a day in each language's own pattern and month names", () => {
    const day = parseDay('2027-03-05');
    expect(formatDay(day, 'fi', createTimelineT('fi'))).toBe('5.3.2027');
    expect(formatDay(day, 'sv', createTimelineT('sv'))).toBe('5.3.2027');
    expect(formatDay(day, 'en', createTimelineT('en'))).toBe('5 Mar 2027');
    const months = (key: string) => (key === 'dateFormat' ? 'LLLL' : key);
    expect(formatDay(day, 'fi', months)).toBe('maaliskuu');
    expect(formatDay(day, 'sv', months)).toBe('mars');
  });
});
