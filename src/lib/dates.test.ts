import { parseISO } from 'date-fns';
import { daysUntil, formatDate, formatDateTime, isOverdue, toDate, todayIso } from './dates';

describe('dates', () => {
  it('writes dates the Finnish way in Finnish', () => {
    expect(formatDate('2025-12-31', 'fi')).toBe('31.12.2025');
    expect(formatDate('2021-04-01', 'fi')).toBe('01.04.2021');
  });

  it('uses the language of the UI for the other languages', () => {
    expect(formatDate('2025-12-31', 'sv')).toBe('31.12.2025');
    expect(formatDate('2025-12-31', 'en')).toBe('31 Dec 2025');
    expect(formatDate('2021-09-01', 'en')).toBe('1 Sep 2021');
  });

  it('adds the time the way each language writes it', () => {
    const at = new Date(2025, 11, 31, 9, 5);
    expect(formatDateTime(at, 'fi')).toBe('31.12.2025 09.05');
    expect(formatDateTime(at, 'sv')).toBe('31.12.2025 09.05');
    expect(formatDateTime(at, 'en')).toBe('31 Dec 2025 09:05');
  });

  it('refuses a date that is not one', () => {
    expect(() => formatDate('not a date', 'fi')).toThrow(RangeError);
  });

  it('reads dates and timestamps as date-fns parseISO does', () => {
    for (const value of [
      '2025-12-31',
      '2024-02-29',
      '2025-03-30T02:30:00',
      '2026-11-05T10:00:00.123456+00:00',
      '2026-11-05T10:00:00+02:00',
      '2026-11-05T10:00:00-0330',
      '2026-11-05T10:00:00+02',
      '2026-11-05T10:00Z',
      '2026-11-05 10:00:00.5Z',
      '2026-11-05T24:00:00',
    ]) {
      expect(toDate(value).getTime(), value).toBe(parseISO(value).getTime());
    }
    expect(toDate('2025-12-31').getHours()).toBe(0);
    for (const invalid of [
      '2025-02-29',
      '2025-13-01',
      '2025-12-32',
      '31.12.2025',
      '',
      '2025-12-31T25:00',
    ]) {
      expect(Number.isNaN(toDate(invalid).getTime()), invalid).toBe(true);
      expect(Number.isNaN(parseISO(invalid).getTime()), invalid).toBe(true);
    }
  });

  it('counts calendar days to a deadline', () => {
    expect(daysUntil('2025-03-31', '2025-03-29')).toBe(2);
    expect(daysUntil('2025-10-27', '2025-10-25')).toBe(2);
    expect(daysUntil('2025-01-10', '2025-01-01')).toBe(9);
    expect(isOverdue('2024-12-31', '2025-01-01')).toBe(true);
    expect(isOverdue('2025-01-01', '2025-01-01')).toBe(false);
    expect(isOverdue(null, '2025-01-01')).toBe(false);
  });

  it('gives today as a date string', () => {
    expect(todayIso(new Date(2025, 0, 5, 23, 30))).toBe('2025-01-05');
  });
});
