import { daysUntil, formatDate, formatDateTime, isOverdue, todayIso } from './dates';

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

  it('counts calendar days to a deadline', () => {
    expect(daysUntil('2025-01-10', '2025-01-01')).toBe(9);
    expect(isOverdue('2024-12-31', '2025-01-01')).toBe(true);
    expect(isOverdue('2025-01-01', '2025-01-01')).toBe(false);
    expect(isOverdue(null, '2025-01-01')).toBe(false);
  });

  it('gives today as a date string', () => {
    expect(todayIso(new Date(2025, 0, 5, 23, 30))).toBe('2025-01-05');
  });
});
